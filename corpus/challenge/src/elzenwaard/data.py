# -*- coding: utf-8 -*-
"""Content source for the elzenwaard family (fictional). Party codes: G gemeente, C corporatie,
H huurdersorganisatie, P partijen (merged row)."""

GEMEENTE = "Elzenwaard"
CORP = "Woonstichting Beekhorst"
HUURDERS = "Huurdersvereniging De Sleutelbos"
PARTY_COL = {"G": "Gemeente", "C": CORP, "H": HUURDERS}
ROLE = {"G": "gemeente", "C": "corporatie", "H": "huurdersorganisatie", "P": "partijen"}

BB, DK, KW, LB, OV = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                      "leefbaarheid", "overig")

# chapter code -> title per year
CHAPTERS = {
    "B": {2024: "Betaalbaar en beschikbaar wonen", 2025: "Betaalbaar en beschikbaar wonen",
          2026: "Betaalbaar en beschikbaar wonen"},
    "D": {2024: "Duurzaamheid en energietransitie", 2025: "Duurzaamheid en energietransitie",
          2026: "Duurzaamheid en energietransitie"},
    "K": {2024: "Kwaliteit en wonen met zorg", 2025: "Kwaliteit en wonen met zorg",
          2026: "Kwaliteit en wonen met zorg"},
    "L": {2024: "Leefbare wijken", 2025: "Prettig wonen in de wijk", 2026: "Prettig wonen in de wijk"},
    "S": {2024: "Samenwerking en monitoring", 2025: "Samenwerking en monitoring",
          2026: "Samenwerking en monitoring"},
}
CHAPTER_ORDER = ["B", "D", "K", "L", "S"]

CONDITIONS = ["onder voorbehoud van een onherroepelijke omgevingsvergunning", "mits de woonlasten voor huurders niet stijgen",
              "indien de subsidie uit de regeling SVOH wordt toegekend", "voor zover de capaciteit van het team schuldhulpverlening dit toelaat",
              "indien de vraag daartoe aanleiding geeft", "waar mogelijk"]

SAME = "SAME"

def q(*items):
    out = []
    for it in items:
        v, u, c = it[:3]
        out.append({"value": v, "unit": u, "comparator": c, "value_max": it[3] if len(it) > 3 else None})
    return out

# Each entry: key, party, themes, chapter, topic, {year: dict(text, mod, q, dl, rec) or SAME},
#             links {new_year: (status, kinds, hard_negative)}, optional moves {year: (chapter, topic)}
E = []
def A(key, party, themes, ch, topic, years, links=None, moves=None):
    E.append(dict(key=key, party=party, themes=themes, ch=ch, topic=topic, years=years,
                  links=links or {}, moves=moves or {}))

def T(text, mod="firm", qs=None, dl=None, rec=False):
    return dict(text=text, mod=mod, q=qs or [], dl=dl, rec=rec)

# ---------------------------------------------------------------- B
A("nb-corp", "C", [BB], "B", "Nieuwbouw", {
  2024: T("Realiseert in 2024 ten minste 85 sociale huurwoningen, waarvan 40 in het plan Molenakker en 45 aan de Elzenkade. Start daarnaast de bouw van 60 sociale huurwoningen in de Vaartzone.",
          qs=q((85, "woningen", "min"), (60, "woningen", "exact")), dl=(2024, "in 2024"), rec=True),
  2025: T("Realiseert in 2025 ten minste 70 sociale huurwoningen, waaronder 45 woningen aan de Elzenkade. Start de bouw van 60 sociale huurwoningen in de Vaartzone, onder voorbehoud van een onherroepelijke omgevingsvergunning.",
          qs=q((70, "woningen", "min"), (60, "woningen", "exact")), dl=(2025, "in 2025"), rec=True),
  2026: T("Realiseert in 2026 ten minste 90 sociale huurwoningen, waarvan 60 in de Vaartzone en 30 in het plan Molenakker fase 2. De bouw van de Vaartzone is in 2025 gestart.",
          qs=q((90, "woningen", "min")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("weakened", ["quantity", "condition"], None), 2026: ("strengthened", ["quantity", "condition"], None)})
A("nb-gem", "G", [BB], "B", "Nieuwbouw", {
  2024: T("Stelt in 2024 bouwgrond voor ten minste 50 sociale huurwoningen beschikbaar tegen een sociale grondprijs en zorgt voor een doorlooptijd van de vergunningprocedure van maximaal 26 weken.",
          qs=q((50, "woningen", "min"), (26, "weken", "max")), dl=(2024, "in 2024"), rec=True),
  2025: T("Stelt in 2025 bouwgrond voor ten minste 50 sociale huurwoningen beschikbaar tegen een sociale grondprijs en streeft naar een doorlooptijd van de vergunningprocedure van maximaal 26 weken.",
          qs=q((50, "woningen", "min"), (26, "weken", "max")), dl=(2025, "in 2025"), rec=True),
  2026: T("Stelt in 2026 bouwgrond voor ten minste 50 sociale huurwoningen beschikbaar tegen een sociale grondprijs en streeft naar een doorlooptijd van de vergunningprocedure van maximaal 26 weken.",
          qs=q((50, "woningen", "min"), (26, "weken", "max")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("weakened", ["modality"], None), 2026: ("reworded", [], "recurring_year")})
A("nb-huurders", "H", [BB, KW], "B", "Nieuwbouw", {
  2024: T("Wordt bij elk nieuwbouwproject van Beekhorst vóór de definitieve ontwerpfase betrokken en geeft gevraagd en ongevraagd advies over de plattegronden en de te verwachten woonlasten."),
  2025: SAME,
  2026: T("Wordt bij nieuwbouwprojecten van Beekhorst met meer dan 20 woningen vóór de definitieve ontwerpfase betrokken en geeft gevraagd en ongevraagd advies over de plattegronden en de te verwachten woonlasten.",
          qs=q((20, "woningen", "min")))},
  {2025: ("unchanged", [], None), 2026: ("weakened", ["scope"], None)})
A("nb-partijen", "P", [BB], "B", "Regionale woondeal", {
  2024: T("Partijen maken in 2024 afspraken over de verdeling van de sociale huurwoningen uit de regionale woondeal over de kernen van Elzenwaard, waarbij ten minste 30% van de nieuwbouw in de sociale huur wordt gerealiseerd.",
          mod="discuss", qs=q((30, "%", "min")), dl=(2024, "in 2024")),
  2025: T("Partijen werken volgens de in 2024 gemaakte afspraken over de verdeling van de sociale huurwoningen uit de regionale woondeal over de kernen van Elzenwaard, waarbij ten minste 30% van de nieuwbouw in de sociale huur wordt gerealiseerd.",
          qs=q((30, "%", "min"))),
  2026: SAME},
  {2025: ("strengthened", ["modality"], None), 2026: ("unchanged", [], None)})
A("verkoop-corp", "C", [BB], "B", "Verkoop en liberalisatie", {
  2024: T("Verkoopt in 2024 maximaal 15 woningen uit de sociale voorraad en liberaliseert maximaal 10 woningen bij mutatie. Verkochte woningen worden bij voorrang aangeboden aan starters met een binding aan Elzenwaard.",
          qs=q((15, "woningen", "max"), (10, "woningen", "max")), dl=(2024, "in 2024"), rec=True),
  2025: T("Verkoopt in 2025 maximaal 10 woningen uit de sociale voorraad en liberaliseert geen woningen. Verkochte woningen worden bij voorrang aangeboden aan starters met een binding aan Elzenwaard.",
          qs=q((10, "woningen", "max"), (0, "woningen", "max")), dl=(2025, "in 2025"), rec=True),
  2026: T("Verkoopt in 2026 maximaal 10 woningen uit de sociale voorraad en liberaliseert geen woningen. Verkochte woningen worden bij voorrang aangeboden aan starters met een binding aan Elzenwaard.",
          qs=q((10, "woningen", "max"), (0, "woningen", "max")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})
A("huur-corp", "C", [BB], "B", "Huurbeleid", {
  2024: T("Beperkt de gemiddelde huurverhoging per 1 juli 2024 voor de sociale huurwoningen tot maximaal de inflatie en past geen inkomensafhankelijke huurverhoging toe.",
          dl=(2024, "per 1 juli 2024"), rec=True),
  2025: T("Beperkt de gemiddelde huurverhoging per 1 juli 2025 voor de sociale huurwoningen tot ten minste 0,5% onder de inflatie en past geen inkomensafhankelijke huurverhoging toe.",
          qs=q((0.5, "%", "min")), dl=(2025, "per 1 juli 2025"), rec=True),
  2026: T("Beperkt de gemiddelde huurverhoging per 1 juli 2026 voor de sociale huurwoningen tot ten minste 0,5% onder de inflatie en past geen inkomensafhankelijke huurverhoging toe.",
          qs=q((0.5, "%", "min")), dl=(2026, "per 1 juli 2026"), rec=True)},
  {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})
A("huur-gem", "G", [BB], "B", "Huurbeleid", {
  2024: T("Voert in 2024 in samenwerking met Beekhorst een campagne uit om het niet-gebruik van de huurtoeslag en andere inkomensregelingen onder huurders terug te dringen.",
          dl=(2024, "in 2024")),
  2025: T("Gaat na of een vervolg op de campagne uit 2024 over het niet-gebruik van de huurtoeslag en andere inkomensregelingen onder huurders zinvol is.",
          mod="explore")},
  {2025: ("weakened", ["modality"], None), 2026: ("dropped", [], None)})
A("huur-huurders", "H", [BB, OV], "B", "Huurbeleid", {
  2024: T("Brengt vóór 1 maart 2024 een schriftelijk advies uit over het huurvoorstel van Beekhorst en betrekt daarbij de bewonerscommissies.",
          dl=(2024, "vóór 1 maart 2024"), rec=True),
  2025: T("Brengt vóór 1 maart 2025 een schriftelijk advies uit over het huurvoorstel van Beekhorst en betrekt daarbij de bewonerscommissies.",
          dl=(2025, "vóór 1 maart 2025"), rec=True),
  2026: T("Brengt vóór 15 februari 2026 een schriftelijk advies uit over het huurvoorstel van Beekhorst en betrekt daarbij de bewonerscommissies.",
          dl=(2026, "vóór 15 februari 2026"), rec=True)},
  {2025: ("reworded", [], "recurring_year"), 2026: ("strengthened", ["deadline"], None)})
A("toew-gem", "G", [BB], "B", "Toewijzing", {
  2024: T("Onderzoekt in 2024 of in de huisvestingsverordening een voorrangsregeling kan worden opgenomen voor senioren die een grote eengezinswoning achterlaten.",
          mod="explore", dl=(2024, "in 2024")),
  2025: T("Neemt per 1 januari 2025 in de huisvestingsverordening een voorrangsregeling op voor senioren die een grote eengezinswoning achterlaten.",
          dl=(2025, "per 1 januari 2025"))},
  {2025: ("strengthened", ["modality"], None), 2026: ("dropped", [], None)})
A("toew-evaluatie-gem", "G", [BB], "B", "Toewijzing", {
  2026: T("Evalueert in 2026 de werking van de voorrangsregeling voor doorstromende senioren en bespreekt de uitkomsten met Beekhorst en De Sleutelbos in het bestuurlijk overleg.",
          dl=(2026, "in 2026"))},
  {2026: ("new", [], None)})
A("inkomens-partijen", "P", [BB], "B", "Inkomensgrenzen", {
  2024: T("Partijen hanteren bij het passend toewijzen de door het Rijk per 1 januari 2024 vastgestelde inkomensgrenzen van € 32.800 voor eenpersoonshuishoudens en € 44.550 voor meerpersoonshuishoudens (prijspeil 2024).",
          qs=q((32800, "euro", "max"), (44550, "euro", "max")), rec=True),
  2025: T("Partijen hanteren bij het passend toewijzen de door het Rijk per 1 januari 2025 vastgestelde inkomensgrenzen van € 33.425 voor eenpersoonshuishoudens en € 45.400 voor meerpersoonshuishoudens (prijspeil 2025).",
          qs=q((33425, "euro", "max"), (45400, "euro", "max")), rec=True),
  2026: T("Partijen hanteren bij het passend toewijzen de door het Rijk per 1 januari 2026 vastgestelde inkomensgrenzen van € 34.175 voor eenpersoonshuishoudens en € 46.425 voor meerpersoonshuishoudens (prijspeil 2026).",
          qs=q((34175, "euro", "max"), (46425, "euro", "max")), rec=True)},
  {2025: ("reworded", [], "indexed_amount"), 2026: ("reworded", [], "indexed_amount")})
A("wachttijd-partijen", "P", [BB], "B", "Wachttijd", {
  2024: T("Partijen streven naar een gemiddelde inschrijfduur van maximaal 4 jaar voor een sociale huurwoning in Elzenwaard.",
          mod="intent", qs=q((4, "jaar", "max"))),
  2025: T("Partijen streven naar een gemiddelde inschrijfduur van maximaal 5 jaar voor een sociale huurwoning in Elzenwaard.",
          mod="intent", qs=q((5, "jaar", "max"))),
  2026: SAME},
  {2025: ("weakened", ["quantity"], None), 2026: ("unchanged", [], None)})
A("doelgr-gem", "G", [BB], "B", "Bijzondere doelgroepen", {
  2024: T("Huisvest in 2024 de door het Rijk vastgestelde taakstelling van 38 vergunninghouders en zorgt voor maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
          qs=q((38, "vergunninghouders", "exact")), dl=(2024, "in 2024"), rec=True),
  2025: T("Huisvest in 2025 de door het Rijk vastgestelde taakstelling van 44 vergunninghouders en zorgt voor maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
          qs=q((44, "vergunninghouders", "exact")), dl=(2025, "in 2025"), rec=True),
  2026: T("Huisvest in 2026 de door het Rijk vastgestelde taakstelling van 41 vergunninghouders en zorgt voor maatschappelijke begeleiding gedurende het eerste jaar na vestiging.",
          qs=q((41, "vergunninghouders", "exact")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("reworded", [], "external_figure"), 2026: ("reworded", [], "external_figure")})
A("doelgr-corp", "C", [BB, LB], "B", "Bijzondere doelgroepen", {
  2024: T("Stelt jaarlijks ten minste 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, steeds in combinatie met begeleiding door een zorgaanbieder.",
          qs=q((12, "woningen", "min")), rec=True),
  2025: T("Stelt jaarlijks ten minste 15 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, steeds in combinatie met begeleiding door een zorgaanbieder.",
          qs=q((15, "woningen", "min")), rec=True),
  2026: SAME},
  {2025: ("strengthened", ["quantity"], None), 2026: ("unchanged", [], None)})
A("doelgr-huurders", "H", [LB, BB], "B", "Bijzondere doelgroepen", {
  2025: T("Organiseert samen met het wijkteam twee keer per jaar een welkomstbijeenkomst voor nieuwe huurders die vanuit een instelling zelfstandig zijn gaan wonen.",
          qs=q((2, "keer per jaar", "exact")), rec=True),
  2026: SAME},
  {2025: ("new", [], None), 2026: ("unchanged", [], None)})
A("achter-corp", "C", [BB], "B", "Huurachterstanden", {
  2024: T("Neemt uiterlijk bij 2 maanden huurachterstand persoonlijk contact op met de huurder en meldt de achterstand met toestemming van de huurder bij de gemeentelijke schuldhulpverlening.",
          qs=q((2, "maanden", "max"))),
  2025: T("Neemt uiterlijk bij 1 maand huurachterstand persoonlijk contact op met de huurder en meldt de achterstand via het convenant vroegsignalering bij de gemeentelijke schuldhulpverlening.",
          qs=q((1, "maanden", "max"))),
  2026: SAME},
  {2025: ("strengthened", ["quantity"], None), 2026: ("unchanged", [], None)})
A("achter-gem", "G", [BB], "B", "Huurachterstanden", {
  2024: T("Biedt na iedere melding vanuit de vroegsignalering binnen 5 werkdagen een gesprek met een schuldhulpverlener aan.",
          qs=q((5, "werkdagen", "max"))),
  2025: SAME,
  2026: T("Biedt na iedere melding vanuit de vroegsignalering binnen 10 werkdagen een gesprek met een schuldhulpverlener aan, voor zover de capaciteit van het team schuldhulpverlening dit toelaat.",
          qs=q((10, "werkdagen", "max")))},
  {2025: ("unchanged", [], None), 2026: ("weakened", ["quantity", "condition"], None)})
A("achter-partijen", "P", [BB, LB], "B", "Voorkomen van huisuitzettingen", {
  2024: T("Partijen zetten zich gezamenlijk in om huisuitzettingen wegens huurachterstand te voorkomen; het aantal ontruimingen op grond van uitsluitend huurachterstand bedraagt in 2024 niet meer dan 3.",
          mod="intent", qs=q((3, "ontruimingen", "max")), dl=(2024, "in 2024"), rec=True),
  2025: T("Partijen zetten zich gezamenlijk in om huisuitzettingen wegens huurachterstand te voorkomen; in 2025 vindt geen enkele ontruiming plaats op grond van uitsluitend huurachterstand.",
          mod="intent", qs=q((0, "ontruimingen", "max")), dl=(2025, "in 2025"), rec=True),
  2026: T("Partijen zetten zich gezamenlijk in om huisuitzettingen wegens huurachterstand te voorkomen; in 2026 vindt geen enkele ontruiming plaats op grond van uitsluitend huurachterstand.",
          mod="intent", qs=q((0, "ontruimingen", "max")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("strengthened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})

# ---------------------------------------------------------------- D
A("label-efg-corp", "C", [DK], "D", "Energielabels", {
  2024: T("Verbetert in 2024 de laatste 64 woningen met energielabel E, F of G, zodat eind 2024 geen woningen met deze labels meer in het bezit zijn.",
          qs=q((64, "woningen", "exact")), dl=(2024, "eind 2024")),
  2025: T("Verbetert de resterende 22 woningen met energielabel E, F of G, zodat uiterlijk medio 2025 geen woningen met deze labels meer in het bezit zijn.",
          qs=q((22, "woningen", "exact")), dl=(2025, "medio 2025"))},
  {2025: ("weakened", ["deadline"], None), 2026: ("dropped", [], None)})
A("hybride-corp", "C", [DK], "D", "Energielabels", {
  2026: T("Plaatst in 2026 bij ten minste 100 woningen met een verouderde cv-ketel een hybride warmtepomp op het natuurlijke vervangingsmoment.",
          qs=q((100, "woningen", "min")), dl=(2026, "in 2026"))},
  {2026: ("new", [], None)})
A("labelambitie-partijen", "P", [DK], "D", "Labelambitie", {
  2024: T("Partijen streven ernaar dat het woningbezit van Beekhorst in Elzenwaard in 2028 gemiddeld energielabel B heeft, in lijn met de transitievisie warmte en de Nationale Prestatieafspraken.",
          mod="intent", qs=q(("B", "label", "min")), dl=(2028, "in 2028")),
  2025: T("Partijen streven ernaar dat het woningbezit van Beekhorst in Elzenwaard in 2028 gemiddeld energielabel C heeft, in lijn met de transitievisie warmte en de Nationale Prestatieafspraken.",
          mod="intent", qs=q(("C", "label", "min")), dl=(2028, "in 2028")),
  2026: T("Het woningbezit van Beekhorst in Elzenwaard heeft uiterlijk in 2028 gemiddeld energielabel B; Beekhorst neemt de daarvoor benodigde maatregelen op in het meerjarig onderhoudsprogramma.",
          qs=q(("B", "label", "min")), dl=(2028, "uiterlijk in 2028"))},
  {2025: ("weakened", ["label"], None), 2026: ("strengthened", ["label", "modality"], None)})
A("isol-corp", "C", [DK], "D", "Verduurzamingsprogramma", {
  2024: T("Verduurzaamt in 2024 ten minste 180 woningen naar minimaal label B, onder meer in de complexen Bremstraat, Lisdodde en Kastanjehof.",
          qs=q((180, "woningen", "min")), dl=(2024, "in 2024"), rec=True),
  2025: T("Verduurzaamt in 2025 ten minste 220 woningen naar minimaal label B, onder meer in de complexen Lisdodde, Kastanjehof en Wilgenrode.",
          qs=q((220, "woningen", "min")), dl=(2025, "in 2025"), rec=True),
  2026: T("Verduurzaamt in 2026 ten minste 200 woningen naar minimaal label B, indien de subsidie uit de regeling SVOH wordt toegekend.",
          qs=q((200, "woningen", "min")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("strengthened", ["quantity"], None), 2026: ("weakened", ["quantity", "condition"], None)})
A("warmte-gem", "G", [DK], "D", "Warmtetransitie", {
  2024: T("Stelt vóór 1 oktober 2024 het uitvoeringsplan voor de wijk Hoge Weide vast, waarin de keuze voor een collectief warmtenet en de planning per buurt worden uitgewerkt.",
          dl=(2024, "vóór 1 oktober 2024")),
  2025: T("Stelt uiterlijk in het tweede kwartaal van 2026 het uitvoeringsplan voor de wijk Hoge Weide vast, waarin de keuze voor een collectief warmtenet en de planning per buurt worden uitgewerkt.",
          dl=(2026, "uiterlijk in het tweede kwartaal van 2026")),
  2026: T("Stelt uiterlijk 1 maart 2026 het uitvoeringsplan voor de wijk Hoge Weide vast, waarin de keuze voor een collectief warmtenet en de planning per buurt worden uitgewerkt.",
          dl=(2026, "uiterlijk 1 maart 2026"))},
  {2025: ("weakened", ["deadline"], None), 2026: ("strengthened", ["deadline"], None)})
A("warmte-corp", "C", [DK, BB], "D", "Warmtetransitie", {
  2024: T("Sluit de 120 woningen in Hoge Weide aan op het nieuwe warmtenet, mits de woonlasten voor huurders niet stijgen.",
          qs=q((120, "woningen", "exact"))),
  2025: T("Onderzoekt of de 120 woningen in Hoge Weide op het warmtenet kunnen worden aangesloten, mits de woonlasten voor huurders niet stijgen.",
          mod="explore", qs=q((120, "woningen", "exact"))),
  2026: T("Sluit in 2027 de 120 woningen in Hoge Weide aan op het warmtenet, mits de woonlasten voor huurders niet stijgen.",
          qs=q((120, "woningen", "exact")), dl=(2027, "in 2027"))},
  {2025: ("weakened", ["modality"], None), 2026: ("strengthened", ["modality"], None)})
A("pv-corp", "C", [DK, BB], "D", "Zonnepanelen", {
  2024: T("Plaatst in 2024 zonnepanelen op 150 grondgebonden woningen, zonder extra kosten voor de betreffende huurders.",
          qs=q((150, "woningen", "exact"), (0, "euro", "max")), dl=(2024, "in 2024"), rec=True),
  2025: T("Plaatst in 2025 zonnepanelen op 150 grondgebonden woningen, tegen een maandelijkse vergoeding van maximaal € 7,50 voor de betreffende huurders.",
          qs=q((150, "woningen", "exact"), (7.5, "euro", "max")), dl=(2025, "in 2025"), rec=True),
  2026: T("Plaatst in 2026 zonnepanelen op 150 grondgebonden woningen, tegen een maandelijkse vergoeding van maximaal € 7,50 voor de betreffende huurders.",
          qs=q((150, "woningen", "exact"), (7.5, "euro", "max")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("weakened", ["quantity"], None), 2026: ("reworded", [], "recurring_year")})
A("ea-gem", "G", [DK, BB], "D", "Energiearmoede", {
  2024: T("Zet in 2024 vijf energiecoaches in die huishoudens met hoge energielasten in alle wijken van Elzenwaard aan huis bezoeken en kleine besparende maatregelen aanbrengen.",
          qs=q((5, "energiecoaches", "exact")), dl=(2024, "in 2024"), rec=True),
  2025: T("Zet in 2025 vijf energiecoaches in die huishoudens met hoge energielasten in de wijken Hoge Weide en Stationskwartier aan huis bezoeken en kleine besparende maatregelen aanbrengen.",
          qs=q((5, "energiecoaches", "exact")), dl=(2025, "in 2025"), rec=True),
  2026: T("Zet in 2026 vijf energiecoaches in die huishoudens met hoge energielasten in alle wijken van Elzenwaard aan huis bezoeken en kleine besparende maatregelen aanbrengen.",
          qs=q((5, "energiecoaches", "exact")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("weakened", ["scope"], None), 2026: ("strengthened", ["scope"], None)})
A("ea-huurders", "H", [DK], "D", "Energiearmoede", {
  2024: T("Werft vrijwillige energieambassadeurs onder de huurders en organiseert ten minste 4 keer per jaar een energiecafé in een van de buurthuizen.",
          qs=q((4, "keer per jaar", "min")), rec=True),
  2025: SAME,
  2026: T("Werft vrijwillige energieambassadeurs onder de huurders en organiseert ten minste 6 keer per jaar een energiecafé in een van de buurthuizen.",
          qs=q((6, "keer per jaar", "min")), rec=True)},
  {2025: ("unchanged", [], None), 2026: ("strengthened", ["quantity"], None)})
A("klimaat-partijen", "P", [DK], "D", "Klimaatadaptatie", {
  2024: T("Partijen brengen in 2024 gezamenlijk in beeld in welke complexen hittestress en wateroverlast het grootst zijn en bespreken op basis daarvan welke maatregelen nodig zijn.",
          mod="discuss", dl=(2024, "in 2024"))},
  {2025: ("dropped", [], None)})
A("klimaat-corp", "C", [DK], "D", "Klimaatadaptatie", {
  2025: T("Vervangt in de periode 2025-2027 bij 90 woningen met een tuin de verharding waar mogelijk door groen en koppelt de regenpijpen af van het riool.",
          qs=q((90, "woningen", "exact")), dl=(2027, "in de periode 2025-2027")),
  2026: T("Vervangt in de periode 2025-2027 bij de resterende 60 woningen met een tuin de verharding waar mogelijk door groen en koppelt de regenpijpen af van het riool.",
          qs=q((60, "woningen", "exact")), dl=(2027, "in de periode 2025-2027"))},
  {2025: ("new", [], None), 2026: ("reworded", [], "progress")})

# ---------------------------------------------------------------- K
A("ond-corp", "C", [KW], "K", "Onderhoud", {
  2024: T("Verhelpt spoedreparaties binnen 24 uur en voert overige reparatieverzoeken binnen 10 werkdagen uit.",
          qs=q((24, "uur", "max"), (10, "werkdagen", "max"))),
  2025: T("Voert spoedreparaties binnen 24 uur uit; overige reparatieverzoeken worden binnen 10 werkdagen afgehandeld.",
          qs=q((24, "uur", "max"), (10, "werkdagen", "max"))),
  2026: SAME},
  {2025: ("reworded", [], "same_figures"), 2026: ("unchanged", [], None)})
A("vocht-corp", "C", [KW], "K", "Vocht en schimmel", {
  2024: T("Legt bij iedere melding van vocht of schimmel binnen 5 werkdagen een huisbezoek af en start binnen 4 weken na de melding met het herstel.",
          qs=q((5, "werkdagen", "max"), (4, "weken", "max"))),
  2025: T("Brengt na iedere melding van vocht of schimmel binnen 5 werkdagen een huisbezoek en begint uiterlijk 4 weken na de melding met de herstelwerkzaamheden.",
          qs=q((5, "werkdagen", "max"), (4, "weken", "max"))),
  2026: SAME},
  {2025: ("reworded", [], "same_figures"), 2026: ("unchanged", [], None)})
A("vocht-gem", "G", [KW], "K", "Vocht en schimmel", {
  2024: T("Zorgt ervoor dat huurders met gezondheidsklachten door vocht of schimmel via de GGD een binnenmilieuonderzoek kunnen laten uitvoeren.")},
  {2025: ("dropped", [], None)})
A("zorg-corp", "C", [KW], "K", "Wonen en zorg", {
  2024: T("Maakt jaarlijks ten minste 40 bestaande woningen levensloopbestendig en labelt deze woningen voor huishoudens met een zorgvraag.",
          qs=q((40, "woningen", "min")), rec=True),
  2025: SAME,
  2026: T("Maakt jaarlijks ten minste 30 bestaande woningen levensloopbestendig en labelt deze woningen, indien de vraag daartoe aanleiding geeft, voor huishoudens met een zorgvraag.",
          qs=q((30, "woningen", "min")), rec=True)},
  {2025: ("unchanged", [], None), 2026: ("weakened", ["quantity", "condition"], None)})
A("zorg-gem", "G", [KW, BB], "K", "Wonen en zorg", {
  2024: T("Stelt in 2024 samen met Beekhorst en de zorgaanbieders een woonzorgvisie op, met daarin de opgave voor geclusterde woonvormen voor ouderen.",
          dl=(2024, "in 2024")),
  2025: T("Stelt uiterlijk eind 2025 samen met Beekhorst en de zorgaanbieders een woonzorgvisie op, met daarin de opgave voor geclusterde woonvormen voor ouderen.",
          dl=(2025, "uiterlijk eind 2025")),
  2026: T("Werkt volgens de in 2025 vastgestelde woonzorgvisie. De gemeente wijst in 2026, in overleg met Beekhorst, twee locaties aan waar geclusterde woonvormen voor ouderen kunnen worden gerealiseerd.",
          qs=q((2, "locaties", "exact")), dl=(2026, "in 2026"))},
  {2025: ("weakened", ["deadline"], None), 2026: ("strengthened", ["modality"], None)})
A("zorg-huurders", "H", [KW, BB], "K", "Wonen en zorg", {
  2026: T("Organiseert in 2026 samen met Beekhorst twee informatiebijeenkomsten voor senioren over verhuizen naar een levensloopbestendige woning.",
          qs=q((2, "bijeenkomsten", "exact")), dl=(2026, "in 2026"))},
  {2026: ("new", [], None)})
A("wmo-corp", "C", [KW], "K", "Woningaanpassingen", {
  2024: T("Voert kleine woningaanpassingen tot € 1.000 per woning voor eigen rekening uit, zonder dat hiervoor een Wmo-aanvraag nodig is.",
          qs=q((1000, "euro", "max"))),
  2025: T("Voert kleine woningaanpassingen tot € 1.500 per woning voor eigen rekening uit, zonder dat hiervoor een Wmo-aanvraag nodig is.",
          qs=q((1500, "euro", "max"))),
  2026: SAME},
  {2025: ("strengthened", ["quantity"], None), 2026: ("unchanged", [], None)})

# ---------------------------------------------------------------- L
A("wijk-partijen", "P", [LB], "L", "Wijkaanpak Stationskwartier", {
  2024: T("Partijen stellen in 2024 voor het Stationskwartier een gezamenlijk wijkactieplan op en bespreken de voortgang twee keer per jaar in het wijkoverleg.",
          qs=q((2, "keer per jaar", "exact")), dl=(2024, "in 2024")),
  2025: T("Partijen stellen uiterlijk in het tweede kwartaal van 2025 voor het Stationskwartier een gezamenlijk wijkactieplan op en bespreken de voortgang twee keer per jaar in het wijkoverleg.",
          qs=q((2, "keer per jaar", "exact")), dl=(2025, "uiterlijk in het tweede kwartaal van 2025")),
  2026: T("Partijen voeren het wijkactieplan Stationskwartier gezamenlijk uit en bespreken de voortgang vier keer per jaar in het wijkoverleg.",
          qs=q((4, "keer per jaar", "exact")))},
  {2025: ("weakened", ["deadline"], None), 2026: ("strengthened", ["quantity"], None)})
A("fraude-corp", "C", [LB], "L", "Woonfraude", {
  2024: T("Onderzoekt iedere melding van woonfraude binnen 6 weken en meldt vermoedens van hennepteelt of andere ondermijnende activiteiten direct bij de gemeente en de politie.",
          qs=q((6, "weken", "max"))),
  2025: SAME, 2026: SAME},
  {2025: ("unchanged", [], None), 2026: ("unchanged", [], None)},
  moves={2026: ("B", "Woonfraude")})
A("fraude-gem", "G", [LB], "L", "Woonfraude", {
  2024: T("Gaat in 2024 met Beekhorst in gesprek over een convenant voor de uitwisseling van gegevens bij vermoedens van adresfraude.",
          mod="discuss", dl=(2024, "in 2024")),
  2025: T("Sluit in 2025 met Beekhorst een convenant voor de uitwisseling van gegevens bij vermoedens van adresfraude.",
          dl=(2025, "in 2025")),
  2026: T("Werkt met Beekhorst volgens het in 2025 gesloten convenant voor de uitwisseling van gegevens bij vermoedens van adresfraude en deelt jaarlijks de resultaten van de controles.",
          rec=True)},
  {2025: ("strengthened", ["modality"], None), 2026: ("strengthened", ["modality"], None)},
  moves={2026: ("B", "Woonfraude")})
A("leefb-corp", "C", [LB], "L", "Leefbaarheidsbudget", {
  2024: T("Stelt in 2024 een leefbaarheidsbudget van € 95 per woning beschikbaar voor bewonersinitiatieven, de inzet van huismeesters en schoon-heel-veilig-acties.",
          qs=q((95, "euro per woning", "exact")), dl=(2024, "in 2024"), rec=True),
  2025: T("Stelt in 2025 een leefbaarheidsbudget van € 95 per woning beschikbaar voor bewonersinitiatieven, de inzet van huismeesters en schoon-heel-veilig-acties.",
          qs=q((95, "euro per woning", "exact")), dl=(2025, "in 2025"), rec=True),
  2026: T("Stelt in 2026 een leefbaarheidsbudget van € 80 per woning beschikbaar voor bewonersinitiatieven, de inzet van huismeesters en schoon-heel-veilig-acties.",
          qs=q((80, "euro per woning", "exact")), dl=(2026, "in 2026"), rec=True)},
  {2025: ("reworded", [], "recurring_year"), 2026: ("weakened", ["quantity"], None)})
A("ontmoet-gem", "G", [LB], "L", "Ontmoeting", {
  2025: T("Zet zich in voor het behoud van de buurthuizen in Hoge Weide en het Stationskwartier en verkent in 2025 of in het complex Kastanjehof een ontmoetingsruimte kan worden ingericht.",
          mod="intent", dl=(2025, "in 2025")),
  2026: T("Zet zich in voor het behoud van de buurthuizen in Hoge Weide en het Stationskwartier en verkent in de loop van 2027 of in het complex Kastanjehof een ontmoetingsruimte kan worden ingericht.",
          mod="intent", dl=(2027, "in de loop van 2027"))},
  {2025: ("new", [], None), 2026: ("weakened", ["deadline"], None)})

# ---------------------------------------------------------------- S
A("monitor-partijen", "P", [OV], "S", "Monitoring", {
  2024: T("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, in mei en in november, aan de hand van een gezamenlijke monitor.",
          mod="discuss", qs=q((2, "keer per jaar", "exact")), rec=True),
  2025: SAME,
  2026: T("Partijen bespreken de voortgang van deze afspraken drie keer per jaar in het bestuurlijk overleg, in maart, juni en november, aan de hand van een gezamenlijke monitor.",
          mod="discuss", qs=q((3, "keer per jaar", "exact")), rec=True)},
  {2025: ("unchanged", [], None), 2026: ("strengthened", ["quantity"], None)})
A("bod-corp", "C", [OV], "S", "Bod en woonvisie", {
  2024: T("Brengt vóór 1 juli 2024 een bod uit op de woonvisie, als basis voor de prestatieafspraken 2025.",
          dl=(2024, "vóór 1 juli 2024"), rec=True),
  2025: T("Brengt vóór 1 juli 2025 een bod uit op de woonvisie, als basis voor de prestatieafspraken 2026.",
          dl=(2025, "vóór 1 juli 2025"), rec=True),
  2026: T("Brengt vóór 1 juli 2026 een bod uit op de woonvisie, als basis voor de prestatieafspraken 2027.",
          dl=(2026, "vóór 1 juli 2026"), rec=True)},
  {2025: ("reworded", [], "recurring_year"), 2026: ("reworded", [], "recurring_year")})
A("bod-gem", "G", [OV], "S", "Bod en woonvisie", {
  2024: T("Stelt vóór 1 december 2024 de geactualiseerde woonvisie 2025-2030 vast en betrekt Beekhorst en De Sleutelbos actief bij de uitwerking daarvan.",
          dl=(2024, "vóór 1 december 2024"))},
  {2025: ("dropped", [], None)})
A("verordening-gem", "G", [OV, BB], "S", "Bod en woonvisie", {
  2025: T("Vraagt Beekhorst en De Sleutelbos om advies over de herziene huisvestingsverordening voordat deze aan de gemeenteraad wordt voorgelegd.")},
  {2025: ("new", [], None), 2026: ("dropped", [], None)})
A("steun-corp", "C", [OV], "S", "Ondersteuning huurdersorganisatie", {
  2024: T("Stelt De Sleutelbos jaarlijks een werkbudget van € 24.000 ter beschikking en vergoedt daarnaast de kosten van scholing en onafhankelijk advies.",
          qs=q((24000, "euro", "exact")), rec=True),
  2025: T("Stelt De Sleutelbos jaarlijks een werkbudget van € 27.500 ter beschikking en vergoedt daarnaast de kosten van scholing en onafhankelijk advies.",
          qs=q((27500, "euro", "exact")), rec=True),
  2026: SAME},
  {2025: ("strengthened", ["quantity"], None), 2026: ("unchanged", [], None)})
A("geschil-partijen", "P", [OV], "S", "Geschillen", {
  2024: T("Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg; komen zij daar niet tot overeenstemming, dan wordt het geschil voorgelegd aan de landelijke geschillencommissie."),
  2025: SAME, 2026: SAME},
  {2025: ("unchanged", [], None), 2026: ("unchanged", [], None)})
