# -*- coding: utf-8 -*-
"""Content of the gravenbroek family (fictional). Texts may contain {Y} (document year) and {P} (previous year).

An afspraak is A(key, chapter, themes, years={year: V(...)}, span=(first, last), links={year: (status, kinds, hn)}).
A year that is inside the span but not in `years` inherits the previous version (templates re-formatted with the
new year). Paragraph list: str = paragraph, list = bulleted items.
"""

GEMEENTE = "Gravenbroek"
CORPS = ["Woonstichting Akkerhuis", "Lindeborgh Wonen", "De Meentgaarde"]
HUURDERS = ["Huurdersvereniging Akkerhuis Samen", "Huurdersraad Lindeborgh", "Bewonersvereniging Meentgaarde"]
YEARS = [2025, 2026, 2027]


def F(actors, modality="firm", q=(), dl=None, rec=False, cond=()):
    return {"actors": list(actors), "modality": modality,
            "quantities": [{"value": x[0], "unit": x[1], "comparator": x[2],
                            "value_max": (x[3] if len(x) > 3 else None)} for x in q],
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


class V:
    def __init__(self, paras, frame=None, toel=None, chapter=None, pos=None):
        self.paras = paras if isinstance(paras, list) else [paras]
        self.frame = frame
        self.toel = toel
        self.chapter = chapter
        self.pos = pos


class A:
    def __init__(self, key, chapter, themes, years, span=(2025, 2027), links=None):
        self.key, self.chapter, self.themes = key, chapter, themes
        self.years, self.span, self.links = years, span, links or {}


R = lambda hn=None: ("reworded", [], hn)
W = lambda *k: ("weakened", list(k), None)
S = lambda *k: ("strengthened", list(k), None)
M = lambda *k: ("modified", list(k), None)
DG = "Daarbij geldt het volgende:"

CHAPTERS = {
    "besch": {2025: "Voldoende en passende woningen"},
    "betaal": {2025: "Betaalbaar wonen"},
    "duurz": {2025: "Duurzaamheid en energietransitie", 2027: "Energietransitie en klimaat"},
    "kwal": {2025: "Kwaliteit, wonen en zorg"},
    "leef": {2025: "Leefbaarheid en wijken", 2026: "Prettig wonen in de wijk"},
    "proc": {2025: "Samenwerking en proces"},
}
CH_ORDER = ["besch", "betaal", "duurz", "kwal", "leef", "proc"]

CH_INTRO = {
    "besch": "De woonvisie 'Thuis in Gravenbroek 2023-2030' gaat uit van een groei van de sociale huurvoorraad "
             "met ongeveer 600 woningen tot 2030. In de regionale woondeal Oost-Graafland is afgesproken dat twee "
             "derde van de nieuwbouw betaalbaar is. De wachttijd voor een sociale huurwoning bedroeg in {P} "
             "gemiddeld {WT} jaar; starters en alleenstaanden wachten aanzienlijk langer dan gemiddeld.",
    "betaal": "Een groeiend deel van de huurders in Gravenbroek heeft moeite om de woonlasten te dragen. De stijging "
              "van de energieprijzen en de vaste lasten raakt vooral huishoudens met een laag inkomen. Partijen "
              "willen voorkomen dat huurders in de problemen komen en werken daarom vroeg samen wanneer er signalen "
              "van betalingsproblemen zijn.",
    "duurz": "Het Rijk heeft met de corporatiesector afgesproken dat eind 2028 geen huurwoningen met een energielabel "
             "E, F of G meer bestaan. De Transitievisie Warmte van Gravenbroek wijst Hoogveld aan als eerste wijk die "
             "van het aardgas af gaat. Daarnaast vragen hitte en wateroverlast om een klimaatbestendige inrichting van "
             "woningen en buitenruimte.",
    "kwal": "Goede, veilige en gezonde woningen zijn de basis van goed wonen. Het aantal ouderen in Gravenbroek neemt "
            "de komende tien jaar met ruim een kwart toe, waardoor de vraag naar geschikte woningen en wonen met zorg "
            "stijgt. Meldingen over vocht en schimmel krijgen sinds enkele jaren extra aandacht.",
    "leef": "In de meeste buurten van Gravenbroek wonen mensen prettig, maar in delen van Hoogveld en de Molenwijk staat "
            "de leefbaarheid onder druk. Het aantal huurders met een kwetsbare achtergrond is in deze buurten "
            "toegenomen. Partijen kiezen voor een gebiedsgerichte aanpak met een stevige rol voor bewoners zelf.",
    "proc": "Dit hoofdstuk bevat de afspraken over de samenwerking tussen partijen en de jaarlijkse cyclus van bod, "
            "prestatieafspraken en monitoring.",
}

AFSPRAKEN = [
    # ------------------------------------------------------------------ beschikbaarheid
    A("nieuwbouw-jaar", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V(["De corporaties leveren in {Y} gezamenlijk ten minste 110 sociale huurwoningen op, waarvan 64 door "
                 "Woonstichting Akkerhuis, 28 door Lindeborgh Wonen en 18 door De Meentgaarde.", DG,
                 ["ten minste een derde van de op te leveren woningen is geschikt voor een- en tweepersoonshuishoudens;",
                  "de woningen worden gebouwd op locaties die in de woonvisie als inbreidingslocatie zijn aangewezen;",
                  "de gemeente levert de benodigde bouwgrond tegen de geldende grondprijs voor sociale huur."]],
                F(["corporatie"], "firm", [(110, "woningen", "min")], ("{Y}", "in {Y}"), True),
                toel="Toelichting: de projecten per corporatie zijn opgenomen in bijlage 1. Het aantal woningen in "
                     "aanbouw ligt hoger dan het aantal opleveringen, omdat een deel van de projecten pas na {Y} "
                     "gereed komt."),
        2026: V(["De corporaties leveren in {Y} gezamenlijk ten minste 85 sociale huurwoningen op, waarvan 48 door "
                 "Woonstichting Akkerhuis, 22 door Lindeborgh Wonen en 15 door De Meentgaarde.", DG,
                 ["ten minste een derde van de op te leveren woningen is geschikt voor een- en tweepersoonshuishoudens;",
                  "de woningen worden gebouwd op locaties die in de woonvisie als inbreidingslocatie zijn aangewezen;",
                  "de gemeente levert de benodigde bouwgrond tegen de geldende grondprijs voor sociale huur."]],
                F(["corporatie"], "firm", [(85, "woningen", "min")], ("{Y}", "in {Y}"), True),
                toel="Toelichting: door vertraging in de procedure voor de locatie Ruiterhoek-Noord schuift een deel van "
                     "de opleveringen door naar latere jaren. De projecten per corporatie staan in bijlage 1."),
    }, links={2026: W("quantity"), 2027: R("recurring_year")}),

    A("aandeel-sociaal", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("De gemeente neemt in elk nieuw woningbouwplan van twaalf of meer woningen een aandeel van ten minste "
                "30% sociale huur op en legt dit vast in de anterieure overeenkomst met de ontwikkelende partij.",
                F(["gemeente"], "firm", [(30, "%", "min")])),
        2027: V("De gemeente neemt in elk nieuw woningbouwplan van twaalf of meer woningen een aandeel van ten minste "
                "40% sociale huur op en legt dit vast in de anterieure overeenkomst met de ontwikkelende partij.",
                F(["gemeente"], "firm", [(40, "%", "min")])),
    }, links={2027: S("quantity")}),

    A("grond-overzicht", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("De gemeente stelt in overleg met de corporaties een overzicht op van gemeentelijke gronden die tot 2030 "
                "voor sociale woningbouw beschikbaar kunnen komen. Het overzicht wordt vóór 1 oktober 2025 in het "
                "tripartiete overleg besproken.",
                F(["gemeente"], "firm", [], (2025, "vóór 1 oktober 2025"))),
    }, span=(2025, 2025)),

    A("grondprijs-sociaal", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2026: V("De gemeente hanteert per 1 januari 2026 voor de bouw van sociale huurwoningen een vaste grondprijs van "
                "€ 27.500 per woning (prijspeil 2026). Dit bedrag wordt jaarlijks per 1 januari geïndexeerd op basis "
                "van de bouwkostenindex en geldt voor alle projecten waarvoor de corporaties na die datum een "
                "koopovereenkomst sluiten.",
                F(["gemeente"], "firm", [(27500, "euro", "exact")], (2026, "per 1 januari 2026"))),
        2027: V("De gemeente hanteert per 1 januari 2027 voor de bouw van sociale huurwoningen een vaste grondprijs van "
                "€ 28.350 per woning (prijspeil 2027). Dit bedrag wordt jaarlijks per 1 januari geïndexeerd op basis "
                "van de bouwkostenindex en geldt voor alle projecten waarvoor de corporaties na die datum een "
                "koopovereenkomst sluiten.",
                F(["gemeente"], "firm", [(28350, "euro", "exact")], (2027, "per 1 januari 2027"))),
    }, span=(2026, 2027), links={2027: R("indexed_amount")}),

    A("flexwoningen", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V(["Lindeborgh Wonen zal in samenwerking met de gemeente uiterlijk eind 2026 op de locatie "
                 "Ruiterhoek-Zuid 24 flexwoningen realiseren voor spoedzoekers, jongeren en vergunninghouders.",
                 "De gemeente draagt zorg voor een tijdelijke omgevingsvergunning voor een periode van vijftien jaar en "
                 "voor het bouwrijp opleveren van de kavel; Lindeborgh Wonen is verantwoordelijk voor de bouw, de "
                 "verhuur en het beheer van de woningen."],
                F(["corporatie", "gemeente"], "firm", [(24, "woningen", "exact")], (2026, "uiterlijk eind 2026"))),
        2026: V(["Lindeborgh Wonen onderzoekt in samenwerking met de gemeente of op de locatie Ruiterhoek-Zuid "
                 "uiterlijk eind 2026 een project met 24 flexwoningen voor spoedzoekers, jongeren en vergunninghouders "
                 "kan worden gerealiseerd.",
                 "Als het onderzoek positief uitvalt, draagt de gemeente zorg voor een tijdelijke omgevingsvergunning "
                 "voor een periode van vijftien jaar en voor het bouwrijp opleveren van de kavel; Lindeborgh Wonen is "
                 "dan verantwoordelijk voor de bouw, de verhuur en het beheer van de woningen."],
                F(["corporatie", "gemeente"], "explore", [(24, "woningen", "exact")], (2026, "uiterlijk eind 2026"),
                  cond=["als het onderzoek positief uitvalt"]),
                toel="Toelichting: de bodemgesteldheid van de locatie Ruiterhoek-Zuid vraagt nader onderzoek; de "
                     "uitkomsten worden in het voorjaar verwacht."),
    }, links={2026: W("modality", "condition")}),

    A("vergunninghouders", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling "
                "voor de huisvesting van vergunninghouders te realiseren; voor {Y} gaat het om 64 personen. De gemeente "
                "zorgt via de welzijnsorganisatie voor maatschappelijke begeleiding gedurende de eerste achttien "
                "maanden na vestiging.",
                F(["corporatie", "gemeente"], "firm", [(64, "personen", "exact"), (18, "maanden", "exact")],
                  ("{Y}", "voor {Y}"), True)),
        2026: V("De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling "
                "voor de huisvesting van vergunninghouders te realiseren; voor {Y} gaat het om 58 personen. De gemeente "
                "zorgt via de welzijnsorganisatie voor maatschappelijke begeleiding gedurende de eerste achttien "
                "maanden na vestiging.",
                F(["corporatie", "gemeente"], "firm", [(58, "personen", "exact"), (18, "maanden", "exact")],
                  ("{Y}", "voor {Y}"), True)),
        2027: V("De corporaties stellen voldoende woningen beschikbaar om de door het Rijk vastgestelde taakstelling "
                "voor de huisvesting van vergunninghouders te realiseren; voor {Y} gaat het om 71 personen. De gemeente "
                "zorgt via de welzijnsorganisatie voor maatschappelijke begeleiding gedurende de eerste achttien "
                "maanden na vestiging.",
                F(["corporatie", "gemeente"], "firm", [(71, "personen", "exact"), (18, "maanden", "exact")],
                  ("{Y}", "voor {Y}"), True)),
    }, links={2026: R("external_figure"), 2027: R("external_figure")}),

    A("lokale-binding", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Partijen spreken af dat de corporaties bij de toewijzing van vrijkomende sociale huurwoningen in de "
                "kerkdorpen Wesselaar en Brugakker voor ten hoogste 25% van die woningen voorrang geven aan "
                "woningzoekenden met een aantoonbare lokale binding, binnen de ruimte die de huisvestingsverordening "
                "daarvoor biedt.",
                F(["partijen", "corporatie"], "firm", [(25, "%", "max")]),
                toel="Toelichting: in {P} werd in de kerkdorpen ongeveer een vijfde van de woningen met voorrang voor "
                     "lokale binding toegewezen."),
    }),

    A("woningruil", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Woonstichting Akkerhuis verkent in 2025 samen met de andere corporaties de mogelijkheid om een "
                "gezamenlijk woningruilplatform voor Gravenbroek in te richten.",
                F(["corporatie"], "explore", [], (2025, "in 2025"))),
        2026: V(["Vóór 1 april 2026 wordt door de corporaties een gezamenlijk woningruilplatform ingericht, waarop "
                 "huurders van alle drie de corporaties in Gravenbroek hun woning voor ruil kunnen aanbieden.", DG,
                 ["ruilen staat open voor huurders met een huurcontract van ten minste twee jaar;",
                  "bij een ruil binnen hetzelfde huursegment wordt de huurprijs van de geruilde woning niet verhoogd;",
                  "Woonstichting Akkerhuis treedt op als beheerder van het platform."]],
                F(["corporatie"], "firm", [(2, "jaar", "min")], (2026, "vóór 1 april 2026"))),
    }, span=(2025, 2026), links={2026: S("modality")}),

    A("woningdelen-senioren", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Partijen onderzoeken in 2025 of het delen van grote eengezinswoningen door senioren kan bijdragen aan "
                "een betere doorstroming op de woningmarkt.",
                F(["partijen"], "explore", [], (2025, "in 2025"))),
    }, span=(2025, 2025)),

    A("doorstroommakelaar", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2026: V(["De corporaties zetten vanaf 1 maart 2026 gezamenlijk een doorstroommakelaar in die senioren in een "
                 "grote eengezinswoning persoonlijk begeleidt bij het vinden van een passende, gelijkvloerse woning.",
                 "Huurders van 65 jaar en ouder die via de doorstroommakelaar verhuizen naar een kleinere woning van "
                 "dezelfde corporatie, ontvangen een verhuisvergoeding van € 3.000 en betalen voor de nieuwe woning geen "
                 "hogere kale huur dan voor hun huidige woning."],
                F(["corporatie"], "firm", [(65, "jaar", "min"), (3000, "euro", "exact")], (2026, "vanaf 1 maart 2026"))),
        2027: V(["Een gezamenlijke doorstroommakelaar van de corporaties begeleidt senioren die in een grote "
                 "eengezinswoning wonen persoonlijk bij hun zoektocht naar een passende, gelijkvloerse woning.",
                 "Verhuist een huurder van 65 jaar of ouder via de doorstroommakelaar naar een kleinere woning van "
                 "dezelfde corporatie, dan ontvangt deze een verhuisvergoeding van € 3.000 en wordt voor de nieuwe "
                 "woning geen hogere kale huur gevraagd dan voor de huidige woning."],
                F(["corporatie"], "firm", [(65, "jaar", "min"), (3000, "euro", "exact")])),
    }, span=(2026, 2027), links={2027: R("same_figures")}),

    A("jongeren-campus", "besch", ["beschikbaarheid_betaalbaarheid"], {
        2027: V(["De Meentgaarde stelt in {Y} in het voormalige schoolgebouw De Kapelhof 26 studio's beschikbaar voor "
                 "jongeren tot 28 jaar met een jongerencontract van maximaal vijf jaar.",
                 "De gemeente en De Meentgaarde evalueren het gebruik van de jongerencontracten na twee jaar en "
                 "bespreken de uitkomsten in het tripartiete overleg."],
                F(["corporatie", "gemeente"], "firm", [(26, "woningen", "exact"), (28, "jaar", "max"), (5, "jaar", "max")],
                  ("{Y}", "in {Y}"))),
    }, span=(2027, 2027)),

    # ------------------------------------------------------------------ betaalbaarheid
    A("huurverhoging", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V(["De corporaties voeren per 1 juli {Y} een gemiddelde huurverhoging door die maximaal gelijk is aan de "
                 "inflatie over {P}.", DG,
                 ["huishoudens met een inkomen tot de inkomensgrens voor passend toewijzen krijgen ten hoogste de "
                  "gemiddelde huurverhoging;",
                  "er wordt geen inkomensafhankelijke huurverhoging toegepast."]],
                F(["corporatie"], "firm", [], ("{Y}", "per 1 juli {Y}"), True)),
        2026: V(["De corporaties voeren per 1 juli {Y} een gemiddelde huurverhoging door die ten minste 0,5% onder de "
                 "inflatie over {P} ligt.", DG,
                 ["huishoudens met een inkomen tot de inkomensgrens voor passend toewijzen krijgen ten hoogste de "
                  "gemiddelde huurverhoging;",
                  "er wordt geen inkomensafhankelijke huurverhoging toegepast."]],
                F(["corporatie"], "firm", [(0.5, "% onder inflatie", "min")], ("{Y}", "per 1 juli {Y}"), True)),
        2027: V(["De corporaties voeren per 1 juli {Y} een gemiddelde huurverhoging door die ten minste 0,5% onder de "
                 "inflatie over {P} ligt.", DG,
                 ["huishoudens met een inkomen tot de inkomensgrens voor passend toewijzen krijgen ten hoogste de "
                  "gemiddelde huurverhoging;",
                  "er wordt geen inkomensafhankelijke huurverhoging toegepast."]],
                F(["corporatie"], "firm", [(0.5, "% onder inflatie", "min")], ("{Y}", "per 1 juli {Y}"), True),
                pos=99),
    }, links={2026: S("quantity"), 2027: R("recurring_year")}),

    A("passend-inkomensgrens", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrens voor de "
                "DAEB-doelgroep van € 47.699 voor een eenpersoonshuishouden en € 52.671 voor een meerpersoonshuishouden "
                "(prijspeil 2025). Ten minste 92,5% van de vrijkomende woningen wordt toegewezen aan huishoudens binnen "
                "deze grens.",
                F(["corporatie"], "firm", [(47699, "euro", "exact"), (52671, "euro", "exact"), (92.5, "%", "min")])),
        2026: V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrens voor de "
                "DAEB-doelgroep van € 48.625 voor een eenpersoonshuishouden en € 53.693 voor een meerpersoonshuishouden "
                "(prijspeil 2026). Ten minste 92,5% van de vrijkomende woningen wordt toegewezen aan huishoudens binnen "
                "deze grens.",
                F(["corporatie"], "firm", [(48625, "euro", "exact"), (53693, "euro", "exact"), (92.5, "%", "min")])),
        2027: V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrens voor de "
                "DAEB-doelgroep van € 49.810 voor een eenpersoonshuishouden en € 55.000 voor een meerpersoonshuishouden "
                "(prijspeil 2027). Ten minste 92,5% van de vrijkomende woningen wordt toegewezen aan huishoudens binnen "
                "deze grens.",
                F(["corporatie"], "firm", [(49810, "euro", "exact"), (55000, "euro", "exact"), (92.5, "%", "min")])),
    }, links={2026: R("indexed_amount"), 2027: R("indexed_amount")}),

    A("huurachterstand", "betaal", ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], {
        2025: V(["De corporaties nemen uiterlijk na één maand huurachterstand persoonlijk contact op met de huurder, "
                 "telefonisch of met een huisbezoek, en bieden daarbij een passende betalingsregeling aan.",
                 "Met toestemming van de huurder wordt bij een achterstand van twee maanden de gemeentelijke "
                 "schuldhulpverlening ingeschakeld; de gemeente zorgt ervoor dat een eerste gesprek binnen drie "
                 "werkdagen plaatsvindt."],
                F(["corporatie", "gemeente"], "firm", [(1, "maanden", "max"), (2, "maanden", "exact"), (3, "dagen", "max")])),
        2026: V(["De corporaties nemen uiterlijk na twee maanden huurachterstand persoonlijk contact op met de huurder, "
                 "telefonisch of met een huisbezoek, en bieden daarbij een passende betalingsregeling aan.",
                 "Met toestemming van de huurder wordt bij een achterstand van drie maanden de gemeentelijke "
                 "schuldhulpverlening ingeschakeld; de gemeente zorgt ervoor dat een eerste gesprek binnen drie "
                 "werkdagen plaatsvindt."],
                F(["corporatie", "gemeente"], "firm", [(2, "maanden", "max"), (3, "maanden", "exact"), (3, "dagen", "max")]),
                toel="Toelichting: de corporaties hebben hun incassoproces geharmoniseerd; de nieuwe termijnen sluiten "
                     "aan bij de werkwijze van het regionale incassoconvenant."),
    }, links={2026: W("quantity")}),

    A("huisuitzettingen", "betaal", ["beschikbaarheid_betaalbaarheid", "leefbaarheid"], {
        2025: V("Partijen zetten zich in om het aantal huisuitzettingen als gevolg van huurachterstand te beperken tot ten "
                "hoogste vijf per jaar voor de drie corporaties samen.",
                F(["partijen"], "intent", [(5, "huisuitzettingen", "max")], rec=True)),
        2027: V("Partijen zetten zich in om het aantal huisuitzettingen als gevolg van huurachterstand te beperken tot ten "
                "hoogste drie per jaar voor de drie corporaties samen.",
                F(["partijen"], "intent", [(3, "huisuitzettingen", "max")], rec=True)),
    }, links={2027: S("quantity")}),

    A("vroegsignalering", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("De gemeente en de corporaties werken samen op basis van het convenant vroegsignalering schulden. De "
                "corporaties melden betalingsachterstanden uiterlijk na dertig dagen bij het gemeentelijke team "
                "Geldzorgen, dat binnen vijf werkdagen contact zoekt met het huishouden.",
                F(["gemeente", "corporatie"], "firm", [(30, "dagen", "max"), (5, "dagen", "max")])),
    }),

    A("verkoop", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Woonstichting Akkerhuis verkoopt in {Y} ten hoogste 12 woningen uit de bestaande voorraad, uitsluitend "
                "eengezinswoningen buiten de kern van Wesselaar; Lindeborgh Wonen en De Meentgaarde verkopen geen "
                "woningen.",
                F(["corporatie"], "firm", [(12, "woningen", "max")], ("{Y}", "in {Y}"), True)),
        2027: V("Woonstichting Akkerhuis verkoopt in {Y} ten hoogste 20 woningen uit de bestaande voorraad, uitsluitend "
                "eengezinswoningen buiten de kern van Wesselaar; Lindeborgh Wonen en De Meentgaarde verkopen geen "
                "woningen.",
                F(["corporatie"], "firm", [(20, "woningen", "max")], ("{Y}", "in {Y}"), True), pos=2.1),
    }, links={2026: R("recurring_year"), 2027: W("quantity")}),

    A("liberalisatie", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("De corporaties liberaliseren in {Y} samen maximaal 10 sociale huurwoningen bij mutatie; het gaat "
                "uitsluitend om ruime eengezinswoningen in de nieuwbouwwijk Ruiterhoek.",
                F(["corporatie"], "firm", [(10, "woningen", "max")], ("{Y}", "in {Y}"), True)),
        2027: V("De corporaties liberaliseren in {Y} geen sociale huurwoningen, ook niet bij mutatie van ruime "
                "eengezinswoningen in de nieuwbouwwijk Ruiterhoek.",
                F(["corporatie"], "firm", [(0, "woningen", "max")], ("{Y}", "in {Y}"), True), pos=2.2),
    }, links={2026: R("recurring_year"), 2027: S("quantity")}),

    A("woonlastenbijeenkomst", "betaal", ["beschikbaarheid_betaalbaarheid"], {
        2025: V("Partijen organiseren in het najaar van {Y} een informatiebijeenkomst over woonlasten voor huurders, "
                "waarop ook de gemeentelijke regelingen voor minima en de mogelijkheden van bijzondere bijstand worden "
                "toegelicht.",
                F(["partijen"], "firm", [], ("{Y}", "in het najaar van {Y}"), True)),
    }, links={2026: R("recurring_year"), 2027: R("recurring_year")}),

    # ------------------------------------------------------------------ duurzaamheid
    A("energiecoaches", "duurz", ["duurzaamheid_klimaat", "beschikbaarheid_betaalbaarheid"], {
        2025: V("De gemeente zet energiecoaches in die huurders in de wijken Hoogveld en Molenwijk kosteloos adviseren "
                "over energiebesparing; de corporaties wijzen de coaches op huishoudens met een hoog energieverbruik of "
                "een betalingsachterstand.",
                F(["gemeente", "corporatie"], "firm"), pos=50),
        2026: V("De gemeente zet energiecoaches in die huurders in alle wijken en kerkdorpen van Gravenbroek kosteloos "
                "adviseren over energiebesparing; de corporaties wijzen de coaches op huishoudens met een hoog "
                "energieverbruik of een betalingsachterstand.",
                F(["gemeente", "corporatie"], "firm"), pos=50),
        2027: V("De gemeente zet energiecoaches in die huurders in alle wijken en kerkdorpen van Gravenbroek kosteloos "
                "adviseren over energiebesparing; de corporaties wijzen de coaches op huishoudens met een hoog "
                "energieverbruik of een betalingsachterstand.",
                F(["gemeente", "corporatie"], "firm"), chapter="betaal", pos=2.3),
    }, links={2026: S("scope")}),

    A("label-efg", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("De corporaties zorgen ervoor dat uiterlijk eind 2028 geen van hun woningen in Gravenbroek nog een "
                "energielabel E, F of G heeft.",
                F(["corporatie"], "firm", [], (2028, "uiterlijk eind 2028"))),
        2026: V("De corporaties zorgen ervoor dat uiterlijk eind 2027 geen van hun woningen in Gravenbroek nog een "
                "energielabel E, F of G heeft.",
                F(["corporatie"], "firm", [], (2027, "uiterlijk eind 2027")),
                toel="Toelichting: begin {Y} hadden nog 61 woningen van de corporaties een E-, F- of G-label, vrijwel "
                     "allemaal in het bezit van Woonstichting Akkerhuis."),
    }, links={2026: S("deadline")}),

    A("isolatie", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("Woonstichting Akkerhuis isoleert uiterlijk eind 2025 de gevels, daken en vloeren van 180 "
                "eengezinswoningen in de Vogelbuurt en de Molenwijk.",
                F(["corporatie"], "firm", [(180, "woningen", "exact")], (2025, "uiterlijk eind 2025"))),
        2026: V("Woonstichting Akkerhuis isoleert uiterlijk medio 2026 de gevels, daken en vloeren van 150 "
                "eengezinswoningen in de Vogelbuurt en de Molenwijk.",
                F(["corporatie"], "firm", [(150, "woningen", "exact")], (2026, "uiterlijk medio 2026"))),
    }, span=(2025, 2026), links={2026: W("quantity", "deadline")}),

    A("renovatie-zwanenhof", "duurz", ["duurzaamheid_klimaat", "kwaliteit"], {
        2025: V(["Lindeborgh Wonen renoveert en verduurzaamt in de periode 2025-2027 de 120 portiekwoningen van het "
                 "complex Zwanenhof in Hoogveld naar ten minste energielabel A.",
                 "De huurders worden vooraf betrokken via een bewonerscommissie; voor de renovatie wordt een sociaal "
                 "plan opgesteld dat met de huurdersraad is afgestemd."],
                F(["corporatie"], "firm", [(120, "woningen", "exact"), ("A", "label", "min")], (2027, "2025-2027"))),
        2026: V(["Lindeborgh Wonen renoveert en verduurzaamt uiterlijk eind 2027 de resterende 72 portiekwoningen van het "
                 "complex Zwanenhof in Hoogveld naar ten minste energielabel A.",
                 "De huurders worden vooraf betrokken via een bewonerscommissie; voor de renovatie wordt een sociaal "
                 "plan opgesteld dat met de huurdersraad is afgestemd."],
                F(["corporatie"], "firm", [(72, "woningen", "exact"), ("A", "label", "min")], (2027, "uiterlijk eind 2027"))),
        2027: V(["Lindeborgh Wonen renoveert en verduurzaamt uiterlijk eind 2027 de resterende 30 portiekwoningen van het "
                 "complex Zwanenhof in Hoogveld naar ten minste energielabel A.",
                 "De huurders worden vooraf betrokken via een bewonerscommissie; voor de renovatie wordt een sociaal "
                 "plan opgesteld dat met de huurdersraad is afgestemd."],
                F(["corporatie"], "firm", [(30, "woningen", "exact"), ("A", "label", "min")], (2027, "uiterlijk eind 2027"))),
    }, links={2026: R("progress"), 2027: R("progress")}),

    A("gemiddeld-label", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("De corporaties streven ernaar dat hun woningvoorraad in Gravenbroek eind 2030 gemiddeld energielabel B "
                "heeft.",
                F(["corporatie"], "intent", [("B", "label", "min")], (2030, "eind 2030"))),
        2027: V("De corporaties streven ernaar dat hun woningvoorraad in Gravenbroek eind 2030 gemiddeld energielabel C "
                "heeft.",
                F(["corporatie"], "intent", [("C", "label", "min")], (2030, "eind 2030")),
                toel="Toelichting: door hogere bouwkosten en de prioriteit voor nieuwbouw is het investeringsprogramma "
                     "voor verduurzaming bijgesteld."),
    }, links={2027: W("label")}),

    A("zonnepanelen", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("De Meentgaarde plaatst vóór eind 2026 zonnepanelen op 80 eengezinswoningen in Brugakker, indien de "
                "subsidie uit de regionale energieregeling wordt toegekend.",
                F(["corporatie"], "firm", [(80, "woningen", "exact")], (2026, "vóór eind 2026"),
                  cond=["indien de subsidie uit de regionale energieregeling wordt toegekend"])),
        2026: V("De Meentgaarde plaatst vóór eind 2026 zonnepanelen op 80 eengezinswoningen in Brugakker.",
                F(["corporatie"], "firm", [(80, "woningen", "exact")], (2026, "vóór eind 2026"))),
        2027: V("De Meentgaarde plaatst vóór medio 2027 zonnepanelen op 80 eengezinswoningen in Brugakker.",
                F(["corporatie"], "firm", [(80, "woningen", "exact")], (2027, "vóór medio 2027"))),
    }, links={2026: S("condition"), 2027: W("deadline")}),

    A("wijkuitvoeringsplan", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("De gemeente stelt uiterlijk eind 2025 in samenwerking met de corporaties en de huurdersorganisaties een "
                "wijkuitvoeringsplan op voor Hoogveld, waarin de route naar een collectief warmtenet en de planning per "
                "complex worden uitgewerkt.",
                F(["gemeente"], "firm", [], (2025, "uiterlijk eind 2025"))),
        2026: V("De gemeente stelt uiterlijk medio 2026 in samenwerking met de corporaties en de huurdersorganisaties een "
                "wijkuitvoeringsplan op voor Hoogveld, waarin de route naar een collectief warmtenet en de planning per "
                "complex worden uitgewerkt.",
                F(["gemeente"], "firm", [], (2026, "uiterlijk medio 2026"))),
    }, span=(2025, 2026), links={2026: W("deadline")}),

    A("warmtenet-aansluiting", "duurz", ["duurzaamheid_klimaat"], {
        2027: V(["Lindeborgh Wonen en Woonstichting Akkerhuis sluiten in de periode 2027-2029 hun complexen in Hoogveld "
                 "aan op het collectieve warmtenet, mits ten minste 70% van de huurders per complex instemt.", DG,
                 ["de huurders gaan na aansluiting in totale woonlasten niet meer betalen dan daarvoor;",
                  "de gemeente verzorgt de communicatie over de wijkaanpak en organiseert inloopavonden per buurt."]],
                F(["corporatie", "gemeente"], "firm", [(70, "%", "min")], (2029, "in de periode 2027-2029"),
                  cond=["mits ten minste 70% van de huurders per complex instemt"])),
    }, span=(2027, 2027)),

    A("hybride-warmtepomp", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("De corporaties vervangen bij planmatig onderhoud cv-ketels die ouder zijn dan vijftien jaar waar mogelijk "
                "door een hybride warmtepomp.",
                F(["corporatie"], "firm", [(15, "jaar", "min")], cond=["waar mogelijk"])),
    }),

    A("circulair", "duurz", ["duurzaamheid_klimaat"], {
        2025: V("Partijen maken in 2025 afspraken over de toepassing van circulaire en natuurinclusieve bouwprincipes in "
                "de nieuwbouwprojecten van de corporaties.",
                F(["partijen"], "discuss", [], (2025, "in 2025"))),
        2026: V("Partijen werken volgens de in 2025 gemaakte afspraken over de toepassing van circulaire en "
                "natuurinclusieve bouwprincipes in de nieuwbouwprojecten van de corporaties.",
                F(["partijen"], "firm")),
    }, links={2026: S("modality")}),

    A("hittestress", "duurz", ["duurzaamheid_klimaat", "leefbaarheid"], {
        2026: V(["Bij groot onderhoud en renovatie vervangen de corporaties verharding in tuinen en op binnenterreinen "
                 "waar mogelijk door groen.",
                 "De gemeente stelt hiervoor in {Y} een bijdrage van € 40.000 beschikbaar uit het klimaatadaptatiefonds "
                 "en legt in Hoogveld en de Oude Kern, in overleg met bewoners, extra bomen en wadi's aan."],
                F(["corporatie", "gemeente"], "firm", [(40000, "euro", "exact")], ("{Y}", "in {Y}"), True,
                  cond=["waar mogelijk"])),
    }, span=(2026, 2027), links={2027: R("recurring_year")}),

    # ------------------------------------------------------------------ kwaliteit
    A("casusoverleg", "leef", ["leefbaarheid", "kwaliteit"], {
        2025: V("De corporaties en het sociaal wijkteam bespreken signalen over huurders met verward gedrag of een "
                "zorgmijdende houding in een maandelijks casusoverleg, zodat tijdig passende hulp kan worden "
                "ingeschakeld.",
                F(["corporatie", "other"], "firm", [(12, "keer per jaar", "exact")], rec=True)),
        2026: V("De corporaties en het sociaal wijkteam bespreken signalen over huurders met verward gedrag of een "
                "zorgmijdende houding in een maandelijks casusoverleg, zodat tijdig passende hulp kan worden "
                "ingeschakeld.",
                F(["corporatie", "other"], "firm", [(12, "keer per jaar", "exact")], rec=True), chapter="kwal", pos=-1),
    }),

    A("reparatie", "kwal", ["kwaliteit"], {
        2025: V("De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen tien werkdagen na de melding; "
                "spoedeisende storingen, zoals het uitvallen van de verwarming of een lekkage, worden binnen 24 uur "
                "verholpen.",
                F(["corporatie"], "firm", [(10, "dagen", "max"), (24, "uur", "max")])),
        2027: V("De corporaties verhelpen niet-spoedeisende reparatieverzoeken binnen vijf werkdagen na de melding; "
                "spoedeisende storingen, zoals het uitvallen van de verwarming of een lekkage, worden binnen 24 uur "
                "verholpen.",
                F(["corporatie"], "firm", [(5, "dagen", "max"), (24, "uur", "max")])),
    }, links={2027: S("quantity")}),

    A("vocht-schimmel", "kwal", ["kwaliteit"], {
        2025: V(["De corporaties pakken elke melding van vocht en schimmel binnen zes weken aan met een inspectie in de "
                 "woning en een plan van aanpak dat met de huurder wordt besproken.", DG,
                 ["de huurder ontvangt binnen vijf werkdagen een bevestiging met de naam van een vaste contactpersoon;",
                  "wanneer de oorzaak in de bouwkundige staat van de woning ligt, worden de herstelkosten niet bij de "
                  "huurder in rekening gebracht;",
                  "de corporaties rapporteren twee keer per jaar in het tripartiete overleg over het aantal meldingen en "
                  "de afhandeling daarvan."]],
                F(["corporatie"], "firm", [(6, "weken", "max"), (5, "dagen", "max"), (2, "keer per jaar", "exact")]),
                toel="Toelichting: in {P} ontvingen de drie corporaties samen 214 meldingen van vocht en schimmel, "
                     "tegenover 168 een jaar eerder."),
        2026: V(["Meldingen van vocht en schimmel worden door de corporaties binnen zes weken opgepakt: een opzichter "
                 "inspecteert de woning en stelt samen met de huurder een plan van aanpak op.",
                 "Voor de afhandeling van meldingen gelden de volgende uitgangspunten:",
                 ["binnen vijf werkdagen na de melding krijgt de huurder een bevestiging en een vaste contactpersoon;",
                  "herstelkosten die voortkomen uit de bouwkundige staat van de woning komen voor rekening van de "
                  "corporatie;",
                  "in het tripartiete overleg wordt twee keer per jaar gerapporteerd over het aantal meldingen en de "
                  "afhandeling."]],
                F(["corporatie"], "firm", [(6, "weken", "max"), (5, "dagen", "max"), (2, "keer per jaar", "exact")]),
                toel="Toelichting: in {P} ontvingen de drie corporaties samen 231 meldingen van vocht en schimmel."),
    }, links={2026: R("same_figures")}),

    A("woningaanpassingen", "kwal", ["kwaliteit"], {
        2025: V("De gemeente en de corporaties hanteren de gezamenlijke werkwijze voor woningaanpassingen vanuit de Wmo; "
                "kleine aanpassingen tot € 1.500 per woning worden door de corporaties zelf uitgevoerd en bekostigd.",
                F(["gemeente", "corporatie"], "firm", [(1500, "euro", "max")])),
        2027: V("De gemeente en de corporaties hanteren de gezamenlijke werkwijze voor woningaanpassingen vanuit de Wmo; "
                "kleine aanpassingen tot € 2.500 per woning worden door de corporaties zelf uitgevoerd en bekostigd, "
                "mits de huurder ten minste vijf jaar in de woning woont.",
                F(["gemeente", "corporatie"], "firm", [(2500, "euro", "max"), (5, "jaar", "min")],
                  cond=["mits de huurder ten minste vijf jaar in de woning woont"])),
    }, links={2027: M("quantity", "condition")}),

    A("levensloop", "kwal", ["kwaliteit"], {
        2025: V("De Meentgaarde maakt uiterlijk eind 2025 in totaal 30 bestaande woningen in het kerkdorp Wesselaar "
                "levensloopbestendig door het verwijderen van drempels, het aanbrengen van een douche op de begane grond "
                "en het verbreden van deuren.",
                F(["corporatie"], "firm", [(30, "woningen", "exact")], (2025, "uiterlijk eind 2025"))),
        2026: V("De Meentgaarde maakt uiterlijk medio 2026 in totaal 40 bestaande woningen in het kerkdorp Wesselaar "
                "levensloopbestendig door het verwijderen van drempels, het aanbrengen van een douche op de begane grond "
                "en het verbreden van deuren.",
                F(["corporatie"], "firm", [(40, "woningen", "exact")], (2026, "uiterlijk medio 2026"))),
    }, links={2026: M("quantity", "deadline")}),

    A("wonen-zorg", "kwal", ["kwaliteit", "beschikbaarheid_betaalbaarheid"], {
        2025: V("Partijen gaan in gesprek met zorgaanbieders in Gravenbroek over de behoefte aan geclusterde woonvormen "
                "voor ouderen met een lichte zorgvraag, met als doel om vóór eind 2026 een geschikte locatie te kiezen.",
                F(["partijen"], "discuss", [], (2026, "vóór eind 2026"))),
        2027: V(["Woonstichting Akkerhuis realiseert in samenwerking met zorgaanbieder Hofzorg uiterlijk eind 2029 een "
                 "geclusterde woonvorm met 32 appartementen voor ouderen met een lichte zorgvraag op de locatie "
                 "Pastoorshof.",
                 "De gemeente brengt de grond in tegen de grondprijs voor sociale huur en past het bestemmingsplan aan; "
                 "de zorgaanbieder zorgt voor een ontmoetingsruimte met dagelijkse aanwezigheid van zorgpersoneel."],
                F(["corporatie", "gemeente", "other"], "firm", [(32, "woningen", "exact")], (2029, "uiterlijk eind 2029"))),
    }, links={2027: S("modality")}),

    A("rookmelders", "kwal", ["kwaliteit"], {
        2027: V("De corporaties zorgen ervoor dat uiterlijk eind 2027 in al hun woningen in Gravenbroek op elke verdieping "
                "een werkende rookmelder hangt; huurders die hulp nodig hebben bij het testen daarvan, kunnen een beroep "
                "doen op de huismeester of de reparatiedienst.",
                F(["corporatie"], "firm", [], (2027, "uiterlijk eind 2027"))),
    }, span=(2027, 2027)),

    A("huurdersoordeel", "kwal", ["kwaliteit"], {
        2025: V("De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor reparatieverzoeken "
                "en planmatig onderhoud.",
                F(["corporatie"], "intent", [(7.5, "rapportcijfer", "min")])),
        2026: V("Voor reparatieverzoeken en planmatig onderhoud streven de corporaties naar een gemiddeld "
                "huurdersoordeel van minimaal een 7,5.",
                F(["corporatie"], "intent", [(7.5, "rapportcijfer", "min")])),
    }, links={2026: R("same_figures")}),

    # ------------------------------------------------------------------ leefbaarheid
    A("leefbaarheidsbudget", "leef", ["leefbaarheid"], {
        2025: V("De corporaties besteden in {Y} gemiddeld € 65 per woning aan leefbaarheid, binnen de wettelijke ruimte "
                "die daarvoor geldt; over de besteding wordt overlegd met de huurdersorganisaties en de "
                "bewonerscommissies.",
                F(["corporatie"], "firm", [(65, "euro", "approx")], ("{Y}", "in {Y}"), True)),
    }, links={2026: R("recurring_year"), 2027: R("recurring_year")}),

    A("huismeesters", "leef", ["leefbaarheid"], {
        2025: V("De corporaties zetten in alle complexen met meer dan 40 woningen een huismeester in die ten minste één "
                "dagdeel per week in het complex aanwezig is.",
                F(["corporatie"], "firm", [(40, "woningen", "min")])),
        2026: V(["De corporaties zetten als pilot in twee complexen in de Molenwijk een huismeester in die ten minste één "
                 "dagdeel per week in het complex aanwezig is.",
                 "Na een jaar wordt de pilot met de bewonerscommissies geëvalueerd."],
                F(["corporatie"], "firm", [(2, "complexen", "exact")])),
        2027: V(["De corporaties zetten in alle complexen met meer dan 40 woningen in de Molenwijk en Hoogveld een "
                 "huismeester in die ten minste één dagdeel per week in het complex aanwezig is.",
                 "Na een jaar wordt de inzet met de bewonerscommissies geëvalueerd."],
                F(["corporatie"], "firm", [(40, "woningen", "min")]),
                toel="Toelichting: de evaluatie van de pilot in de Molenwijk liet een duidelijke daling van het aantal "
                     "overlastmeldingen zien."),
    }, links={2026: W("scope"), 2027: S("scope")}),

    A("overlast", "leef", ["leefbaarheid"], {
        2025: V("Bij ernstige woonoverlast stellen de corporaties, de gemeente en de politie binnen twee weken na de "
                "melding een gezamenlijke aanpak op; de regie ligt bij de wijkcoördinator van de gemeente.",
                F(["corporatie", "gemeente", "other"], "firm", [(2, "weken", "max")])),
        2026: V("Bij ernstige woonoverlast wordt binnen twee weken na de melding door de corporaties, de gemeente en de "
                "politie een gezamenlijke aanpak opgesteld, waarbij de wijkcoördinator van de gemeente de regie voert.",
                F(["corporatie", "gemeente", "other"], "firm", [(2, "weken", "max")])),
    }, links={2026: R()}),

    A("woonfraude", "leef", ["leefbaarheid"], {
        2025: V("De gemeente organiseert in 2025 samen met de corporaties een bijeenkomst over de aanpak van woonfraude en "
                "illegale onderhuur.",
                F(["gemeente", "corporatie"], "firm", [], (2025, "in 2025"))),
    }, span=(2025, 2025)),

    A("bewonersinitiatieven", "leef", ["leefbaarheid"], {
        2025: V("De gemeente zegt toe bewonersinitiatieven in de wijken van de corporaties te ondersteunen met een "
                "wijkbudget van € 25.000 per jaar.",
                F(["gemeente"], "firm", [(25000, "euro", "exact")], rec=True)),
        2027: V("De gemeente zet zich in om bewonersinitiatieven in de wijken van de corporaties te ondersteunen met een "
                "wijkbudget van € 25.000 per jaar.",
                F(["gemeente"], "intent", [(25000, "euro", "exact")], rec=True)),
    }, links={2027: W("modality")}),

    A("zwanenhof-openbare-ruimte", "leef", ["leefbaarheid"], {
        2025: V("De gemeente stelt voor de herinrichting van de openbare ruimte rond het complex Zwanenhof een bedrag van "
                "€ 250.000 beschikbaar, zodat de inrichting aansluit op de renovatie door Lindeborgh Wonen.",
                F(["gemeente"], "firm", [(250000, "euro", "exact")])),
        2026: V("De gemeente stelt voor de herinrichting van de openbare ruimte rond het complex Zwanenhof een bedrag van "
                "€ 250.000 beschikbaar, onder voorbehoud van instemming van de gemeenteraad met de voorjaarsnota, zodat "
                "de inrichting aansluit op de renovatie door Lindeborgh Wonen.",
                F(["gemeente"], "firm", [(250000, "euro", "exact")],
                  cond=["onder voorbehoud van instemming van de gemeenteraad met de voorjaarsnota"])),
    }, links={2026: W("condition")}),

    A("ontmoeting", "leef", ["leefbaarheid"], {
        2025: V("Woonstichting Akkerhuis stelt de gemeenschappelijke ruimte in het complex De Lindenhof beschikbaar als "
                "ontmoetingsplek voor bewoners uit de buurt; de gemeente en de welzijnsorganisatie verzorgen er ten "
                "minste twee keer per week activiteiten.",
                F(["corporatie", "gemeente"], "firm", [(2, "keer per week", "min")])),
        2026: V("Woonstichting Akkerhuis stelt de gemeenschappelijke ruimte in het complex De Lindenhof beschikbaar als "
                "ontmoetingsplek voor bewoners uit de buurt; de gemeente en de welzijnsorganisatie verzorgen er ten "
                "minste drie keer per week activiteiten.",
                F(["corporatie", "gemeente"], "firm", [(3, "keer per week", "min")])),
    }, links={2026: S("quantity")}),

    A("zachte-landing", "leef", ["leefbaarheid", "beschikbaarheid_betaalbaarheid"], {
        2026: V(["De corporaties stellen jaarlijks ten minste 15 woningen beschikbaar voor mensen die uitstromen uit "
                 "beschermd wonen en de maatschappelijke opvang.", DG,
                 ["de gemeente zorgt gedurende ten minste een jaar voor begeleiding op maat;",
                  "de woningen worden gespreid over de wijken, zodat geen concentratie in een complex ontstaat;",
                  "na een jaar wordt het huurcontract op naam van de huurder gezet als de begeleiding goed verloopt."]],
                F(["corporatie", "gemeente"], "firm", [(15, "woningen", "min"), (1, "jaar", "min")], rec=True)),
    }, span=(2026, 2027)),

    A("woonloket", "leef", ["leefbaarheid", "overig"], {
        2027: V("De corporaties en de gemeente openen in {Y} een gezamenlijk woonloket in de bibliotheek van Gravenbroek, "
                "waar huurders en woningzoekenden ten minste twee ochtenden per week terechtkunnen met vragen over "
                "woningzoeken, huur en toeslagen.",
                F(["corporatie", "gemeente"], "firm", [(2, "keer per week", "min")], ("{Y}", "in {Y}"))),
    }, span=(2027, 2027)),

    # ------------------------------------------------------------------ proces
    A("bod", "proc", ["overig"], {
        2025: V("De corporaties brengen vóór 1 juli {Y} hun bod op de woonvisie uit aan de gemeente en de "
                "huurdersorganisaties, met een overzicht van de voorgenomen werkzaamheden voor de komende vijf jaar.",
                F(["corporatie"], "firm", [], ("{Y}", "vóór 1 juli {Y}"), True)),
    }, links={2026: R("recurring_year"), 2027: R("recurring_year")}),

    A("monitoring", "proc", ["overig"], {
        2025: V("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het bestuurlijk tripartiete "
                "overleg, aan de hand van een monitor die door de gemeente wordt opgesteld.",
                F(["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True)),
        2027: V("De voortgang van deze afspraken wordt twee keer per jaar besproken in het bestuurlijk tripartiete overleg; "
                "de gemeente stelt daarvoor een monitor op.",
                F(["partijen", "gemeente"], "firm", [(2, "keer per jaar", "exact")], rec=True)),
    }, links={2027: R("same_figures")}),

    A("ondersteuning-ho", "proc", ["overig"], {
        2025: V("De corporaties stellen hun huurdersorganisaties in staat om volwaardig deel te nemen aan het overleg over "
                "de prestatieafspraken, onder meer door vergoeding van de kosten van onafhankelijk advies tot € 5.000 "
                "per jaar per huurdersorganisatie.",
                F(["corporatie"], "firm", [(5000, "euro", "max")], rec=True)),
    }),

    A("achterban", "proc", ["overig"], {
        2025: V("De huurdersorganisaties raadplegen in {Y} hun achterban ten minste eenmaal over betaalbaarheid en "
                "duurzaamheid en brengen de uitkomsten in het tripartiete overleg in.",
                F(["huurdersorganisatie"], "firm", [(1, "keer per jaar", "min")], ("{Y}", "in {Y}"), True)),
    }, links={2026: R("recurring_year"), 2027: R("recurring_year")}),

    A("woonvisie", "proc", ["overig"], {
        2025: V("De gemeente legt de geactualiseerde woonvisie uiterlijk in het derde kwartaal van 2026 ter vaststelling "
                "voor aan de gemeenteraad; de corporaties en de huurdersorganisaties worden vanaf de start bij de "
                "actualisatie betrokken.",
                F(["gemeente"], "firm", [], (2026, "uiterlijk in het derde kwartaal van 2026"))),
        2027: V("De gemeente legt de geactualiseerde woonvisie uiterlijk in het eerste kwartaal van 2027 ter vaststelling "
                "voor aan de gemeenteraad; de corporaties en de huurdersorganisaties worden vanaf de start bij de "
                "actualisatie betrokken.",
                F(["gemeente"], "firm", [], (2027, "uiterlijk in het eerste kwartaal van 2027"))),
    }, links={2027: W("deadline")}),
]

# kerncijfers tables placed after an afspraak key (per year): (title, rows)
TABLES = {
    "vergunninghouders": ("Kerncijfers sociale huurvoorraad per 1 januari {Y}",
                          [["Corporatie", "Woningen", "Waarvan DAEB", "Mutatiegraad"],
                           ["Woonstichting Akkerhuis", "{a1}", "{a2}", "6,1%"],
                           ["Lindeborgh Wonen", "{b1}", "{b2}", "5,4%"],
                           ["De Meentgaarde", "{c1}", "{c2}", "7,0%"]]),
    "vroegsignalering": ("Huurachterstanden en ontruimingen",
                         [["", "{P2}", "{P}"],
                          ["Huishoudens met achterstand > 2 maanden", "{h1}", "{h2}"],
                          ["Betalingsregelingen", "{r1}", "{r2}"],
                          ["Ontruimingen wegens huurachterstand", "{o1}", "{o2}"]]),
    "gemiddeld-label": ("Labelverdeling corporatiebezit (peildatum 1 oktober {P})",
                        [["Label", "A of beter", "B", "C", "D", "E, F of G"],
                         ["Aandeel", "{l1}", "{l2}", "{l3}", "{l4}", "{l5}"]]),
}
TABLE_VALUES = {
    2025: dict(a1="4.212", a2="4.018", b1="2.630", b2="2.587", c1="1.194", c2="1.176", h1="142", h2="128",
               r1="311", r2="296", o1="6", o2="4", l1="31%", l2="24%", l3="23%", l4="16%", l5="6%", WT="6,8"),
    2026: dict(a1="4.261", a2="4.060", b1="2.655", b2="2.611", c1="1.210", c2="1.190", h1="128", h2="137",
               r1="296", r2="322", o1="4", o2="5", l1="36%", l2="25%", l3="21%", l4="14%", l5="4%", WT="7,1"),
    2027: dict(a1="4.305", a2="4.101", b1="2.690", b2="2.640", c1="1.224", c2="1.203", h1="137", h2="119",
               r1="322", r2="301", o1="5", o2="3", l1="41%", l2="25%", l3="20%", l4="12%", l5="2%", WT="7,4"),
}

TERUGBLIK = {
    2025: ["In 2024 leverden de corporaties samen 96 sociale huurwoningen op; dat waren er 14 minder dan in de "
           "afspraken voor dat jaar was opgenomen. De vertraging ontstond vooral bij het project Ruiterhoek-Noord, "
           "waar de aanbesteding opnieuw moest worden gedaan.",
           "Op het gebied van duurzaamheid werden 212 woningen na-geïsoleerd en kregen 140 woningen zonnepanelen. Het "
           "aantal woningen met een E-, F- of G-label daalde van 203 naar 145. De gemeente stelde in 2024 de "
           "Transitievisie Warmte vast."],
    2026: ["In 2025 werden 104 sociale huurwoningen opgeleverd, bijna evenveel als was afgesproken. De bijeenkomst over "
           "woonfraude vond in het voorjaar plaats en leidde tot een gezamenlijk meldpunt. Het onderzoek naar woningdelen "
           "door senioren liet zien dat daar weinig belangstelling voor bestond.",
           "De isolatie van eengezinswoningen in de Vogelbuurt en de Molenwijk verliep trager dan gepland: eind 2025 "
           "waren 124 van de 180 woningen gereed. Van het complex Zwanenhof werden 48 woningen gerenoveerd."],
    2027: ["In 2026 leverden de corporaties 91 sociale huurwoningen op. Het gezamenlijke woningruilplatform ging in april "
           "van start; in het eerste halfjaar werden 23 ruilen afgerond. Het wijkuitvoeringsplan voor Hoogveld werd in "
           "juni door het college vastgesteld.",
           "Het isolatieprogramma van Woonstichting Akkerhuis werd in de zomer van 2026 afgerond. Van het complex "
           "Zwanenhof zijn inmiddels 90 woningen gerenoveerd. Het aantal huisuitzettingen wegens huurachterstand "
           "bedroeg drie."],
}

# kennisgeving 2027: bullets (key, text, themes, frame)
KENNIS = [
    ("nieuwbouw-jaar", "de corporaties leveren in 2027 samen ten minste 85 sociale huurwoningen op;",
     ["beschikbaarheid_betaalbaarheid"], F(["corporatie"], "firm", [(85, "woningen", "min")], (2027, "in 2027"), True)),
    ("aandeel-sociaal", "in nieuwe woningbouwplannen van twaalf of meer woningen neemt de gemeente ten minste 40% "
     "sociale huur op;", ["beschikbaarheid_betaalbaarheid"], F(["gemeente"], "firm", [(40, "%", "min")])),
    ("vergunninghouders", "de corporaties zorgen voor voldoende woningen om de taakstelling van 71 vergunninghouders "
     "te halen;", ["beschikbaarheid_betaalbaarheid"], F(["corporatie"], "firm", [(71, "personen", "exact")], (2027, "2027"), True)),
    ("huurverhoging", "de gemiddelde huurverhoging per 1 juli 2027 blijft ten minste 0,5% onder de inflatie;",
     ["beschikbaarheid_betaalbaarheid"], F(["corporatie"], "firm", [(0.5, "% onder inflatie", "min")], (2027, "per 1 juli 2027"), True)),
    ("liberalisatie", "er worden in 2027 geen sociale huurwoningen geliberaliseerd;",
     ["beschikbaarheid_betaalbaarheid"], F(["corporatie"], "firm", [(0, "woningen", "max")], (2027, "in 2027"), True)),
    ("verkoop", "Woonstichting Akkerhuis verkoopt in 2027 maximaal 20 eengezinswoningen;",
     ["beschikbaarheid_betaalbaarheid"], F(["corporatie"], "firm", [(20, "woningen", "max")], (2027, "in 2027"), True)),
    ("label-efg", "eind 2027 hebben de corporaties geen woningen met een E-, F- of G-label meer;",
     ["duurzaamheid_klimaat"], F(["corporatie"], "firm", [], (2027, "eind 2027"))),
    ("warmtenet-aansluiting", "de complexen van Lindeborgh Wonen en Akkerhuis in Hoogveld worden tussen 2027 en 2029 "
     "aangesloten op het warmtenet, mits 70% van de huurders instemt;", ["duurzaamheid_klimaat"],
     F(["corporatie"], "firm", [(70, "%", "min")], (2029, "tussen 2027 en 2029"), cond=["mits 70% van de huurders instemt"])),
    ("reparatie", "reparatieverzoeken worden binnen vijf werkdagen afgehandeld;", ["kwaliteit"],
     F(["corporatie"], "firm", [(5, "dagen", "max")])),
    ("wonen-zorg", "op de locatie Pastoorshof komt uiterlijk eind 2029 een woonvorm met 32 appartementen voor ouderen "
     "met een lichte zorgvraag;", ["kwaliteit", "beschikbaarheid_betaalbaarheid"],
     F(["corporatie"], "firm", [(32, "woningen", "exact")], (2029, "uiterlijk eind 2029"))),
    ("huismeesters", "in alle grotere complexen in de Molenwijk en Hoogveld is wekelijks een huismeester aanwezig;",
     ["leefbaarheid"], F(["corporatie"], "firm", [(1, "keer per week", "min")])),
    ("woonloket", "de corporaties en de gemeente openen in 2027 een gezamenlijk woonloket in de bibliotheek.",
     ["leefbaarheid", "overig"], F(["corporatie", "gemeente"], "firm", [], (2027, "in 2027"))),
]
