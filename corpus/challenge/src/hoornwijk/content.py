# -*- coding: utf-8 -*-
"""Content of the hoornwijk family: kaderafspraken "Samen bouwen aan Hoornwijk 2023-2026",
worked out in the jaarschijven 2024, 2025 and 2026.

Every afspraak (actie) has a stable key and one version per jaarschijf in which it appears.
A version without 'text' repeats the previous version (text, frame, wie, wanneer) with only the
given fields changed. 'link' on a version describes the change from the previous jaarschijf:
(status, kinds, hard_negative). Identical texts are 'unchanged' automatically.
"""

YEARS = [2024, 2025, 2026]
PERIOD = [2023, 2024, 2025, 2026]

GEMEENTE = "Hoornwijk"
CORPORATIES = ["Woonstichting Kernhuis", "Woningstichting Vlietstede"]
HUURDERS = ["Huurdersplatform Hoornwijk"]

TH = {"b": "beschikbaarheid_betaalbaarheid", "d": "duurzaamheid_klimaat", "k": "kwaliteit",
      "l": "leefbaarheid", "o": "overig"}


def fr(actors, modality, q=(), dl=None, rec=False, cond=()):
    quants = []
    for item in q:
        v, unit, comp = item[0], item[1], item[2]
        vmax = item[3] if len(item) > 3 else None
        quants.append({"value": v, "unit": unit, "comparator": comp, "value_max": vmax})
    return {"actors": list(actors), "modality": modality, "quantities": quants,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


AFSPRAKEN = []


def K(key, themes, versions):
    AFSPRAKEN.append({"key": key, "themes": [TH[t] for t in themes], "versions": versions})


C = ["corporatie"]
G = ["gemeente"]
P = ["partijen"]
H = ["huurdersorganisatie"]

# ---------------------------------------------------------------- beschikbaar en betaalbaar
K("nieuwbouw-programma", "b", {
    2024: dict(text="Partijen spreken af dat in de periode 2023-2026 in totaal ten minste 320 sociale huurwoningen "
                    "aan de woningvoorraad van Hoornwijk worden toegevoegd, overeenkomstig het woningbouwprogramma "
                    "in bijlage 1 en de afspraken uit de woondeal regio Weidevenen.",
               wie="Allen", wanneer="2023-2026", status="loopt",
               fr=fr(P, "firm", [(320, "woningen", "min")], (2026, "in de periode 2023-2026"))),
    2025: dict(status="loopt"),
    2026: dict(text="Partijen spreken af dat in de periode 2023-2026 in totaal ten minste 280 sociale huurwoningen "
                    "aan de woningvoorraad van Hoornwijk worden toegevoegd, overeenkomstig het geactualiseerde "
                    "woningbouwprogramma in bijlage 1 en de afspraken uit de woondeal regio Weidevenen.",
               status="gewijzigd",
               fr=fr(P, "firm", [(280, "woningen", "min")], (2026, "in de periode 2023-2026")),
               link=("weakened", ["quantity"], None)),
})

K("nieuwbouw-oostmolen", "b", {
    2024: dict(text="Kernhuis start in 2024 met de bouw van 64 sociale huurwoningen in het plan Oostmolen-Noord, "
                    "waarvan ten minste 24 levensloopbestendige grondgebonden woningen. De oplevering is voorzien "
                    "in het vierde kwartaal van 2025.",
               wie="Kernhuis", wanneer="start 2024, oplevering Q4 2025", status="loopt",
               fr=fr(C, "firm", [(64, "woningen", "exact"), (24, "woningen", "min")],
                     (2025, "in het vierde kwartaal van 2025"))),
    2025: dict(text="Kernhuis realiseert in het plan Oostmolen-Noord 56 sociale huurwoningen, waarvan ten minste 24 "
                    "levensloopbestendige grondgebonden woningen. De bouw is in het voorjaar van 2025 gestart; de "
                    "oplevering wordt verwacht medio 2026.",
               wanneer="medio 2026", status="vertraagd",
               fr=fr(C, "firm", [(56, "woningen", "exact"), (24, "woningen", "min")], (2026, "medio 2026")),
               link=("weakened", ["quantity", "deadline"], None)),
    2026: dict(text="Kernhuis levert medio 2026 de resterende 32 sociale huurwoningen in het plan Oostmolen-Noord op, "
                    "nadat eind 2025 de eerste 24 levensloopbestendige grondgebonden woningen zijn opgeleverd.",
               wanneer="medio 2026", status="loopt",
               fr=fr(C, "firm", [(32, "woningen", "exact"), (24, "woningen", "exact")], (2026, "medio 2026")),
               link=("reworded", [], "progress")),
})

K("bouwlocaties", "b", {
    2024: dict(text="De gemeente onderzoekt in 2024 of Sportpark De Kreek en het terrein van de voormalige "
                    "gemeentewerf aan de Lindelaan geschikt zijn voor de bouw van sociale huurwoningen en deelt de "
                    "uitkomsten uiterlijk 1 oktober 2024 met de corporaties en het Huurdersplatform.",
               wie="Gemeente", wanneer="1 oktober 2024", status="nieuw",
               fr=fr(G, "explore", [], (2024, "uiterlijk 1 oktober 2024"))),
    2025: dict(text="De gemeente wijst Sportpark De Kreek en het terrein van de voormalige gemeentewerf aan de "
                    "Lindelaan aan als bouwlocaties voor sociale huur en stelt, in overleg met de corporaties, "
                    "uiterlijk 1 juli 2025 de stedenbouwkundige kaders voor beide locaties vast.",
               wanneer="1 juli 2025", status="gewijzigd",
               fr=fr(G, "firm", [], (2025, "uiterlijk 1 juli 2025")),
               link=("strengthened", ["modality"], None)),
    2026: dict(status="afgerond in 2025"),
})

K("huisvestingsverordening", "b", {
    2024: dict(text="De gemeente stelt uiterlijk eind 2025 een nieuwe huisvestingsverordening vast, waarin de "
                    "urgentieregeling en de regels voor lokaal maatwerk worden geactualiseerd; de corporaties en het "
                    "Huurdersplatform worden vooraf geconsulteerd over het ontwerp.",
               wie="Gemeente", wanneer="eind 2025", status="loopt",
               fr=fr(G, "firm", [], (2025, "uiterlijk eind 2025"))),
    2025: dict(text="De gemeente stelt uiterlijk 1 juli 2025 een nieuwe huisvestingsverordening vast, waarin de "
                    "urgentieregeling en de regels voor lokaal maatwerk worden geactualiseerd; de corporaties en het "
                    "Huurdersplatform worden vooraf geconsulteerd over het ontwerp.",
               wanneer="1 juli 2025", status="gewijzigd",
               fr=fr(G, "firm", [], (2025, "uiterlijk 1 juli 2025")),
               link=("strengthened", ["deadline"], None)),
})

K("verkoop", "b", {
    2024: dict(text="Kernhuis en Vlietstede verkopen in 2024 samen maximaal 20 sociale huurwoningen uit de bestaande "
                    "voorraad. Verkoop vindt uitsluitend plaats bij mutatie, waarbij zittende huurders en starters "
                    "met een binding aan Hoornwijk voorrang krijgen.",
               wie="Kernhuis, Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(20, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Kernhuis en Vlietstede verkopen in 2025 samen maximaal 12 sociale huurwoningen uit de bestaande "
                    "voorraad. Verkoop vindt uitsluitend plaats bij mutatie, waarbij zittende huurders en starters "
                    "met een binding aan Hoornwijk voorrang krijgen.",
               wanneer="2025", status="gewijzigd",
               fr=fr(C, "firm", [(12, "woningen", "max")], (2025, "in 2025"), rec=True),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="Kernhuis en Vlietstede verkopen in 2026 geen sociale huurwoningen uit de bestaande voorraad. "
                    "Vrijkomende woningen in complexen met gemengd eigendom worden opnieuw sociaal verhuurd.",
               wanneer="2026", status="gewijzigd",
               fr=fr(C, "firm", [(0, "woningen", "exact")], (2026, "in 2026"), rec=True),
               link=("strengthened", ["quantity"], None)),
})

K("liberalisatie", "b", {
    2024: dict(text="Vlietstede liberaliseert in 2024 bij mutatie maximaal 10 woningen en verhuurt deze in het "
                    "middensegment, met een aanvangshuur onder de middenhuurgrens uit de Wet betaalbare huur.",
               wie="Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(10, "woningen", "max")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Vlietstede liberaliseert in 2025 bij mutatie maximaal 18 woningen en verhuurt deze in het "
                    "middensegment, met een aanvangshuur onder de middenhuurgrens uit de Wet betaalbare huur.",
               wanneer="2025", status="gewijzigd",
               fr=fr(C, "firm", [(18, "woningen", "max")], (2025, "in 2025"), rec=True),
               link=("weakened", ["quantity"], None)),
    2026: dict(text="Vlietstede liberaliseert in 2026 bij mutatie maximaal 18 woningen en verhuurt deze in het "
                    "middensegment, met een aanvangshuur onder de middenhuurgrens uit de Wet betaalbare huur.",
               wanneer="2026", status="loopt",
               fr=fr(C, "firm", [(18, "woningen", "max")], (2026, "in 2026"), rec=True),
               link=("reworded", [], "recurring_year")),
})

K("huurverhoging", "b", {
    2024: dict(text="De corporaties houden de gemiddelde huurverhoging per 1 juli 2024 voor hun sociale "
                    "huurwoningen maximaal gelijk aan de inflatie en blijven daarmee binnen de afspraken uit het "
                    "Sociaal Huurakkoord.",
               wie="Kernhuis, Vlietstede", wanneer="1 juli 2024", status="loopt",
               fr=fr(C, "firm", [(0, "% boven inflatie", "max")], (2024, "per 1 juli 2024"), rec=True)),
    2025: dict(text="De corporaties houden de gemiddelde huurverhoging per 1 juli 2025 voor hun sociale "
                    "huurwoningen ten minste 0,5% onder de inflatie en blijven daarmee binnen de afspraken uit het "
                    "Sociaal Huurakkoord.",
               wanneer="1 juli 2025", status="gewijzigd",
               fr=fr(C, "firm", [(0.5, "% onder inflatie", "min")], (2025, "per 1 juli 2025"), rec=True),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="De corporaties streven ernaar de gemiddelde huurverhoging per 1 juli 2026 voor hun sociale "
                    "huurwoningen ten minste 0,5% onder de inflatie te houden, binnen de afspraken uit het Sociaal "
                    "Huurakkoord.",
               wanneer="1 juli 2026", status="gewijzigd",
               fr=fr(C, "intent", [(0.5, "% onder inflatie", "min")], (2026, "per 1 juli 2026"), rec=True),
               link=("weakened", ["modality"], None)),
})

K("toewijzing-inkomensgrens", "b", {
    2024: dict(text="De corporaties wijzen ten minste 92,5% van hun vrijkomende sociale huurwoningen toe aan "
                    "huishoudens met een inkomen tot € 47.699 (eenpersoonshuishoudens) of € 52.671 "
                    "(meerpersoonshuishoudens), prijspeil 2024. De overige woningen worden ingezet voor lokaal "
                    "maatwerk.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="loopt",
               fr=fr(C, "firm", [(92.5, "%", "min"), (47699, "euro", "max"), (52671, "euro", "max")])),
    2025: dict(text="De corporaties wijzen ten minste 92,5% van hun vrijkomende sociale huurwoningen toe aan "
                    "huishoudens met een inkomen tot € 49.460 (eenpersoonshuishoudens) of € 54.625 "
                    "(meerpersoonshuishoudens), prijspeil 2025. De overige woningen worden ingezet voor lokaal "
                    "maatwerk.",
               fr=fr(C, "firm", [(92.5, "%", "min"), (49460, "euro", "max"), (54625, "euro", "max")]),
               link=("reworded", [], "indexed_amount")),
    2026: dict(text="De corporaties wijzen ten minste 92,5% van hun vrijkomende sociale huurwoningen toe aan "
                    "huishoudens met een inkomen tot € 50.550 (eenpersoonshuishoudens) of € 55.825 "
                    "(meerpersoonshuishoudens), prijspeil 2026. De overige woningen worden ingezet voor lokaal "
                    "maatwerk.",
               fr=fr(C, "firm", [(92.5, "%", "min"), (50550, "euro", "max"), (55825, "euro", "max")]),
               link=("reworded", [], "indexed_amount")),
})

K("voorrang-starters", "b", {
    2024: dict(text="Partijen onderzoeken in 2024 of de vrije toewijzingsruimte kan worden benut om jongeren en "
                    "starters met een aantoonbare binding aan Hoornwijk met voorrang aan een sociale huurwoning te "
                    "helpen.",
               wie="Allen", wanneer="2024", status="nieuw",
               fr=fr(P, "explore", [], (2024, "in 2024"))),
    2025: dict(text="Bij ten minste 10% van de toewijzingen van vrijkomende sociale huurwoningen wordt, binnen de "
                    "ruimte die de huisvestingsverordening biedt, voorrang verleend aan jongeren en starters tot 28 "
                    "jaar met een aantoonbare binding aan Hoornwijk. De corporaties rapporteren hierover in de "
                    "halfjaarlijkse monitor.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="gewijzigd",
               fr=fr(C, "firm", [(10, "%", "min"), (28, "jaar", "max")]),
               link=("strengthened", ["modality"], None)),
    2026: dict(text="Bij ten minste 15% van de toewijzingen van vrijkomende sociale huurwoningen wordt, binnen de "
                    "ruimte die de huisvestingsverordening biedt, voorrang verleend aan jongeren en starters tot 28 "
                    "jaar met een aantoonbare binding aan Hoornwijk. De corporaties rapporteren hierover in de "
                    "halfjaarlijkse monitor.",
               status="gewijzigd",
               fr=fr(C, "firm", [(15, "%", "min"), (28, "jaar", "max")]),
               link=("strengthened", ["quantity"], None)),
})

K("statushouders", "b", {
    2024: dict(text="De corporaties huisvesten in 2024, naar rato van hun woningbezit in Hoornwijk, het aantal "
                    "vergunninghouders dat voortvloeit uit de taakstelling van het Rijk; voor 2024 bedraagt deze "
                    "taakstelling 58 personen. De gemeente zorgt voor tijdige koppeling en voor begeleiding na de "
                    "sleuteloverdracht.",
               wie="Kernhuis, Vlietstede, Gemeente", wanneer="2024", status="loopt",
               fr=fr(C + G, "firm", [(58, "personen", "exact")], (2024, "in 2024"), rec=True)),
    2025: dict(text="De corporaties huisvesten in 2025, naar rato van hun woningbezit in Hoornwijk, het aantal "
                    "vergunninghouders dat voortvloeit uit de taakstelling van het Rijk; voor 2025 bedraagt deze "
                    "taakstelling 71 personen. De gemeente zorgt voor tijdige koppeling en voor begeleiding na de "
                    "sleuteloverdracht.",
               wanneer="2025",
               fr=fr(C + G, "firm", [(71, "personen", "exact")], (2025, "in 2025"), rec=True),
               link=("reworded", [], "external_figure")),
    2026: dict(text="De corporaties huisvesten in 2026, naar rato van hun woningbezit in Hoornwijk, het aantal "
                    "vergunninghouders dat voortvloeit uit de taakstelling van het Rijk; voor 2026 bedraagt deze "
                    "taakstelling 64 personen. De gemeente zorgt voor tijdige koppeling en voor begeleiding na de "
                    "sleuteloverdracht.",
               wanneer="2026",
               fr=fr(C + G, "firm", [(64, "personen", "exact")], (2026, "in 2026"), rec=True),
               link=("reworded", [], "external_figure")),
})

K("uitstroom-bw", "b", {
    2024: dict(text="Kernhuis en Vlietstede stellen jaarlijks samen 18 woningen beschikbaar voor huurders die "
                    "uitstromen uit beschermd wonen of de maatschappelijke opvang, op voorwaarde dat de gemeente "
                    "passende begeleiding organiseert.",
               wie="Kernhuis, Vlietstede", wanneer="jaarlijks", status="loopt",
               fr=fr(C, "firm", [(18, "woningen", "exact")], None, rec=True,
                     cond=["op voorwaarde dat de gemeente passende begeleiding organiseert"])),
    2025: dict(text="Kernhuis en Vlietstede zeggen toe jaarlijks samen 24 woningen beschikbaar te stellen voor "
                    "huurders die uitstromen uit beschermd wonen of de maatschappelijke opvang, op voorwaarde dat de "
                    "gemeente passende begeleiding organiseert.",
               status="gewijzigd",
               fr=fr(C, "firm", [(24, "woningen", "exact")], None, rec=True,
                     cond=["op voorwaarde dat de gemeente passende begeleiding organiseert"]),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="Kernhuis en Vlietstede zetten zich in om jaarlijks samen 24 woningen beschikbaar te stellen voor "
                    "huurders die uitstromen uit beschermd wonen of de maatschappelijke opvang, op voorwaarde dat de "
                    "gemeente passende begeleiding organiseert.",
               status="gewijzigd",
               fr=fr(C, "intent", [(24, "woningen", "exact")], None, rec=True,
                     cond=["op voorwaarde dat de gemeente passende begeleiding organiseert"]),
               link=("weakened", ["modality"], None)),
})

K("doorstroming-senioren", "b", {
    2024: dict(text="Om de doorstroming van senioren uit eengezinswoningen naar een passende, gelijkvloerse woning "
                    "te bevorderen, start Vlietstede in 2024 in de wijk Zuiderveld een pilot met een verhuiscoach en "
                    "een verhuisvergoeding van € 2.500 voor senioren die een eengezinswoning achterlaten.",
               wie="Vlietstede", wanneer="2024", status="nieuw",
               fr=fr(C, "firm", [(2500, "euro", "exact")], (2024, "in 2024"))),
    2025: dict(text="Om de doorstroming van senioren uit eengezinswoningen naar een passende, gelijkvloerse woning "
                    "te bevorderen, zetten Kernhuis en Vlietstede in alle wijken van Hoornwijk een verhuiscoach in en "
                    "bieden zij een verhuisvergoeding van € 2.500 aan senioren die een eengezinswoning achterlaten.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="gewijzigd",
               fr=fr(C, "firm", [(2500, "euro", "exact")]),
               link=("strengthened", ["scope"], None)),
    2026: dict(text="Senioren die in Hoornwijk een eengezinswoning van Kernhuis of Vlietstede achterlaten voor een "
                    "passende, gelijkvloerse woning, worden in alle wijken ondersteund door een verhuiscoach en "
                    "ontvangen een verhuisvergoeding van € 2.500.",
               status="loopt",
               fr=fr(C, "firm", [(2500, "euro", "exact")]),
               link=("reworded", [], "same_figures")),
})

K("inschrijfduur", "b", {
    2024: dict(text="De corporaties rapporteren twee keer per jaar over de gemiddelde inschrijfduur en de "
                    "slaagkansen per doelgroep. Partijen streven ernaar de gemiddelde inschrijfduur voor een sociale "
                    "huurwoning terug te brengen tot maximaal 5 jaar.",
               wie="Allen", wanneer="halfjaarlijks", status="loopt",
               fr=fr(C + P, "intent", [(2, "keer per jaar", "exact"), (5, "jaar", "max")])),
    2025: dict(text="De corporaties rapporteren twee keer per jaar over de gemiddelde inschrijfduur en de "
                    "slaagkansen per doelgroep. Partijen streven ernaar de gemiddelde inschrijfduur voor een sociale "
                    "huurwoning terug te brengen tot maximaal 6 jaar.",
               status="gewijzigd",
               fr=fr(C + P, "intent", [(2, "keer per jaar", "exact"), (6, "jaar", "max")]),
               link=("weakened", ["quantity"], None)),
})

K("slaagkansen-monitor", "b", {
    2026: dict(text="De corporaties rapporteren vanaf 2026 elk kwartaal over de slaagkansen van woningzoekenden per "
                    "doelgroep en per kern. Partijen bespreken op basis daarvan of bijsturing van het "
                    "toewijzingsbeleid nodig is.",
               wie="Kernhuis, Vlietstede", wanneer="per kwartaal", status="nieuw",
               fr=fr(C + P, "firm", [], None, rec=True)),
})

K("huurachterstand", "b", {
    2024: dict(text="De corporaties nemen uiterlijk bij een huurachterstand van twee maanden persoonlijk contact op "
                    "met de huurder en melden de achterstand, met toestemming van de huurder, bij het team "
                    "Vroegsignalering van de gemeente.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="loopt",
               fr=fr(C, "firm", [(2, "maanden", "max")])),
    2025: dict(text="De corporaties nemen uiterlijk bij een huurachterstand van één maand persoonlijk contact op met "
                    "de huurder en melden de achterstand, met toestemming van de huurder, bij het team "
                    "Vroegsignalering van de gemeente.",
               status="gewijzigd",
               fr=fr(C, "firm", [(1, "maanden", "max")]),
               link=("strengthened", ["quantity"], None)),
    2026: dict(status="loopt"),
})

K("huisuitzettingen", "b", {
    2024: dict(text="Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2024 te beperken "
                    "tot maximaal 3. Een ontruiming wordt pas aangevraagd nadat het sociaal wijkteam bij de huurder "
                    "is betrokken.",
               wie="Allen", wanneer="2024", status="loopt",
               fr=fr(P, "intent", [(3, "huisuitzettingen", "max")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Partijen streven ernaar het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken "
                    "tot maximaal 3. Een ontruiming wordt pas aangevraagd nadat het sociaal wijkteam bij de huurder "
                    "is betrokken.",
               wanneer="2025",
               fr=fr(P, "intent", [(3, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True),
               link=("reworded", [], "recurring_year")),
    2026: dict(text="Partijen streven ernaar dat in 2026 geen huisuitzettingen wegens huurachterstand plaatsvinden. "
                    "Een ontruiming wordt pas aangevraagd nadat het sociaal wijkteam bij de huurder is betrokken.",
               wanneer="2026", status="gewijzigd",
               fr=fr(P, "intent", [(0, "huisuitzettingen", "exact")], (2026, "in 2026"), rec=True),
               link=("strengthened", ["quantity"], None)),
})

K("flexwonen", "b", {
    2025: dict(text="De gemeente en Kernhuis onderzoeken in 2025 of op de locatie Stationsweg voor een periode van "
                    "vijftien jaar 30 flexwoningen voor spoedzoekers kunnen worden geplaatst, onder voorbehoud van "
                    "een tijdelijke omgevingsvergunning.",
               wie="Gemeente, Kernhuis", wanneer="2025", status="nieuw",
               fr=fr(G + C, "explore", [(30, "woningen", "exact"), (15, "jaar", "exact")], (2025, "in 2025"),
                     cond=["onder voorbehoud van een tijdelijke omgevingsvergunning"])),
    2026: dict(text="Kernhuis plaatst in 2026 op de locatie Stationsweg voor een periode van vijftien jaar 30 "
                    "flexwoningen voor spoedzoekers, onder voorbehoud van een tijdelijke omgevingsvergunning; de "
                    "gemeente draagt zorg voor de aansluiting op de nutsvoorzieningen.",
               wie="Kernhuis, Gemeente", wanneer="2026", status="gewijzigd",
               fr=fr(C + G, "firm", [(30, "woningen", "exact"), (15, "jaar", "exact")], (2026, "in 2026"),
                     cond=["onder voorbehoud van een tijdelijke omgevingsvergunning"]),
               link=("strengthened", ["modality"], None)),
})

# ---------------------------------------------------------------- duurzaamheid
K("label-efg", "d", {
    2024: dict(text="Kernhuis en Vlietstede hebben eind 2026 geen woningen meer met energielabel E, F of G. In 2024 "
                    "worden daartoe ten minste 140 woningen met label E, F of G verbeterd naar ten minste label C.",
               wie="Kernhuis, Vlietstede", wanneer="eind 2026", status="loopt",
               fr=fr(C, "firm", [(140, "woningen", "min"), ("C", "label", "min")], (2026, "eind 2026"))),
    2025: dict(text="Kernhuis en Vlietstede hebben eind 2026 geen woningen meer met energielabel E, F of G. In 2025 "
                    "worden daartoe de resterende 95 woningen met label E, F of G verbeterd naar ten minste label C.",
               fr=fr(C, "firm", [(95, "woningen", "exact"), ("C", "label", "min")], (2026, "eind 2026")),
               link=("reworded", [], "progress")),
    2026: dict(text="Kernhuis en Vlietstede hebben uiterlijk medio 2027 geen woningen meer met energielabel E, F of G. "
                    "De laatste 30 woningen met label E, F of G worden in 2026 en de eerste helft van 2027 verbeterd "
                    "naar ten minste label C.",
               wanneer="medio 2027", status="vertraagd",
               fr=fr(C, "firm", [(30, "woningen", "exact"), ("C", "label", "min")], (2027, "uiterlijk medio 2027")),
               link=("weakened", ["deadline"], None)),
})

K("gemiddeld-label", "d", {
    2024: dict(text="Vlietstede verbetert de energetische kwaliteit van haar woningbezit in Hoornwijk tot gemiddeld "
                    "label B in 2026.",
               wie="Vlietstede", wanneer="2026", status="loopt",
               fr=fr(C, "firm", [("B", "label", "min")], (2026, "in 2026"))),
    2025: dict(),
    2026: dict(text="Vlietstede verbetert de energetische kwaliteit van haar woningbezit in Hoornwijk tot gemiddeld "
                    "label C in 2026.",
               status="gewijzigd",
               fr=fr(C, "firm", [("C", "label", "min")], (2026, "in 2026")),
               link=("weakened", ["label"], None)),
})

K("isolatie-kernhuis", "d", {
    2024: dict(text="Kernhuis isoleert in 2024 ten minste 180 woningen volgens de Standaard voor woningisolatie, "
                    "waarbij de complexen in Bleekveld en De Kreek voorrang krijgen. De maatregelen worden uitgevoerd "
                    "zonder huurverhoging voor de zittende huurders.",
               wie="Kernhuis", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(180, "woningen", "min")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Kernhuis isoleert in 2025 ten minste 220 woningen volgens de Standaard voor woningisolatie, "
                    "waarbij de complexen in Bleekveld en De Kreek voorrang krijgen. De maatregelen worden uitgevoerd "
                    "zonder huurverhoging voor de zittende huurders.",
               wanneer="2025", status="gewijzigd",
               fr=fr(C, "firm", [(220, "woningen", "min")], (2025, "in 2025"), rec=True),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="Kernhuis isoleert in 2026, onder voorbehoud van toekenning van de rijkssubsidie voor "
                    "woningisolatie, ten minste 220 woningen volgens de Standaard voor woningisolatie, waarbij de "
                    "complexen in Bleekveld en De Kreek voorrang krijgen. De maatregelen worden uitgevoerd zonder "
                    "huurverhoging voor de zittende huurders.",
               wanneer="2026", status="gewijzigd",
               fr=fr(C, "firm", [(220, "woningen", "min")], (2026, "in 2026"), rec=True,
                     cond=["onder voorbehoud van toekenning van de rijkssubsidie voor woningisolatie"]),
               link=("weakened", ["condition"], None)),
})

K("zonnepanelen", "d", {
    2024: dict(text="Vlietstede biedt in 2024 de huurders van 150 grondgebonden woningen zonnepanelen aan tegen een "
                    "maandelijkse vergoeding van maximaal € 7,50; plaatsing vindt plaats na instemming van de huurder.",
               wie="Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(150, "woningen", "exact"), (7.5, "euro", "max")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Vlietstede biedt in 2025 in een pilot in het complex Zuiderveld-Oost de huurders van 60 "
                    "grondgebonden woningen zonnepanelen aan tegen een maandelijkse vergoeding van maximaal € 7,50; "
                    "plaatsing vindt plaats na instemming van de huurder.",
               wanneer="2025", status="gewijzigd",
               fr=fr(C, "firm", [(60, "woningen", "exact"), (7.5, "euro", "max")], (2025, "in 2025"), rec=True),
               link=("weakened", ["quantity", "scope"], None)),
})

K("hybride-warmtepomp", "d", {
    2024: dict(text="Vlietstede zal in 2024 in 40 eengezinswoningen aan de Vlierstraat en de Hazelaarstraat in "
                    "Zuiderveld een hybride warmtepomp plaatsen, mits ten minste 70% van de bewoners per blok instemt.",
               wie="Vlietstede", wanneer="2024", status="nieuw",
               fr=fr(C, "firm", [(40, "woningen", "exact"), (70, "%", "min")], (2024, "in 2024"),
                     cond=["mits ten minste 70% van de bewoners per blok instemt"])),
    2025: dict(text="Vlietstede streeft ernaar in 2025 in 40 eengezinswoningen aan de Vlierstraat en de "
                    "Hazelaarstraat in Zuiderveld een hybride warmtepomp te plaatsen, mits ten minste 70% van de "
                    "bewoners per blok instemt.",
               wanneer="2025", status="vertraagd",
               fr=fr(C, "intent", [(40, "woningen", "exact"), (70, "%", "min")], (2025, "in 2025"),
                     cond=["mits ten minste 70% van de bewoners per blok instemt"]),
               link=("weakened", ["modality", "deadline"], None)),
    2026: dict(text="Vlietstede plaatst in de eerste helft van 2026 in 40 eengezinswoningen aan de Vlierstraat en de "
                    "Hazelaarstraat in Zuiderveld een hybride warmtepomp, mits ten minste 70% van de bewoners per blok "
                    "instemt.",
               wanneer="Q2 2026", status="vertraagd",
               fr=fr(C, "firm", [(40, "woningen", "exact"), (70, "%", "min")], (2026, "in de eerste helft van 2026"),
                     cond=["mits ten minste 70% van de bewoners per blok instemt"]),
               link=("modified", ["modality", "deadline"], None)),
})

K("wijkuitvoeringsplan-dekreek", "d", {
    2024: dict(text="De gemeente stelt uiterlijk eind 2024 het wijkuitvoeringsplan aardgasvrij De Kreek vast en "
                    "betrekt de corporaties en het Huurdersplatform bij de keuze voor het warmtealternatief.",
               wie="Gemeente", wanneer="eind 2024", status="loopt",
               fr=fr(G, "firm", [], (2024, "uiterlijk eind 2024"))),
    2025: dict(text="De gemeente stelt uiterlijk in het tweede kwartaal van 2025 het wijkuitvoeringsplan aardgasvrij "
                    "De Kreek vast en betrekt de corporaties en het Huurdersplatform bij de keuze voor het "
                    "warmtealternatief.",
               wanneer="Q2 2025", status="vertraagd",
               fr=fr(G, "firm", [], (2025, "uiterlijk in het tweede kwartaal van 2025")),
               link=("weakened", ["deadline"], None)),
})

K("warmtenet-dekreek", "d", {
    2026: dict(text="De gemeente en Kernhuis sluiten in 2026 een uitvoeringsovereenkomst voor de aansluiting van 210 "
                    "woningen in De Kreek op het collectieve warmtenet, waarbij de woonlasten van de huurders na "
                    "aansluiting niet stijgen.",
               wie="Gemeente, Kernhuis", wanneer="2026", status="nieuw",
               fr=fr(G + C, "firm", [(210, "woningen", "exact")], (2026, "in 2026"))),
})

K("energiecoaches", "db", {
    2024: dict(text="De gemeente zet in 2024 energiecoaches in die ten minste 300 huishoudens in huurwoningen "
                    "adviseren over energiebesparing; de corporaties wijzen huurders van woningen met label D of "
                    "slechter actief op dit aanbod.",
               wie="Gemeente, Kernhuis, Vlietstede", wanneer="2024", status="loopt",
               fr=fr(G + C, "firm", [(300, "huishoudens", "min")], (2024, "in 2024"), rec=True)),
    2025: dict(text="De gemeente zet in 2025 energiecoaches in die ten minste 400 huishoudens in huurwoningen "
                    "adviseren over energiebesparing; de corporaties wijzen huurders van woningen met label D of "
                    "slechter actief op dit aanbod.",
               wanneer="2025", status="gewijzigd",
               fr=fr(G + C, "firm", [(400, "huishoudens", "min")], (2025, "in 2025"), rec=True),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="De gemeente zet in 2026, voor zover de rijksmiddelen voor de aanpak van energiearmoede worden "
                    "voortgezet, energiecoaches in die ten minste 400 huishoudens in huurwoningen adviseren over "
                    "energiebesparing; de corporaties wijzen huurders van woningen met label D of slechter actief op "
                    "dit aanbod.",
               wanneer="2026", status="gewijzigd",
               fr=fr(G + C, "firm", [(400, "huishoudens", "min")], (2026, "in 2026"), rec=True,
                     cond=["voor zover de rijksmiddelen voor de aanpak van energiearmoede worden voortgezet"]),
               link=("weakened", ["condition"], None)),
})

K("klimaatadaptatie", "d", {
    2024: dict(text="Partijen verkennen in 2024 hoe bij groot onderhoud en nieuwbouw maatregelen tegen hittestress "
                    "en wateroverlast kunnen worden meegenomen, zoals groene daken, het afkoppelen van hemelwater en "
                    "het vergroenen van binnenterreinen.",
               wie="Allen", wanneer="2024", status="nieuw",
               fr=fr(P, "explore", [], (2024, "in 2024"))),
    2025: dict(text="Bij groot onderhoud en nieuwbouw nemen de corporaties maatregelen tegen hittestress en "
                    "wateroverlast mee, zoals groene daken, het afkoppelen van hemelwater en het vergroenen van "
                    "binnenterreinen; de gemeente draagt bij via de subsidieregeling Groen Hoornwijk.",
               wie="Kernhuis, Vlietstede, Gemeente", wanneer="doorlopend", status="gewijzigd",
               fr=fr(C + G, "firm", []),
               link=("strengthened", ["modality"], None)),
    2026: dict(status="loopt"),
})

K("nieuwbouw-duurzaam", "d", {
    2024: dict(text="Nieuwbouw van de corporaties wordt aardgasvrij uitgevoerd en voldoet ten minste aan de "
                    "BENG-eisen; waar mogelijk wordt natuurinclusief gebouwd.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="loopt",
               fr=fr(C, "firm", [], cond=["waar mogelijk"])),
    2025: dict(),
    2026: dict(text="Nieuwbouw van de corporaties wordt aardgasvrij uitgevoerd en voldoet ten minste aan de "
                    "BENG-eisen; daarbij wordt natuurinclusief gebouwd, met in elk project nestvoorzieningen voor "
                    "gierzwaluwen en vleermuizen.",
               status="gewijzigd",
               fr=fr(C, "firm", []),
               link=("strengthened", ["condition"], None)),
})

K("participatieprotocol", "do", {
    2025: dict(text="De corporaties stellen in 2025 samen met het Huurdersplatform een participatieprotocol op voor "
                    "verduurzamingsprojecten, waarin wordt vastgelegd hoe bewoners vanaf de planfase worden "
                    "geïnformeerd en betrokken.",
               wie="Kernhuis, Vlietstede, Huurdersplatform", wanneer="2025", status="nieuw",
               fr=fr(C + H, "firm", [], (2025, "in 2025"))),
    2026: dict(text="De corporaties werken bij alle verduurzamingsprojecten volgens het in 2025 met het "
                    "Huurdersplatform opgestelde participatieprotocol, waarin is vastgelegd hoe bewoners vanaf de "
                    "planfase worden geïnformeerd en betrokken.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="gewijzigd",
               fr=fr(C, "firm", []),
               link=("strengthened", ["modality"], None)),
})

# ---------------------------------------------------------------- kwaliteit
K("vocht-schimmel", "k", {
    2024: dict(text="Kernhuis en Vlietstede nemen binnen 10 werkdagen na een melding van vocht of schimmel contact "
                    "op met de huurder, voeren een inspectie uit en stellen binnen zes weken een plan van aanpak op.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="loopt",
               fr=fr(C, "firm", [(10, "werkdagen", "max"), (6, "weken", "max")])),
    2025: dict(text="Kernhuis en Vlietstede nemen binnen 5 werkdagen na een melding van vocht of schimmel contact op "
                    "met de huurder, voeren een inspectie uit en stellen binnen zes weken een plan van aanpak op.",
               status="gewijzigd",
               fr=fr(C, "firm", [(5, "werkdagen", "max"), (6, "weken", "max")]),
               link=("strengthened", ["quantity"], None)),
    2026: dict(text="Kernhuis en Vlietstede nemen binnen 5 werkdagen na een melding van vocht of schimmel contact op "
                    "met de huurder, voeren een inspectie uit en stellen binnen acht weken een plan van aanpak op.",
               status="gewijzigd",
               fr=fr(C, "firm", [(5, "werkdagen", "max"), (8, "weken", "max")]),
               link=("weakened", ["quantity"], None)),
})

K("onderhoud-budget", "k", {
    2024: dict(text="Kernhuis en Vlietstede besteden in 2024 samen ten minste € 9,2 miljoen aan planmatig onderhoud, "
                    "waarbij de vervanging van daken, kozijnen en ventilatie in de complexen uit de jaren zestig "
                    "prioriteit krijgt.",
               wie="Kernhuis, Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(9200000, "euro", "min")], (2024, "in 2024"), rec=True)),
    2025: dict(text="Kernhuis en Vlietstede besteden in 2025 samen ten minste € 9,2 miljoen aan planmatig onderhoud, "
                    "waarbij de vervanging van daken, kozijnen en ventilatie in de complexen uit de jaren zestig "
                    "prioriteit krijgt.",
               wanneer="2025",
               fr=fr(C, "firm", [(9200000, "euro", "min")], (2025, "in 2025"), rec=True),
               link=("reworded", [], "recurring_year")),
    2026: dict(text="Kernhuis en Vlietstede besteden in 2026 samen ten minste € 10,4 miljoen aan planmatig "
                    "onderhoud, waarbij de vervanging van daken, kozijnen en ventilatie in de complexen uit de jaren "
                    "zestig prioriteit krijgt.",
               wanneer="2026", status="gewijzigd",
               fr=fr(C, "firm", [(10400000, "euro", "min")], (2026, "in 2026"), rec=True),
               link=("strengthened", ["quantity"], None)),
})

K("co-melders", "k", {
    2024: dict(text="Kernhuis plaatst in 2024 een koolmonoxidemelder in alle woningen waar nog een open "
                    "verbrandingstoestel aanwezig is en informeert de bewoners over veilig gebruik van het toestel.",
               wie="Kernhuis", wanneer="2024", status="nieuw",
               fr=fr(C, "firm", [], (2024, "in 2024"))),
})

K("toegankelijkheid", "k", {
    2024: dict(text="Partijen onderzoeken of de woningvoorraad van de corporaties kan worden gelabeld naar de mate "
                    "van toegankelijkheid, zodat woningzoekenden met een lichamelijke beperking gerichter kunnen "
                    "zoeken.",
               wie="Allen", wanneer="2024", status="nieuw",
               fr=fr(P, "explore", [])),
    2025: dict(text="De corporaties labelen uiterlijk eind 2025 hun volledige woningvoorraad in Hoornwijk naar de "
                    "mate van toegankelijkheid en tonen dit label bij elke advertentie in het woonruimteverdeelsysteem, "
                    "zodat woningzoekenden met een lichamelijke beperking gerichter kunnen zoeken.",
               wie="Kernhuis, Vlietstede", wanneer="eind 2025", status="gewijzigd",
               fr=fr(C, "firm", [], (2025, "uiterlijk eind 2025")),
               link=("strengthened", ["modality"], None)),
    2026: dict(text="De corporaties labelen uiterlijk medio 2026 hun volledige woningvoorraad in Hoornwijk naar de "
                    "mate van toegankelijkheid en tonen dit label bij elke advertentie in het woonruimteverdeelsysteem, "
                    "zodat woningzoekenden met een lichamelijke beperking gerichter kunnen zoeken.",
               wanneer="medio 2026", status="vertraagd",
               fr=fr(C, "firm", [], (2026, "uiterlijk medio 2026")),
               link=("weakened", ["deadline"], None)),
})

K("wmo-aanpassingen", "k", {
    2024: dict(text="Partijen maken in 2024 werkafspraken over de verdeling van kosten en de uitvoering van "
                    "woningaanpassingen die op grond van de Wmo worden verstrekt, met als doel de doorlooptijd voor de "
                    "huurder te verkorten.",
               wie="Allen", wanneer="Q2 2024", status="nieuw",
               fr=fr(P, "firm", [], (2024, "in 2024"))),
    2025: dict(text="Partijen werken volgens de in 2024 gemaakte werkafspraken over de verdeling van kosten en de "
                    "uitvoering van woningaanpassingen die op grond van de Wmo worden verstrekt, met als doel de "
                    "doorlooptijd voor de huurder te verkorten.",
               wanneer="doorlopend", status="gewijzigd",
               fr=fr(P, "firm", []),
               link=("strengthened", ["modality"], None)),
    2026: dict(status="loopt"),
})

K("zorgwoningen-molenstraat", "kb", {
    2024: dict(text="Vlietstede realiseert in 2024 aan de Molenstraat een geclusterde woonvorm met 24 zorggeschikte "
                    "appartementen voor ouderen, in samenwerking met zorgaanbieder De Lindehof.",
               wie="Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(24, "woningen", "exact")], (2024, "in 2024"))),
    2025: dict(text="Vlietstede onderzoekt of aan de Molenstraat een geclusterde woonvorm met 24 zorggeschikte "
                    "appartementen voor ouderen kan worden gerealiseerd, afhankelijk van de financiering van de "
                    "zorginfrastructuur door zorgaanbieder De Lindehof.",
               wanneer="2025", status="gewijzigd",
               fr=fr(C, "explore", [(24, "woningen", "exact")], None,
                     cond=["afhankelijk van de financiering van de zorginfrastructuur door zorgaanbieder De Lindehof"]),
               link=("weakened", ["modality", "condition"], None)),
})

K("woonzorgvisie", "k", {
    2025: dict(text="De gemeente stelt vóór 1 april 2025 de woonzorgvisie Hoornwijk vast, waarin de opgave voor "
                    "zorggeschikte en levensloopbestendige woningen tot 2030 is uitgewerkt; de corporaties en het "
                    "Huurdersplatform leveren hiervoor input.",
               wie="Gemeente", wanneer="1 april 2025", status="nieuw",
               fr=fr(G, "firm", [], (2025, "vóór 1 april 2025"))),
    2026: dict(text="De gemeente stelt uiterlijk in het tweede kwartaal van 2026 de woonzorgvisie Hoornwijk vast, "
                    "waarin de opgave voor zorggeschikte en levensloopbestendige woningen tot 2030 is uitgewerkt; de "
                    "corporaties en het Huurdersplatform leveren hiervoor input.",
               wanneer="Q2 2026", status="vertraagd",
               fr=fr(G, "firm", [], (2026, "uiterlijk in het tweede kwartaal van 2026")),
               link=("weakened", ["deadline"], None)),
})

K("huurdersoordeel", "k", {
    2024: dict(text="De corporaties streven naar een gemiddeld huurdersoordeel van ten minste een 7,5 voor de "
                    "afhandeling van reparatieverzoeken en maken de uitkomsten van de Aedes-benchmark jaarlijks bekend "
                    "aan het Huurdersplatform.",
               wie="Kernhuis, Vlietstede", wanneer="jaarlijks", status="loopt",
               fr=fr(C, "intent", [(7.5, "rapportcijfer", "min")], None, rec=True)),
    2025: dict(),
    2026: dict(text="Voor de afhandeling van reparatieverzoeken streven de corporaties naar een gemiddeld "
                    "huurdersoordeel van minimaal 7,5; zij delen de uitkomsten van de Aedes-benchmark elk jaar met "
                    "het Huurdersplatform.",
               fr=fr(C, "intent", [(7.5, "rapportcijfer", "min")], None, rec=True),
               link=("reworded", [], "same_figures")),
})

# ---------------------------------------------------------------- leefbaarheid
K("leefbaarheid-budget", "l", {
    2024: dict(text="Kernhuis en Vlietstede besteden in 2024 ten minste € 95 per woning aan leefbaarheid, binnen het "
                    "wettelijk maximum van € 141,28 per woning; de inzet wordt afgestemd met de sociale wijkteams.",
               wie="Kernhuis, Vlietstede", wanneer="2024", status="loopt",
               fr=fr(C, "firm", [(95, "euro per woning", "min"), (141.28, "euro per woning", "max")],
                     (2024, "in 2024"), rec=True)),
    2025: dict(text="Kernhuis en Vlietstede besteden in 2025 ten minste € 95 per woning aan leefbaarheid, binnen het "
                    "wettelijk maximum van € 146,33 per woning; de inzet wordt afgestemd met de sociale wijkteams.",
               wanneer="2025",
               fr=fr(C, "firm", [(95, "euro per woning", "min"), (146.33, "euro per woning", "max")],
                     (2025, "in 2025"), rec=True),
               link=("reworded", [], "external_figure")),
    2026: dict(text="Kernhuis en Vlietstede besteden in 2026 ten minste € 110 per woning aan leefbaarheid, binnen het "
                    "wettelijk maximum van € 150,90 per woning; de inzet wordt afgestemd met de sociale wijkteams.",
               wanneer="2026", status="gewijzigd",
               fr=fr(C, "firm", [(110, "euro per woning", "min"), (150.90, "euro per woning", "max")],
                     (2026, "in 2026"), rec=True),
               link=("strengthened", ["quantity"], None)),
})

K("wijkbeheerders", "l", {
    2024: dict(text="Kernhuis en Vlietstede zetten in de wijken Oostmolen, De Kreek en Bleekveld een wijkbeheerder "
                    "in, die wekelijks een inloopspreekuur houdt in het buurthuis en voor bewoners het eerste "
                    "aanspreekpunt is.",
               wie="Kernhuis, Vlietstede", wanneer="doorlopend", status="loopt",
               fr=fr(C, "firm", [(1, "keer per week", "exact")])),
    2025: dict(text="Kernhuis en Vlietstede zetten in alle wijken van Hoornwijk en in het dorp Lindeloo een "
                    "wijkbeheerder in, die wekelijks een inloopspreekuur houdt in het buurthuis en voor bewoners het "
                    "eerste aanspreekpunt is.",
               status="gewijzigd",
               fr=fr(C, "firm", [(1, "keer per week", "exact")]),
               link=("strengthened", ["scope"], None)),
    2026: dict(text="Kernhuis en Vlietstede zetten in alle wijken van Hoornwijk en in het dorp Lindeloo een "
                    "wijkbeheerder in, die tweewekelijks een inloopspreekuur houdt in het buurthuis en voor bewoners "
                    "het eerste aanspreekpunt is.",
               status="gewijzigd",
               fr=fr(C, "firm", [(0.5, "keer per week", "exact")]),
               link=("weakened", ["quantity"], None)),
})

K("overleg-zorg-veiligheid", "l", {
    2024: dict(text="Partijen nemen deel aan het overleg Zorg en Veiligheid Hoornwijk, waarin signalen van ernstige "
                    "overlast en van bewoners met verward gedrag ten minste maandelijks worden besproken met de "
                    "politie en het sociaal wijkteam.",
               wie="Allen", wanneer="maandelijks", status="loopt",
               fr=fr(P, "firm", [(1, "keer per maand", "min")], None, rec=True)),
    2025: dict(),
    2026: dict(),
})

K("zachte-landing", "l", {
    2024: dict(text="De gemeente zorgt ervoor dat kwetsbare nieuwe huurders die uitstromen uit een instelling ten "
                    "minste twaalf maanden begeleiding ontvangen; de afspraken hierover worden per huurder vastgelegd "
                    "in een driepartijenovereenkomst.",
               wie="Gemeente", wanneer="doorlopend", status="loopt",
               fr=fr(G, "firm", [(12, "maanden", "min")])),
    2025: dict(text="De gemeente zet zich ervoor in dat kwetsbare nieuwe huurders die uitstromen uit een instelling "
                    "ten minste twaalf maanden begeleiding ontvangen; de afspraken hierover worden per huurder "
                    "vastgelegd in een driepartijenovereenkomst.",
               status="gewijzigd",
               fr=fr(G, "intent", [(12, "maanden", "min")]),
               link=("weakened", ["modality"], None)),
    2026: dict(status="loopt"),
})

K("buurtbudget", "l", {
    2024: dict(text="De gemeente en de corporaties stellen in 2024 samen een buurtbudget van € 40.000 beschikbaar "
                    "voor bewonersinitiatieven die bijdragen aan ontmoeting, groen en veiligheid in de buurt.",
               wie="Gemeente, Kernhuis, Vlietstede", wanneer="2024", status="loopt",
               fr=fr(G + C, "firm", [(40000, "euro", "exact")], (2024, "in 2024"), rec=True)),
    2025: dict(text="De gemeente en de corporaties stellen in 2025 samen een buurtbudget van € 40.000 beschikbaar "
                    "voor bewonersinitiatieven die bijdragen aan ontmoeting, groen en veiligheid in de buurt.",
               wanneer="2025",
               fr=fr(G + C, "firm", [(40000, "euro", "exact")], (2025, "in 2025"), rec=True),
               link=("reworded", [], "recurring_year")),
    2026: dict(text="De gemeente en de corporaties stellen in 2026 samen een buurtbudget van € 30.000 beschikbaar "
                    "voor bewonersinitiatieven die bijdragen aan ontmoeting, groen en veiligheid in de buurt.",
               wanneer="2026", status="gewijzigd",
               fr=fr(G + C, "firm", [(30000, "euro", "exact")], (2026, "in 2026"), rec=True),
               link=("weakened", ["quantity"], None)),
})

K("ontmoeting-hoge-hoorn", "l", {
    2024: dict(text="Vlietstede gaat in gesprek met welzijnsorganisatie Samen Hoornwijk over het openstellen van de "
                    "gemeenschappelijke ruimte in seniorencomplex De Hoge Hoorn voor ontmoetingsactiviteiten voor de "
                    "buurt.",
               wie="Vlietstede", wanneer="2024", status="nieuw",
               fr=fr(C, "discuss", [])),
    2025: dict(text="Vlietstede stelt de gemeenschappelijke ruimte in seniorencomplex De Hoge Hoorn ten minste drie "
                    "dagdelen per week kosteloos beschikbaar aan welzijnsorganisatie Samen Hoornwijk voor "
                    "ontmoetingsactiviteiten voor de buurt.",
               wanneer="doorlopend", status="gewijzigd",
               fr=fr(C, "firm", [(3, "dagdelen per week", "min")]),
               link=("strengthened", ["modality"], None)),
    2026: dict(text="De gemeenschappelijke ruimte in seniorencomplex De Hoge Hoorn wordt door Vlietstede ten minste "
                    "drie dagdelen per week kosteloos ter beschikking gesteld aan welzijnsorganisatie Samen Hoornwijk, "
                    "zodat daar ontmoetingsactiviteiten voor de buurt kunnen plaatsvinden.",
               status="loopt",
               fr=fr(C, "firm", [(3, "dagdelen per week", "min")]),
               link=("reworded", [], "same_figures")),
})

K("wijkschouw", "l", {
    2024: dict(text="Partijen houden in 2024 in elke wijk ten minste één wijkschouw samen met bewoners; de "
                    "bevindingen worden vastgelegd in een actielijst die in het bestuurlijk overleg wordt besproken.",
               wie="Allen", wanneer="2024", status="loopt",
               fr=fr(P, "firm", [(1, "wijkschouw per wijk", "min")], (2024, "in 2024"), rec=True)),
})

K("wijkaanpak-oostmolen", "l", {
    2025: dict(text="Partijen stellen uiterlijk 1 juli 2025 gezamenlijk een wijkaanpak op voor Oostmolen, gericht op "
                    "het terugdringen van overlast, het versterken van de sociale samenhang en het verbeteren van de "
                    "openbare ruimte rond de portiekflats.",
               wie="Allen", wanneer="1 juli 2025", status="nieuw",
               fr=fr(P, "firm", [], (2025, "uiterlijk 1 juli 2025"))),
    2026: dict(text="Partijen stellen uiterlijk 1 april 2026 gezamenlijk een wijkaanpak op voor Oostmolen, gericht op "
                    "het terugdringen van overlast, het versterken van de sociale samenhang en het verbeteren van de "
                    "openbare ruimte rond de portiekflats.",
               wanneer="1 april 2026", status="vertraagd",
               fr=fr(P, "firm", [], (2026, "uiterlijk 1 april 2026")),
               link=("weakened", ["deadline"], None)),
})

# ---------------------------------------------------------------- samenwerking en proces
K("bod-en-jaarschijf", "o", {
    2024: dict(text="Kernhuis en Vlietstede brengen vóór 1 juli 2024 hun overzicht van voorgenomen werkzaamheden uit, "
                    "waarna partijen in het najaar de jaarschijf 2025 opstellen en deze uiterlijk 15 december 2024 "
                    "ondertekenen.",
               wie="Kernhuis, Vlietstede, Allen", wanneer="1 juli en 15 december 2024", status="doorlopend",
               fr=fr(C + P, "firm", [], (2024, "uiterlijk 15 december 2024"), rec=True)),
    2025: dict(text="Kernhuis en Vlietstede brengen vóór 1 juli 2025 hun overzicht van voorgenomen werkzaamheden uit, "
                    "waarna partijen in het najaar de jaarschijf 2026 opstellen en deze uiterlijk 15 december 2025 "
                    "ondertekenen.",
               wanneer="1 juli en 15 december 2025",
               fr=fr(C + P, "firm", [], (2025, "uiterlijk 15 december 2025"), rec=True),
               link=("reworded", [], "recurring_year")),
    2026: dict(text="Kernhuis en Vlietstede brengen vóór 1 juli 2026 hun overzicht van voorgenomen werkzaamheden uit, "
                    "waarna partijen in het najaar de jaarschijf 2027 opstellen en deze uiterlijk 15 december 2026 "
                    "ondertekenen.",
               wanneer="1 juli en 15 december 2026",
               fr=fr(C + P, "firm", [], (2026, "uiterlijk 15 december 2026"), rec=True),
               link=("reworded", [], "recurring_year")),
})

K("monitoring", "o", {
    2024: dict(text="Partijen bespreken de voortgang van de acties uit deze jaarschijf twee keer per jaar in het "
                    "bestuurlijk overleg, op basis van een monitor die door de gemeente wordt opgesteld en uiterlijk "
                    "twee weken voor het overleg wordt rondgestuurd.",
               wie="Allen", wanneer="voorjaar en najaar", status="doorlopend",
               fr=fr(P + G, "firm", [(2, "keer per jaar", "exact"), (2, "weken", "min")], None, rec=True)),
    2025: dict(),
    2026: dict(),
})

K("ondersteuning-huurders", "o", {
    2024: dict(text="De corporaties stellen het Huurdersplatform per 1 januari 2024 een jaarlijks budget van € 25.000 "
                    "beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijke deskundigheid bij de "
                    "prestatieafspraken.",
               wie="Kernhuis, Vlietstede", wanneer="1 januari 2024", status="loopt",
               fr=fr(C, "firm", [(25000, "euro", "exact")], (2024, "per 1 januari 2024"), rec=True)),
    2025: dict(text="De corporaties stellen het Huurdersplatform per 1 januari 2025 een jaarlijks budget van € 25.000 "
                    "beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijke deskundigheid bij de "
                    "prestatieafspraken.",
               wanneer="1 januari 2025",
               fr=fr(C, "firm", [(25000, "euro", "exact")], (2025, "per 1 januari 2025"), rec=True),
               link=("reworded", [], "recurring_year")),
    2026: dict(text="De corporaties stellen het Huurdersplatform per 1 januari 2026 een jaarlijks budget van € 27.500 "
                    "beschikbaar voor ondersteuning, scholing en het inhuren van onafhankelijke deskundigheid bij de "
                    "prestatieafspraken.",
               wanneer="1 januari 2026", status="gewijzigd",
               fr=fr(C, "firm", [(27500, "euro", "exact")], (2026, "per 1 januari 2026"), rec=True),
               link=("strengthened", ["quantity"], None)),
})

K("tussentijdse-evaluatie", "o", {
    2024: dict(text="Partijen voeren vóór 1 oktober 2024 een tussentijdse evaluatie uit van de kaderafspraken "
                    "2023-2026 en passen zo nodig de doelen voor de jaren 2025 en 2026 aan.",
               wie="Allen", wanneer="1 oktober 2024", status="nieuw",
               fr=fr(P, "firm", [], (2024, "vóór 1 oktober 2024"))),
})

K("dashboard", "o", {
    2024: dict(text="De gemeente ontwikkelt in het derde kwartaal van 2024, in samenwerking met de corporaties, een "
                    "digitaal dashboard waarin de kerncijfers van deze jaarschijf per kwartaal worden bijgehouden en "
                    "dat toegankelijk is voor alle partijen.",
               wie="Gemeente", wanneer="Q3 2024", status="nieuw",
               fr=fr(G, "firm", [], (2024, "in het derde kwartaal van 2024"))),
    2025: dict(text="De gemeente ontwikkelt in het eerste kwartaal van 2025, in samenwerking met de corporaties, een "
                    "digitaal dashboard waarin de kerncijfers van deze jaarschijf per kwartaal worden bijgehouden en "
                    "dat toegankelijk is voor alle partijen.",
               wanneer="Q1 2025", status="vertraagd",
               fr=fr(G, "firm", [], (2025, "in het eerste kwartaal van 2025")),
               link=("weakened", ["deadline"], None)),
})

K("nieuwe-kaderafspraken", "o", {
    2026: dict(text="Partijen evalueren in het eerste kwartaal van 2026 de kaderafspraken 2023-2026 en starten op "
                    "basis daarvan het overleg over nieuwe kaderafspraken voor de periode 2027-2030, waarvan de "
                    "jaarschijf 2027 het eerste uitvoeringsjaar vormt.",
               wie="Allen", wanneer="Q1 2026", status="nieuw",
               fr=fr(P, "firm", [], (2026, "in het eerste kwartaal van 2026"))),
})


# ---------------------------------------------------------------- chapter structure per jaarschijf
CH_B = {2024: "Beschikbaar en betaalbaar wonen", 2025: "Beschikbaar en betaalbaar wonen",
        2026: "Betaalbaar wonen en voldoende aanbod"}
CH_D = {2024: "Duurzaam en energiezuinig wonen", 2025: "Duurzaam en energiezuinig wonen",
        2026: "Energietransitie en klimaat"}
CH_K = {2024: "Goed en gezond wonen", 2025: "Goed en gezond wonen",
        2026: "Kwaliteit, toegankelijkheid en zorg"}
CH_L = {2024: "Prettig wonen in wijk en dorp", 2025: "Prettig wonen in wijk en dorp",
        2026: "Leefbare wijken en dorpen"}
CH_P = {2024: "Samenwerking en monitoring", 2025: "Samenwerking en monitoring", 2026: "Samenwerking en monitoring"}

ORDER = {
    2024: [
        (CH_B, ["nieuwbouw-programma", "nieuwbouw-oostmolen", "bouwlocaties", "huisvestingsverordening", "verkoop",
                "liberalisatie", "huurverhoging", "toewijzing-inkomensgrens", "voorrang-starters", "statushouders",
                "uitstroom-bw", "doorstroming-senioren", "inschrijfduur", "huurachterstand", "huisuitzettingen"]),
        (CH_D, ["label-efg", "gemiddeld-label", "isolatie-kernhuis", "zonnepanelen", "hybride-warmtepomp",
                "wijkuitvoeringsplan-dekreek", "energiecoaches", "klimaatadaptatie", "nieuwbouw-duurzaam"]),
        (CH_K, ["vocht-schimmel", "onderhoud-budget", "co-melders", "toegankelijkheid", "wmo-aanpassingen",
                "zorgwoningen-molenstraat", "huurdersoordeel"]),
        (CH_L, ["leefbaarheid-budget", "wijkbeheerders", "overleg-zorg-veiligheid", "zachte-landing", "buurtbudget",
                "ontmoeting-hoge-hoorn", "wijkschouw"]),
        (CH_P, ["bod-en-jaarschijf", "monitoring", "ondersteuning-huurders", "tussentijdse-evaluatie", "dashboard"]),
    ],
    2025: [
        (CH_B, ["nieuwbouw-programma", "nieuwbouw-oostmolen", "bouwlocaties", "flexwonen", "verkoop", "liberalisatie",
                "huurverhoging", "toewijzing-inkomensgrens", "voorrang-starters", "huisvestingsverordening",
                "statushouders", "uitstroom-bw", "doorstroming-senioren", "inschrijfduur", "huurachterstand",
                "huisuitzettingen"]),
        (CH_D, ["label-efg", "gemiddeld-label", "isolatie-kernhuis", "hybride-warmtepomp", "zonnepanelen",
                "wijkuitvoeringsplan-dekreek", "energiecoaches", "klimaatadaptatie", "nieuwbouw-duurzaam",
                "participatieprotocol"]),
        (CH_K, ["vocht-schimmel", "onderhoud-budget", "toegankelijkheid", "wmo-aanpassingen",
                "zorgwoningen-molenstraat", "woonzorgvisie", "huurdersoordeel"]),
        (CH_L, ["wijkaanpak-oostmolen", "leefbaarheid-budget", "wijkbeheerders", "overleg-zorg-veiligheid",
                "zachte-landing", "buurtbudget", "ontmoeting-hoge-hoorn"]),
        (CH_P, ["bod-en-jaarschijf", "monitoring", "ondersteuning-huurders", "dashboard"]),
    ],
    2026: [
        (CH_B, ["nieuwbouw-programma", "nieuwbouw-oostmolen", "bouwlocaties", "flexwonen", "verkoop", "liberalisatie",
                "huurverhoging", "energiecoaches", "toewijzing-inkomensgrens", "voorrang-starters", "statushouders",
                "uitstroom-bw", "doorstroming-senioren", "slaagkansen-monitor", "huisuitzettingen"]),
        (CH_D, ["label-efg", "gemiddeld-label", "isolatie-kernhuis", "hybride-warmtepomp", "warmtenet-dekreek",
                "klimaatadaptatie", "nieuwbouw-duurzaam", "participatieprotocol"]),
        (CH_K, ["vocht-schimmel", "onderhoud-budget", "toegankelijkheid", "wmo-aanpassingen", "woonzorgvisie",
                "huurdersoordeel"]),
        (CH_L, ["wijkaanpak-oostmolen", "leefbaarheid-budget", "wijkbeheerders", "overleg-zorg-veiligheid",
                "zachte-landing", "huurachterstand", "buurtbudget", "ontmoeting-hoge-hoorn"]),
        (CH_P, ["bod-en-jaarschijf", "monitoring", "ondersteuning-huurders", "nieuwe-kaderafspraken"]),
    ],
}


def resolved():
    """key -> {"themes": [...], "v": {year: full version dict}}; fields not given in a version are
    inherited from the previous version of the same afspraak (never 'link')."""
    out = {}
    for a in AFSPRAKEN:
        prev = None
        res = {}
        for y in sorted(a["versions"]):
            given = a["versions"][y]
            v = {} if prev is None else {k: val for k, val in prev.items() if k != "link"}
            v.update(given)
            for f in ("text", "wie", "wanneer", "status", "fr"):
                assert f in v, (a["key"], y, f)
            res[y] = v
            prev = v
        out[a["key"]] = {"themes": a["themes"], "v": res}
    return out
