# -*- coding: utf-8 -*-
"""Content of the graafsmeer family (fictional). Each afspraak: key -> meta + per-year variant.
A year variant {} means: identical to the previous year. Missing fields inherit from the previous year.
Fields: t text, g gereed column, m modality, q quantities (value, unit, comparator[, value_max]),
dl deadline (year, text) or None, c conditions, mk marks (G gemeente, C corporatie, 1 HBG, 2 HVR),
st (status, kinds, hard_negative) relative to the previous year (required when the text changes)."""

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")

GEMEENTE = "Graafsmeer"
CORP = "Meerstad Wonen"
HO1 = "Huurdersbelang Graafsmeer"
HO2 = "Huurdersvereniging Ringvaart"

A = {}


def af(key, themes, rec=False, **years):
    A[key] = dict(themes=themes, rec=rec, years={int(y[1:]): v for y, v in years.items()})


# ---------------------------------------------------------------- beschikbaar en betaalbaar
af("nieuwbouw-sociaal", [BB], rec=True,
   y2024=dict(mk="GC", g="jaarlijks", m="firm", q=[(60, "woningen", "min")], dl=None, c=[],
              t="Jaarlijks worden ten minste 60 sociale huurwoningen opgeleverd, met name in de projecten "
                "Molenkwartier en Ringvaartzone. De gemeente verleent daarvoor tijdig planologische medewerking "
                "en geeft de benodigde bouwgrond uit tegen de vastgestelde sociale grondprijs."),
   y2025=dict(q=[(75, "woningen", "min")], st=("strengthened", ["quantity"], None),
              t="Jaarlijks worden ten minste 75 sociale huurwoningen opgeleverd, met name in de projecten "
                "Molenkwartier en Ringvaartzone. De gemeente verleent daarvoor tijdig planologische medewerking "
                "en geeft de benodigde bouwgrond uit tegen de vastgestelde sociale grondprijs."),
   y2026=dict(m="intent", st=("weakened", ["modality"], None),
              t="Er wordt naar gestreefd jaarlijks ten minste 75 sociale huurwoningen op te leveren, met name in "
                "de projecten Molenkwartier en Ringvaartzone. De gemeente verleent daarvoor tijdig planologische "
                "medewerking en geeft de benodigde bouwgrond uit tegen de vastgestelde sociale grondprijs."))

af("sociale-voorraad", [BB],
   y2024=dict(mk="C", g="doorlopend", m="firm", q=[(5400, "woningen", "min")], dl=None, c=[],
              t="De omvang van de sociale huurvoorraad van Meerstad Wonen in Graafsmeer blijft ten minste "
                "5.400 woningen; sloop en verkoop worden volledig gecompenseerd door nieuwbouw binnen de gemeente."),
   y2025={},
   y2026=dict(st=("reworded", [], "same_figures"),
              t="Sloop en verkoop worden volledig gecompenseerd door nieuwbouw binnen de gemeente, zodat "
                "Meerstad Wonen in Graafsmeer over minimaal 5.400 sociale huurwoningen blijft beschikken."))

af("verkoop", [BB], rec=True,
   y2024=dict(mk="C", g="2024", m="firm", q=[(25, "woningen", "max")], dl=(2024, "In 2024"), c=[],
              t="In 2024 worden maximaal 25 bestaande huurwoningen verkocht, uitsluitend eengezinswoningen in "
                "complexen waarin Meerstad Wonen minder dan de helft van de woningen bezit. Zittende huurders "
                "krijgen de woning als eerste aangeboden."),
   y2025=dict(g="2025", q=[(15, "woningen", "max")], dl=(2025, "In 2025"), st=("strengthened", ["quantity"], None),
              t="In 2025 worden maximaal 15 bestaande huurwoningen verkocht, uitsluitend eengezinswoningen in "
                "complexen waarin Meerstad Wonen minder dan de helft van de woningen bezit. Zittende huurders "
                "krijgen de woning als eerste aangeboden."),
   y2026=dict(g="2026", q=[(0, "woningen", "exact")], dl=(2026, "In 2026"), st=("strengthened", ["quantity"], None),
              t="In 2026 worden geen bestaande huurwoningen van Meerstad Wonen verkocht; de verkoopvijver wordt "
                "met ingang van dit jaar opgeheven."))

af("liberalisatie", [BB], rec=True,
   y2024=dict(mk="C", g="2024", m="firm", q=[(10, "woningen", "max")], dl=(2024, "in 2024"), c=[],
              t="Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd en in de vrije sector "
                "wordt verhuurd, bedraagt in 2024 niet meer dan 10."),
   y2025=dict(g="2025", dl=(2025, "in 2025"), st=("reworded", [], "recurring_year"),
              t="Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd en in de vrije sector "
                "wordt verhuurd, bedraagt in 2025 niet meer dan 10."),
   y2026=dict(g="2026", q=[(20, "woningen", "max")], dl=(2026, "in 2026"), st=("weakened", ["quantity"], None),
              t="Het aantal sociale huurwoningen dat na mutatie wordt geliberaliseerd en in de vrije sector "
                "wordt verhuurd, bedraagt in 2026 niet meer dan 20."))

af("huurverhoging", [BB], rec=True,
   y2024=dict(mk="C", g="1 juli 2024", m="firm", q=[], dl=(2024, "per 1 juli 2024"), c=[],
              t="Meerstad Wonen beperkt de gemiddelde huurverhoging per 1 juli 2024 tot maximaal het "
                "inflatiepercentage. Voor huishoudens met een inkomen tot de huurtoeslaggrens wordt geen "
                "inkomensafhankelijke huurverhoging toegepast."),
   y2025=dict(g="1 juli 2025", q=[(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"),
              st=("strengthened", ["quantity"], None),
              t="Meerstad Wonen beperkt de gemiddelde huurverhoging per 1 juli 2025 tot ten minste 0,5% onder "
                "het inflatiepercentage. Voor huishoudens met een inkomen tot de huurtoeslaggrens wordt geen "
                "inkomensafhankelijke huurverhoging toegepast."),
   y2026=dict(g="1 juli 2026", dl=(2026, "per 1 juli 2026"), st=("reworded", [], "recurring_year"),
              t="Meerstad Wonen beperkt de gemiddelde huurverhoging per 1 juli 2026 tot ten minste 0,5% onder "
                "het inflatiepercentage. Voor huishoudens met een inkomen tot de huurtoeslaggrens wordt geen "
                "inkomensafhankelijke huurverhoging toegepast."))

_pt = ("Ten minste 95% van de huishoudens met recht op huurtoeslag krijgt een woning toegewezen met een huurprijs "
       "tot de voor hen geldende aftoppingsgrens (prijspeil {y}: € {a} voor een- en tweepersoonshuishoudens en "
       "€ {b} voor drie- en meerpersoonshuishoudens).")
af("passend-toewijzen", [BB],
   y2024=dict(mk="C", g="doorlopend", m="firm", dl=None, c=[],
              q=[(95, "%", "min"), (650.43, "euro", "exact"), (697.07, "euro", "exact")],
              t=_pt.format(y=2024, a="650,43", b="697,07")),
   y2025=dict(q=[(95, "%", "min"), (682.96, "euro", "exact"), (731.93, "euro", "exact")],
              st=("reworded", [], "indexed_amount"), t=_pt.format(y=2025, a="682,96", b="731,93")),
   y2026=dict(q=[(95, "%", "min"), (708.22, "euro", "exact"), (758.99, "euro", "exact")],
              st=("reworded", [], "indexed_amount"), t=_pt.format(y=2026, a="708,22", b="758,99")))

af("vrije-toewijzing", [BB],
   y2024=dict(mk="GC", g="doorlopend", m="firm", q=[(15, "%", "max")], dl=None, c=[],
              t="Meerstad Wonen benut de wettelijke ruimte om maximaal 15% van de vrijkomende sociale "
                "huurwoningen vrij toe te wijzen; de gemeente legt in de huisvestingsverordening vast dat deze "
                "ruimte bij voorrang wordt ingezet voor mantelzorgers, jongeren met een lokale binding en "
                "huishoudens die na een scheiding met kinderen een woning zoeken."),
   y2025={}, y2026={})

_sh = ("Gemeente en Meerstad Wonen zorgen gezamenlijk voor de huisvesting van de vergunninghouders die volgens de "
       "door het Rijk opgelegde taakstelling aan Graafsmeer worden gekoppeld; voor {y} bedraagt de taakstelling "
       "{n} personen. Meerstad Wonen stelt daarvoor ten hoogste een kwart van de vrijkomende woningen beschikbaar.")
af("statushouders", [BB], rec=True,
   y2024=dict(mk="GC", g="2024", m="firm", q=[(58, "personen", "exact")], dl=(2024, "2024"), c=[],
              t=_sh.format(y=2024, n=58)),
   y2025=dict(g="2025", q=[(64, "personen", "exact")], dl=(2025, "2025"), st=("reworded", [], "external_figure"),
              t=_sh.format(y=2025, n=64)),
   y2026=dict(g="2026", q=[(49, "personen", "exact")], dl=(2026, "2026"), st=("reworded", [], "external_figure"),
              t=_sh.format(y=2026, n=49)))

af("uitstroom-bw", [BB, LB], rec=True,
   y2024=dict(mk="GC", g="jaarlijks", m="firm", q=[(12, "woningen", "min")], dl=None, c=[],
              t="Jaarlijks worden ten minste 12 woningen beschikbaar gesteld voor mensen die uitstromen uit "
                "beschermd wonen of de maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding "
                "gedurende ten minste het eerste jaar na de verhuizing."),
   y2025={},
   y2026=dict(q=[(16, "woningen", "min")], st=("strengthened", ["quantity"], None),
              t="Jaarlijks worden ten minste 16 woningen beschikbaar gesteld voor mensen die uitstromen uit "
                "beschermd wonen of de maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding "
                "gedurende ten minste het eerste jaar na de verhuizing."))

af("doorstroming-senioren", [BB],
   y2024=dict(mk="C12", g="Q4 2024", m="explore", q=[], dl=(2024, "Q4 2024"), c=[],
              t="Onderzoeken of een doorstroomregeling voor senioren kan worden ingevoerd, waarbij oudere huurders "
                "die een grote eengezinswoning achterlaten voorrang krijgen op een gelijkvloerse woning en hun "
                "huidige kale huur meenemen."),
   y2025=dict(mk="C", g="01-01-2025", m="firm", dl=(2025, "Per 1 januari 2025"),
              st=("strengthened", ["modality"], None),
              t="Per 1 januari 2025 wordt een doorstroomregeling voor senioren ingevoerd: oudere huurders die een "
                "grote eengezinswoning achterlaten, krijgen voorrang op een gelijkvloerse woning en nemen hun "
                "huidige kale huur mee."),
   y2026=dict(g="doorlopend", dl=None, st=("reworded", [], None),
              t="De doorstroomregeling voor senioren wordt voortgezet: oudere huurders die een grote "
                "eengezinswoning achterlaten, krijgen voorrang op een gelijkvloerse woning en nemen hun huidige "
                "kale huur mee."))

af("middenhuur", [BB],
   y2024=dict(mk="C", g="eind 2025", m="firm", q=[(30, "woningen", "exact")], dl=(2025, "eind 2025"), c=[],
              t="In het project Molenkwartier realiseert Meerstad Wonen 30 middenhuurwoningen met een huurprijs "
                "tot de bovengrens van de middenhuur, op te leveren eind 2025."),
   y2025=dict(g="medio 2026", dl=(2026, "medio 2026"), st=("weakened", ["deadline"], None),
              t="In het project Molenkwartier realiseert Meerstad Wonen 30 middenhuurwoningen met een huurprijs "
                "tot de bovengrens van de middenhuur, op te leveren medio 2026."),
   y2026=dict(g="eind 2026", q=[(24, "woningen", "exact")], dl=(2026, "eind 2026"),
              st=("weakened", ["quantity", "deadline"], None),
              t="In het project Molenkwartier realiseert Meerstad Wonen 24 middenhuurwoningen met een huurprijs "
                "tot de bovengrens van de middenhuur, op te leveren eind 2026."))

af("info-huurtoeslag", [BB],
   y2024=dict(mk="G12", g="Q2 2024", m="firm", q=[(2, "bijeenkomsten", "exact")], dl=(2024, "voorjaar van 2024"),
              c=[], t="In het voorjaar van 2024 organiseren de gemeente en de huurdersorganisaties twee "
                      "informatiebijeenkomsten over huurtoeslag, energietoeslag en kwijtschelding van gemeentelijke "
                      "belastingen."))

af("flexwonen", [BB],
   y2025=dict(mk="G", g="Q3 2025", m="explore", q=[], dl=(2025, "Q3 2025"), c=[], st=("new", [], None),
              t="De gemeente onderzoekt of op de locatie Sluisweg voor een periode van tien jaar tijdelijke "
                "woningen voor spoedzoekers kunnen worden geplaatst."),
   y2026=dict(mk="GC", g="01-10-2026", m="firm", q=[(40, "woningen", "exact")],
              dl=(2026, "vóór 1 oktober 2026"), st=("strengthened", ["modality"], None),
              t="Op de locatie Sluisweg worden vóór 1 oktober 2026 in totaal 40 tijdelijke woningen voor "
                "spoedzoekers geplaatst, voor een periode van tien jaar."))

af("woningdelen", [BB],
   y2026=dict(mk="C", g="Q2 2026", m="explore", q=[], dl=(2026, "Q2 2026"),
              c=["mits dit geen gevolgen heeft voor hun recht op huurtoeslag"], st=("new", [], None),
              t="Meerstad Wonen bekijkt de mogelijkheid om in grotere eengezinswoningen woningdelen door twee "
                "alleenstaanden toe te staan, mits dit geen gevolgen heeft voor hun recht op huurtoeslag."))

af("vroegsignalering", [BB, LB],
   y2024=dict(mk="GC", g="doorlopend", m="firm", q=[(2, "maanden", "exact"), (5, "dagen", "max")], dl=None, c=[],
              t="Huurders met een huurachterstand van twee maanden worden door Meerstad Wonen persoonlijk benaderd "
                "en, met hun toestemming, aangemeld bij het gemeentelijke team vroegsignalering, dat binnen vijf "
                "werkdagen contact opneemt."),
   y2025=dict(q=[(1, "maanden", "exact"), (5, "dagen", "max")], st=("strengthened", ["quantity"], None),
              t="Huurders met een huurachterstand van één maand worden door Meerstad Wonen persoonlijk benaderd "
                "en, met hun toestemming, aangemeld bij het gemeentelijke team vroegsignalering, dat binnen vijf "
                "werkdagen contact opneemt."),
   y2026={})

af("huisuitzettingen", [BB, LB],
   y2024=dict(mk="GC12", g="doorlopend", m="intent", q=[(3, "huisuitzettingen", "max")], dl=None, c=[],
              t="Partijen streven ernaar het aantal huisuitzettingen als gevolg van huurachterstand te beperken "
                "tot maximaal 3 per jaar; een ontruiming wordt pas aangevraagd nadat het wijkteam een huisbezoek "
                "heeft afgelegd."),
   y2025={},
   y2026=dict(m="firm", q=[(2, "huisuitzettingen", "max")], st=("strengthened", ["modality", "quantity"], None),
              t="Partijen zorgen ervoor dat het aantal huisuitzettingen als gevolg van huurachterstand niet hoger "
                "is dan 2 per jaar; een ontruiming wordt pas aangevraagd nadat het wijkteam een huisbezoek heeft "
                "afgelegd."))

# ---------------------------------------------------------------- duurzaamheid
af("label-efg", [DK],
   y2024=dict(mk="C", g="eind 2025", m="firm", q=[(140, "woningen", "exact"), (310, "woningen", "exact")],
              dl=(2025, "eind 2025"), c=[],
              t="In 2024 worden 140 van de nog resterende 310 woningen met energielabel E, F of G verbeterd naar "
                "ten minste label C, zodat uiterlijk eind 2025 geen woningen met deze labels meer in bezit zijn."),
   y2025=dict(q=[(170, "woningen", "exact")], st=("reworded", [], "progress"),
              t="In 2025 worden de resterende 170 woningen met energielabel E, F of G verbeterd naar ten minste "
                "label C, zodat uiterlijk eind 2025 geen woningen met deze labels meer in bezit zijn."))

af("gemiddeld-label", [DK],
   y2024=dict(mk="C", g="eind 2028", m="intent", q=[("B", "label", "exact")], dl=(2028, "eind 2028"), c=[],
              t="Meerstad Wonen heeft de ambitie dat haar woningbezit in Graafsmeer eind 2028 gemiddeld "
                "energielabel B heeft."),
   y2025=dict(q=[("C", "label", "exact")], st=("weakened", ["label"], None),
              t="Meerstad Wonen heeft de ambitie dat haar woningbezit in Graafsmeer eind 2028 gemiddeld "
                "energielabel C heeft."),
   y2026=dict(g="eind 2027", dl=(2027, "eind 2027"), st=("strengthened", ["deadline"], None),
              t="Meerstad Wonen heeft de ambitie dat haar woningbezit in Graafsmeer eind 2027 gemiddeld "
                "energielabel C heeft."))

af("vogelbuurt-renovatie", [DK, KW],
   y2024=dict(mk="C", g="eind 2025", m="firm", q=[(212, "woningen", "exact")], dl=(2025, "vóór eind 2025"), c=[],
              t="Uitvoeren van een renovatie met na-isolatie van gevel, dak en vloer en het aanbrengen van "
                "mechanische ventilatie in alle complexen van de Vogelbuurt (in totaal 212 woningen), gereed vóór "
                "eind 2025."),
   y2025=dict(q=[(96, "woningen", "exact")], st=("weakened", ["scope"], None),
              t="Uitvoeren van een renovatie met na-isolatie van gevel, dak en vloer en het aanbrengen van "
                "mechanische ventilatie in twee complexen van de Vogelbuurt (Merelhof en Spreeuwenhof, in totaal "
                "96 woningen), gereed vóór eind 2025."),
   y2026=dict(g="medio 2026", dl=(2026, "vóór medio 2026"), st=("weakened", ["deadline"], None),
              t="Uitvoeren van een renovatie met na-isolatie van gevel, dak en vloer en het aanbrengen van "
                "mechanische ventilatie in twee complexen van de Vogelbuurt (Merelhof en Spreeuwenhof, in totaal "
                "96 woningen), gereed vóór medio 2026."))

af("zonnepanelen", [DK],
   y2024=dict(mk="C", g="eind 2025", m="firm", q=[(300, "woningen", "min"), (70, "%", "min")], dl=(2025, "2025"),
              c=["indien financieel haalbaar", "na instemming van ten minste 70% van de bewoners per complex"],
              t="Op ten minste 300 eengezinswoningen worden in 2024 en 2025 zonnepanelen aangebracht, indien "
                "financieel haalbaar en na instemming van ten minste 70% van de bewoners per complex."),
   y2025=dict(c=["na instemming van ten minste 70% van de bewoners per complex"],
              st=("strengthened", ["condition"], None),
              t="Op ten minste 300 eengezinswoningen worden in 2024 en 2025 zonnepanelen aangebracht, na "
                "instemming van ten minste 70% van de bewoners per complex."),
   y2026={})

_ag = ("Partijen {v} om de wijk Oosterpolder vóór 2030 aardgasvrij te maken, in lijn met de transitievisie warmte, "
       "en betrekken de bewoners daar vanaf het begin bij.")
af("aardgasvrij", [DK],
   y2024=dict(mk="GC12", g="eind 2024", m="explore", q=[], dl=(2024, "in 2024"), c=[],
              t=_ag.format(v="verkennen in 2024 samen de mogelijkheden")),
   y2025=dict(g="1 juli 2025", m="firm", dl=(2025, "vóór 1 juli 2025"), st=("strengthened", ["modality"], None),
              t=_ag.format(v="stellen vóór 1 juli 2025 een wijkuitvoeringsplan op")),
   y2026=dict(g="1 april 2026", dl=(2026, "vóór 1 april 2026"), st=("weakened", ["deadline"], None),
              t=_ag.format(v="stellen vóór 1 april 2026 een wijkuitvoeringsplan op")))

_ec = ("De gemeente zet in {y} energiecoaches in die huurders met een laag inkomen gratis advies geven en kleine "
       "besparende maatregelen aanbrengen{c}; de huurdersorganisaties brengen dit aanbod actief onder de aandacht "
       "van hun achterban.")
af("energiecoaches", [DK, BB], rec=True,
   y2024=dict(mk="G12", g="2024", m="firm", q=[], dl=(2024, "in 2024"), c=[], t=_ec.format(y=2024, c="")),
   y2025=dict(g="2025", dl=(2025, "in 2025"), st=("reworded", [], "recurring_year"), t=_ec.format(y=2025, c="")),
   y2026=dict(g="2026", dl=(2026, "in 2026"),
              c=["voor zover de rijksmiddelen voor de aanpak van energiearmoede daarvoor toereikend zijn"],
              st=("weakened", ["condition"], None),
              t=_ec.format(y=2026, c=", voor zover de rijksmiddelen voor de aanpak van energiearmoede daarvoor "
                                     "toereikend zijn")))

af("klimaatadaptatie", [DK],
   y2024=dict(mk="GC", g="doorlopend", m="firm", q=[], dl=None, c=[],
              t="Bij groot onderhoud, renovatie en nieuwbouw worden maatregelen voor klimaatadaptatie getroffen, "
                "zoals het afkoppelen van hemelwater, het vergroenen van binnenterreinen en het aanleggen van "
                "groene daken op platte daken van complexen."),
   y2025={},
   y2026=dict(c=["waar mogelijk"], st=("weakened", ["condition"], None),
              t="Bij groot onderhoud, renovatie en nieuwbouw worden waar mogelijk maatregelen voor "
                "klimaatadaptatie getroffen, zoals het afkoppelen van hemelwater, het vergroenen van "
                "binnenterreinen en het aanleggen van groene daken op platte daken van complexen."))

af("warmtepomp", [DK],
   y2025=dict(mk="C12", g="eind 2025", m="firm", q=[(20, "woningen", "exact")], dl=(2025, "in 2025"), c=[],
              st=("new", [], None),
              t="In een pilot worden in 2025 in het complex Merelhof 20 woningen voorzien van een hybride "
                "warmtepomp; de ervaringen van de bewoners worden samen met de huurdersorganisaties geëvalueerd."),
   y2026=dict(g="eind 2026", q=[(96, "woningen", "exact")], dl=(2026, "In 2026"),
              st=("strengthened", ["scope", "quantity"], None),
              t="In 2026 worden alle 96 woningen in de complexen Merelhof en Spreeuwenhof voorzien van een "
                "hybride warmtepomp; de ervaringen van de bewoners worden samen met de huurdersorganisaties "
                "geëvalueerd."))

af("warmtenet", [DK],
   y2026=dict(mk="GC", g="Q3 2026", m="discuss", q=[(3, "complexen", "exact")], dl=None, c=[],
              st=("new", [], None),
              t="Gemeente en Meerstad Wonen gaan in gesprek met het warmtebedrijf over de aansluiting van de drie "
                "hoogbouwcomplexen aan de Ringvaartdijk op het warmtenet, waarbij de woonlasten van de huurders "
                "niet mogen stijgen."))

# ---------------------------------------------------------------- kwaliteit
af("vocht-schimmel", [KW],
   y2024=dict(mk="C", g="doorlopend", m="firm", q=[(10, "dagen", "max"), (6, "weken", "max")], dl=None, c=[],
              t="Meldingen van vocht en schimmel worden binnen 10 werkdagen na de melding ter plaatse "
                "geïnspecteerd, waarna Meerstad Wonen binnen 6 weken met de huurder een plan van aanpak bespreekt "
                "en uitvoert."),
   y2025=dict(q=[(5, "dagen", "max"), (6, "weken", "max")], st=("strengthened", ["quantity"], None),
              t="Meldingen van vocht en schimmel worden binnen 5 werkdagen na de melding ter plaatse "
                "geïnspecteerd, waarna Meerstad Wonen binnen 6 weken met de huurder een plan van aanpak bespreekt "
                "en uitvoert."),
   y2026=dict(st=("reworded", [], "same_figures"),
              t="Binnen 5 werkdagen na een melding van vocht of schimmel vindt een inspectie ter plaatse plaats; "
                "uiterlijk 6 weken daarna bespreekt Meerstad Wonen met de huurder een plan van aanpak, dat "
                "vervolgens wordt uitgevoerd."))

af("huurdersoordeel", [KW],
   y2024=dict(mk="C", g="doorlopend", m="firm", q=[(7.5, "rapportcijfer", "min")], dl=None, c=[],
              t="Meerstad Wonen zegt toe dat huurders het reparatieonderhoud gemiddeld met ten minste een 7,5 "
                "waarderen, gemeten via de doorlopende klanttevredenheidsmeting."),
   y2025=dict(m="intent", st=("weakened", ["modality"], None),
              t="Meerstad Wonen zet zich ervoor in dat huurders het reparatieonderhoud gemiddeld met ten minste "
                "een 7,5 waarderen, gemeten via de doorlopende klanttevredenheidsmeting."),
   y2026={})

af("inbraakpreventie", [KW],
   y2025=dict(mk="C", g="doorlopend", m="firm", q=[], dl=None, c=[], st=("new", [], None),
              t="Bij planmatig onderhoud worden alle woningen voorzien van inbraakwerende sloten en beslag die "
                "voldoen aan het Politiekeurmerk Veilig Wonen."),
   y2026={})

af("levensloop", [KW], rec=True,
   y2024=dict(mk="C", g="jaarlijks", m="firm", q=[(20, "woningen", "min")], dl=None, c=[],
              t="Jaarlijks worden ten minste 20 bestaande woningen levensloopbestendig gemaakt, onder meer door "
                "het verwijderen van drempels, het verbreden van deuren en het plaatsen van een douchezitje."),
   y2025={},
   y2026=dict(q=[(12, "woningen", "min")], st=("weakened", ["quantity"], None),
              t="Jaarlijks worden ten minste 12 bestaande woningen levensloopbestendig gemaakt, onder meer door "
                "het verwijderen van drempels, het verbreden van deuren en het plaatsen van een douchezitje."))

af("wmo-aanpassingen", [KW],
   y2024=dict(mk="GC", g="Q2 2024", m="discuss", q=[], dl=(2024, "Q2 2024"), c=[],
              t="De gemeente en Meerstad Wonen maken afspraken over de verdeling van de kosten van "
                "woningaanpassingen die via de Wmo worden aangevraagd en over het hergebruik van aangepaste "
                "woningen bij mutatie."),
   y2025=dict(g="doorlopend", m="firm", dl=None, st=("strengthened", ["modality"], None),
              t="De gemeente en Meerstad Wonen werken volgens de gemaakte afspraken over de verdeling van de kosten "
                "van woningaanpassingen die via de Wmo worden aangevraagd en over het hergebruik van aangepaste "
                "woningen bij mutatie."),
   y2026={})

af("geclusterd-wonen", [KW, BB],
   y2024=dict(mk="C", g="eind 2026", m="firm", q=[(24, "woningen", "min")], dl=(2026, "vóór eind 2026"), c=[],
              t="Meerstad Wonen realiseert vóór eind 2026 in Graafsmeer-Noord een geclusterde woonvorm voor ouderen "
                "met ten minste 24 zelfstandige woningen en een gemeenschappelijke ruimte, in samenwerking met een "
                "zorgaanbieder."),
   y2025=dict(m="explore", st=("weakened", ["modality"], None),
              t="Meerstad Wonen onderzoekt of vóór eind 2026 in Graafsmeer-Noord een geclusterde woonvorm voor "
                "ouderen met ten minste 24 zelfstandige woningen en een gemeenschappelijke ruimte kan worden "
                "gerealiseerd, in samenwerking met een zorgaanbieder."))

af("hofje-zorg", [KW, BB],
   y2026=dict(mk="GC", g="1 juli 2026", m="firm", q=[(16, "woningen", "exact")], dl=(2026, "vóór 1 juli 2026"),
              c=[], st=("new", [], None),
              t="Gemeente en Meerstad Wonen zoeken samen een geschikte locatie voor een hofje met 16 "
                "levensloopbestendige woningen voor ouderen met een lichte zorgvraag; de gemeente doet vóór "
                "1 juli 2026 een voorstel voor de locatie."))

af("brandveiligheid", [KW],
   y2024=dict(mk="C", g="Q3 2024", m="firm", q=[(3, "maanden", "max")], dl=(2024, "Q3 2024"), c=[],
              t="Uitvoeren van een brandveiligheidsscan in alle galerijflats en portiekflats van Meerstad Wonen, "
                "waarna gevonden gebreken binnen drie maanden worden hersteld."))

# ---------------------------------------------------------------- leefbaarheid
_lb = ("Meerstad Wonen stelt in {y} een leefbaarheidsbudget van € {b} beschikbaar voor onder meer buurtbeheer, "
       "kleine fysieke ingrepen en bewonersactiviteiten, binnen de wettelijke grenzen voor uitgaven aan "
       "leefbaarheid.")
af("leefbaarheidsbudget", [LB], rec=True,
   y2024=dict(mk="C", g="2024", m="firm", q=[(140000, "euro", "exact")], dl=(2024, "in 2024"), c=[],
              t=_lb.format(y=2024, b="140.000")),
   y2025=dict(g="2025", dl=(2025, "in 2025"), st=("reworded", [], "recurring_year"), t=_lb.format(y=2025, b="140.000")),
   y2026=dict(g="2026", q=[(165000, "euro", "exact")], dl=(2026, "in 2026"), st=("strengthened", ["quantity"], None),
              t=_lb.format(y=2026, b="165.000")))

af("wijkbeheerders", [LB],
   y2024=dict(mk="C", g="doorlopend", m="firm", q=[(3, "dagen per week", "min")], dl=None, c=[],
              t="In de wijken Oosterpolder en Molenbuurt zijn wijkbeheerders van Meerstad Wonen ten minste drie "
                "dagen per week zichtbaar aanwezig, met een vast spreekuur in het buurthuis."),
   y2025={},
   y2026=dict(st=("strengthened", ["scope"], None),
              t="In alle wijken van Graafsmeer met meer dan 300 huurwoningen van Meerstad Wonen zijn "
                "wijkbeheerders ten minste drie dagen per week zichtbaar aanwezig, met een vast spreekuur in het "
                "buurthuis."))

_co = ("Uiterlijk in het {k} kwartaal van {y} wordt een convenant woonoverlast opgesteld met politie, wijkteams en "
       "zorgpartners, waarin de rolverdeling bij ernstige overlast en de inzet van een zachte landing voor "
       "kwetsbare huurders worden vastgelegd.")
af("convenant-overlast", [LB],
   y2024=dict(mk="GC", g="Q3 2024", m="firm", q=[], dl=(2024, "derde kwartaal van 2024"), c=[],
              t=_co.format(k="derde", y=2024)),
   y2025=dict(g="Q1 2025", dl=(2025, "eerste kwartaal van 2025"), st=("weakened", ["deadline"], None),
              t=_co.format(k="eerste", y=2025)))

af("bewonersinitiatieven", [LB],
   y2024=dict(mk="GC", g="doorlopend", m="firm", q=[(30000, "euro", "exact"), (4, "weken", "max")], dl=None, c=[],
              t="De gemeente en Meerstad Wonen ondersteunen bewonersinitiatieven die bijdragen aan een schone, hele "
                "en veilige woonomgeving met een gezamenlijk budget van € 30.000, waarvan elk de helft draagt; "
                "aanvragen worden binnen vier weken beoordeeld."),
   y2025=dict(st=("reworded", [], "same_figures"),
              t="Voor bewonersinitiatieven die de woonomgeving schoon, heel en veilig houden, is een gezamenlijk "
                "budget van € 30.000 beschikbaar, dat gemeente en Meerstad Wonen ieder voor de helft vullen. "
                "Bewoners horen binnen vier weken na hun aanvraag of hun initiatief wordt ondersteund."),
   y2026={})

af("buurtkamer", [LB],
   y2024=dict(mk="C", g="Q4 2024", m="explore", q=[], dl=(2024, "Q4 2024"), c=[],
              t="Onderzoeken of in de Molenbuurt een buurtkamer kan worden ingericht in een leegstaande "
                "bedrijfsruimte van Meerstad Wonen, in samenwerking met de welzijnsorganisatie."))

af("ontmoeting-senioren", [LB],
   y2025=dict(mk="G12", g="doorlopend", m="firm", q=[(1, "keer per maand", "min")], dl=None, c=[],
              st=("new", [], None),
              t="In iedere wijk wordt samen met de welzijnsorganisatie ten minste eenmaal per maand een "
                "ontmoetingsmiddag voor oudere huurders georganiseerd om eenzaamheid tegen te gaan; de "
                "huurdersorganisaties helpen bij het werven van deelnemers."),
   y2026=dict(st=("weakened", ["scope"], None),
              t="In de wijken Molenbuurt en Oosterpolder wordt samen met de welzijnsorganisatie ten minste eenmaal "
                "per maand een ontmoetingsmiddag voor oudere huurders georganiseerd om eenzaamheid tegen te gaan; "
                "de huurdersorganisaties helpen bij het werven van deelnemers."))

af("huisbezoeken", [LB, KW], rec=True,
   y2024=dict(mk="C", g="jaarlijks", m="firm", q=[(300, "huishoudens", "min")], dl=None, c=[],
              t="Meerstad Wonen legt jaarlijks bij ten minste 300 huishoudens van 75 jaar en ouder een huisbezoek "
                "af om de woonsituatie, de veiligheid in huis en eventuele zorgen over eenzaamheid te bespreken."),
   y2025=dict(st=("reworded", [], "same_figures"),
              t="Jaarlijks bezoekt Meerstad Wonen ten minste 300 huishoudens van 75 jaar en ouder thuis, waarbij "
                "de woonsituatie, de veiligheid in huis en eventuele zorgen over eenzaamheid aan de orde komen."),
   y2026={})

# ---------------------------------------------------------------- proces
af("monitoring", [OV], rec=True,
   y2024=dict(mk="GC12", g="mei, nov.", m="firm", q=[(2, "keer per jaar", "exact")], dl=None, c=[],
              t="Partijen bespreken de voortgang van deze afspraken twee keer per jaar, in mei en november, aan de "
                "hand van een gezamenlijke monitor die Meerstad Wonen aanlevert."),
   y2025={},
   y2026=dict(g="november", q=[(1, "keer per jaar", "exact")], st=("weakened", ["quantity"], None),
              t="Partijen bespreken de voortgang van deze afspraken eenmaal per jaar, in november, aan de hand van "
                "een gezamenlijke monitor die Meerstad Wonen aanlevert."))

_bo = ("Meerstad Wonen stuurt vóór 1 juli {y} haar overzicht van voorgenomen werkzaamheden (het bod) voor de jaren "
       "{a} tot en met {b} aan de gemeente en aan beide huurdersorganisaties.")
af("bod", [OV], rec=True,
   y2024=dict(mk="C", g="1 juli 2024", m="firm", q=[], dl=(2024, "vóór 1 juli 2024"), c=[],
              t=_bo.format(y=2024, a=2025, b=2029)),
   y2025=dict(g="1 juli 2025", dl=(2025, "vóór 1 juli 2025"), st=("reworded", [], "recurring_year"),
              t=_bo.format(y=2025, a=2026, b=2030)),
   y2026=dict(g="1 juli 2026", dl=(2026, "vóór 1 juli 2026"), st=("reworded", [], "recurring_year"),
              t=_bo.format(y=2026, a=2027, b=2031)))

af("ondersteuning-ho", [OV], rec=True,
   y2024=dict(mk="GC", g="jaarlijks", m="firm", q=[(7500, "euro", "exact")], dl=None, c=[],
              t="De gemeente en Meerstad Wonen stellen elk van beide huurdersorganisaties jaarlijks een bijdrage "
                "van € 7.500 beschikbaar voor scholing, onafhankelijk advies en communicatie met de achterban."),
   y2025=dict(q=[(9000, "euro", "exact")], c=["onder voorbehoud van vaststelling van de gemeentelijke begroting"],
              st=("modified", ["quantity", "condition"], None),
              t="De gemeente en Meerstad Wonen stellen elk van beide huurdersorganisaties jaarlijks een bijdrage "
                "van € 9.000 beschikbaar voor scholing, onafhankelijk advies en communicatie met de achterban, "
                "onder voorbehoud van vaststelling van de gemeentelijke begroting."),
   y2026={})

af("woonvisie", [OV],
   y2024=dict(mk="G", g="eind 2024", m="firm", q=[(2, "werksessies", "min")], dl=(2024, "in 2024"), c=[],
              t="De gemeente actualiseert in 2024 de woonvisie, waarbij beide huurdersorganisaties en Meerstad "
                "Wonen in een vroeg stadium worden betrokken via ten minste twee werksessies."),
   y2025=dict(g="medio 2025", dl=(2025, "uiterlijk medio 2025"), st=("weakened", ["deadline"], None),
              t="De gemeente actualiseert uiterlijk medio 2025 de woonvisie, waarbij beide huurdersorganisaties en "
                "Meerstad Wonen in een vroeg stadium worden betrokken via ten minste twee werksessies."),
   y2026=dict(g="Q1 2026", dl=(2026, "in het eerste kwartaal van 2026"), st=("weakened", ["deadline"], None),
              t="De gemeente legt de geactualiseerde woonvisie in het eerste kwartaal van 2026 ter vaststelling "
                "aan de gemeenteraad voor, nadat beide huurdersorganisaties en Meerstad Wonen in ten minste twee "
                "werksessies zijn betrokken."))

af("geschillen", [OV],
   y2024=dict(mk="GC12", g="doorlopend", m="firm", q=[], dl=None, c=[],
              t="Ontstaat tussen partijen een verschil van inzicht over de uitleg of de uitvoering van deze "
                "afspraken, dan gaan zij eerst met elkaar in gesprek; leidt dat niet tot een oplossing, dan kan "
                "ieder van hen het geschil voorleggen aan de landelijke commissie voor geschillen over "
                "prestatieafspraken."),
   y2025={}, y2026={})

af("delegatie", [OV],
   y2024=dict(mk="12", g="eind 2024", m="explore", q=[], dl=(2024, "eind 2024"), c=[],
              t="Huurdersbelang Graafsmeer en Huurdersvereniging Ringvaart verkennen hoe zij vanaf 2025 met één "
                "gezamenlijke delegatie aan het tripartiete overleg kunnen deelnemen."),
   y2025=dict(g="doorlopend", m="firm", dl=None, st=("strengthened", ["modality"], None),
              t="Huurdersbelang Graafsmeer en Huurdersvereniging Ringvaart nemen met ingang van 2025 met één "
                "gezamenlijke delegatie deel aan het tripartiete overleg."),
   y2026={})
