# -*- coding: utf-8 -*-
"""Content of the zeggeveen family: prestatieafspraken as a PowerPoint notes-pages export."""

YEARS = [2025, 2026, 2027]
GEMEENTE = "Zeggeveen"
CORPORATIES = ["Woonstichting Het Zeggeland", "Wooncorporatie Veenhof"]
HUURDERS = ["Huurdersplatform Zeggeveen"]
MEETING = {2025: "28 november 2024", 2026: "27 november 2025", 2027: "26 november 2026"}
SIGNING = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}

B, D, K, L, O = ("beschikbaarheid_betaalbaarheid", "duurzaamheid_klimaat", "kwaliteit",
                 "leefbaarheid", "overig")


def F(actors, modality, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        v, unit, comp = t[0], t[1], t[2]
        qs.append({"value": v, "unit": unit, "comparator": comp,
                   "value_max": t[3] if len(t) > 3 else None})
    return {"actors": list(actors), "modality": modality, "quantities": qs,
            "deadline": {"year": dl[0], "text": dl[1]} if dl else None,
            "recurring": rec, "conditions": list(cond)}


G, C, P = "gemeente", "corporatie", "partijen"

# Slides holding afspraken, in order. numbered: points printed "1.", "2.", ... (restarting per slide).
SLIDES = [
    ("nieuwbouw", "Wonen: nieuwbouw en woningvoorraad", True),
    ("betaalbaar", "Betaalbaar wonen", True),
    ("toewijzing", "Toewijzing en doorstroming", True),
    ("duurzaam1", "Duurzaamheid (1/2): de woningen", True),
    ("duurzaam2", "Duurzaamheid (2/2): wijk en bewoners", True),
    ("kwaliteit", "Kwaliteit en wonen met zorg", False),
    ("leefbaar", "Leefbaarheid in de wijken", False),
    ("samen", "Samenwerking en proces", False),
]

# Afspraken: key, slide, themes, tag (trekker as printed, or None), {year: (text, frame)}
ITEMS = [
    ("nieuwbouw-rietkraag", "nieuwbouw", [B], "Corp.", {
        2025: ("Het Zeggeland levert in 2025 in het plan De Rietkraag 36 sociale huurwoningen op.",
               F([C], "firm", [(36, "woningen", "exact")], (2025, "in 2025"))),
        2026: ("Het Zeggeland levert in het plan De Rietkraag 36 sociale huurwoningen op; door vertraging in de vergunningverlening is de oplevering voorzien in het tweede kwartaal van 2026.",
               F([C], "firm", [(36, "woningen", "exact")], (2026, "tweede kwartaal van 2026"))),
    }),
    ("nieuwbouw-turfvaart", "nieuwbouw", [B, K], "Corp.", {
        2025: ("Veenhof start in 2025 met de bouw van 28 levensloopgeschikte appartementen aan de Turfvaart.",
               F([C], "firm", [(28, "woningen", "exact")], (2025, "in 2025"))),
        2026: ("Veenhof start uiterlijk in 2026 met de bouw van 28 levensloopgeschikte appartementen aan de Turfvaart, onder voorbehoud van goedkeuring door de Raad van Commissarissen.",
               F([C], "firm", [(28, "woningen", "exact")], (2026, "uiterlijk in 2026"), False,
                 ["onder voorbehoud van goedkeuring door de Raad van Commissarissen"])),
        2027: ("Veenhof start in het eerste kwartaal van 2027 met de bouw van 28 levensloopgeschikte appartementen aan de Turfvaart.",
               F([C], "firm", [(28, "woningen", "exact")], (2027, "eerste kwartaal van 2027"))),
    }),
    ("nieuwbouw-kerkpad", "nieuwbouw", [B], "Corp.", {
        2027: ("Het Zeggeland start in 2027 met de bouw van 18 sociale huurwoningen op de locatie Kerkpad, onder voorbehoud van een onherroepelijke omgevingsvergunning.",
               F([C], "firm", [(18, "woningen", "exact")], (2027, "in 2027"), False,
                 ["onder voorbehoud van een onherroepelijke omgevingsvergunning"])),
    }),
    ("sociale-voorraad", "nieuwbouw", [B], None, {
        2025: ("Partijen streven ernaar dat de sociale huurvoorraad in Zeggeveen tot en met 2030 ten minste 3.150 woningen omvat.",
               F([P], "intent", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
        2026: "same",
        2027: ("Partijen zorgen ervoor dat de sociale huurvoorraad in Zeggeveen tot en met 2030 ten minste 3.150 woningen omvat.",
               F([P], "firm", [(3150, "woningen", "min")], (2030, "tot en met 2030"))),
    }),
    ("verkoop", "nieuwbouw", [B], "Corp.", {
        2025: ("Het Zeggeland en Veenhof verkopen in 2025 samen ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie.",
               F([C], "firm", [(10, "woningen", "max")], (2025, "in 2025"), True)),
        2026: ("Het Zeggeland en Veenhof verkopen in 2026 samen ten hoogste 6 sociale huurwoningen, uitsluitend bij mutatie.",
               F([C], "firm", [(6, "woningen", "max")], (2026, "in 2026"), True)),
        2027: ("In 2027 verkopen Het Zeggeland en Veenhof gezamenlijk niet meer dan zes sociale huurwoningen, en alleen bij mutatie.",
               F([C], "firm", [(6, "woningen", "max")], (2027, "in 2027"), True)),
    }),
    ("grondprijs", "nieuwbouw", [B], "Gem.", {
        2025: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 18.500 per woning (prijspeil 2025).",
               F([G], "firm", [(18500, "euro", "exact")])),
        2026: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 19.050 per woning (prijspeil 2026).",
               F([G], "firm", [(19050, "euro", "exact")])),
        2027: ("De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 19.050 per woning (prijspeil 2026), mits de bouw binnen twee jaar na de gronduitgifte start.",
               F([G], "firm", [(19050, "euro", "exact"), (2, "jaar", "max")], None, False,
                 ["mits de bouw binnen twee jaar na de gronduitgifte start"])),
    }),
    ("flexwonen", "nieuwbouw", [B], "Gem.", {
        2025: ("De gemeente onderzoekt in 2025 twee locaties voor tijdelijke woningen voor spoedzoekers.",
               F([G], "explore", [(2, "locaties", "exact")], (2025, "in 2025"))),
        2026: ("De gemeente realiseert in 2026 op de locatie Zuiderveld 24 tijdelijke woningen voor spoedzoekers; Veenhof verzorgt de verhuur.",
               F([G, C], "firm", [(24, "woningen", "exact")], (2026, "in 2026"))),
        2027: ("De gemeente realiseert uiterlijk medio 2027 op de locatie Zuiderveld 24 tijdelijke woningen voor spoedzoekers; Veenhof verzorgt de verhuur.",
               F([G, C], "firm", [(24, "woningen", "exact")], (2027, "uiterlijk medio 2027"))),
    }),
    # ---- betaalbaar
    ("huurverhoging", "betaalbaar", [B], "Corp.", {
        2025: ("De gemiddelde huurverhoging van beide corporaties blijft in 2025 ten hoogste gelijk aan de inflatie.",
               F([C], "firm", [], (2025, "in 2025"), True)),
        2026: ("De gemiddelde huurverhoging van beide corporaties blijft in 2026 ten minste 0,5 procentpunt onder de inflatie.",
               F([C], "firm", [(0.5, "procentpunt", "min")], (2026, "in 2026"), True)),
        2027: ("De gemiddelde huurverhoging van beide corporaties blijft in 2027 ten minste 0,5 procentpunt onder de inflatie.",
               F([C], "firm", [(0.5, "procentpunt", "min")], (2027, "in 2027"), True)),
    }),
    ("huurverlaging", "betaalbaar", [B], "Corp.", {
        2026: ("De corporaties verlagen in 2026 op verzoek de huur tot de aftoppingsgrens voor huurders met recht op huurtoeslag die een te hoge huur betalen.",
               F([C], "firm", [], (2026, "in 2026"), True)),
        2027: ("De corporaties verlagen in 2027 op verzoek de huur tot de aftoppingsgrens voor huurders met recht op huurtoeslag die een te hoge huur betalen.",
               F([C], "firm", [], (2027, "in 2027"), True)),
    }),
    ("huurachterstand", "betaalbaar", [B], "Corp.", {
        2025: ("Bij een huurachterstand van één maand nemen de corporaties binnen tien werkdagen persoonlijk contact op met de huurder.",
               F([C], "firm", [(1, "maanden", "exact"), (10, "werkdagen", "max")])),
        2026: "same",
        2027: ("Bij een huurachterstand van één maand nemen de corporaties binnen vijf werkdagen persoonlijk contact op met de huurder.",
               F([C], "firm", [(1, "maanden", "exact"), (5, "werkdagen", "max")])),
    }),
    ("huisuitzettingen", "betaalbaar", [B, L], "Corp.", {
        2025: ("Een ontruiming wegens huurachterstand vindt alleen plaats nadat de huurder schuldhulpverlening door de gemeente is aangeboden.",
               F([C, G], "firm", [], None, False, ["nadat de huurder schuldhulpverlening door de gemeente is aangeboden"])),
        2026: ("De corporaties gaan pas over tot ontruiming wegens huurachterstand als de gemeente de huurder eerst schuldhulpverlening heeft aangeboden.",
               F([C, G], "firm", [], None, False, ["als de gemeente de huurder eerst schuldhulpverlening heeft aangeboden"])),
        2027: "same",
    }),
    # ---- toewijzing
    ("urgentieregeling", "toewijzing", [B], "Gem.", {
        2025: ("De gemeente stelt in 2025 een nieuwe urgentieregeling vast, waarin ook mantelzorgers en uitstromers uit de maatschappelijke opvang een urgentie kunnen krijgen.",
               F([G], "firm", [], (2025, "in 2025"))),
        2026: ("De gemeente stelt in het eerste kwartaal van 2026 een nieuwe urgentieregeling vast, waarin ook mantelzorgers en uitstromers uit de maatschappelijke opvang een urgentie kunnen krijgen.",
               F([G], "firm", [], (2026, "eerste kwartaal van 2026"))),
    }),
    ("vergunninghouders", "toewijzing", [B], None, {
        2025: ("Partijen zorgen er samen voor dat in 2025 de taakstelling voor de huisvesting van vergunninghouders van 41 personen wordt gehaald.",
               F([P], "firm", [(41, "personen", "exact")], (2025, "in 2025"), True)),
        2026: ("Partijen zorgen er samen voor dat in 2026 de taakstelling voor de huisvesting van vergunninghouders van 47 personen wordt gehaald.",
               F([P], "firm", [(47, "personen", "exact")], (2026, "in 2026"), True)),
        2027: ("Partijen zorgen er samen voor dat in 2027 de taakstelling voor de huisvesting van vergunninghouders van 44 personen wordt gehaald.",
               F([P], "firm", [(44, "personen", "exact")], (2027, "in 2027"), True)),
    }),
    ("doorstroming", "toewijzing", [B], "Corp.", {
        2025: ("Veenhof onderzoekt in 2025 een doorstroomregeling voor 65-plussers die een eengezinswoning achterlaten.",
               F([C], "explore", [(65, "jaar", "min")], (2025, "in 2025"))),
        2026: ("Veenhof voert per 1 juli 2026 een doorstroomregeling in voor 65-plussers die een eengezinswoning achterlaten; zij behouden hun huidige kale huur.",
               F([C], "firm", [(65, "jaar", "min")], (2026, "per 1 juli 2026"))),
        2027: ("Veenhof en Het Zeggeland hanteren een doorstroomregeling voor 65-plussers die een eengezinswoning achterlaten; zij behouden hun huidige kale huur.",
               F([C], "firm", [(65, "jaar", "min")])),
    }),
    ("middenhuur", "toewijzing", [B], "Corp.", {
        2025: ("Veenhof wijst vrijkomende middenhuurwoningen met voorrang toe aan huishoudens met een inkomen tot € 61.000 (prijspeil 2025).",
               F([C], "firm", [(61000, "euro", "max")])),
        2026: ("Veenhof wijst vrijkomende middenhuurwoningen met voorrang toe aan huishoudens met een inkomen tot € 62.800 (prijspeil 2026).",
               F([C], "firm", [(62800, "euro", "max")])),
        2027: ("Vrijkomende middenhuurwoningen van Veenhof worden met voorrang toegewezen aan huishoudens met een inkomen tot € 64.200 (prijspeil 2027).",
               F([C], "firm", [(64200, "euro", "max")])),
    }),
    # ---- duurzaam 1
    ("labels-efg", "duurzaam1", [D], "Corp.", {
        2025: ("Het Zeggeland en Veenhof hebben eind 2027 geen woningen meer met energielabel E, F of G.",
               F([C], "firm", [], (2027, "eind 2027"))),
        2026: ("Eind 2027 hebben Het Zeggeland en Veenhof geen woningen meer met energielabel E, F of G; in 2026 worden de laatste 86 van deze woningen aangepakt.",
               F([C], "firm", [(86, "woningen", "exact")], (2027, "eind 2027"))),
        2027: ("Het Zeggeland en Veenhof hebben eind 2028 geen woningen meer met energielabel E, F of G.",
               F([C], "firm", [], (2028, "eind 2028"))),
    }),
    ("isolatie-zeggeland", "duurzaam1", [D], "Corp.", {
        2025: ("Het Zeggeland isoleert in 2025 ten minste 120 woningen in de wijk Oude Veen naar ten minste label C.",
               F([C], "firm", [(120, "woningen", "min")], (2025, "in 2025"), True)),
        2026: ("Het Zeggeland isoleert in 2026 ten minste 150 woningen in de wijk Oude Veen naar ten minste label B.",
               F([C], "firm", [(150, "woningen", "min")], (2026, "in 2026"), True)),
        2027: ("Het Zeggeland isoleert in 2027 ten minste 150 woningen in de wijk Oude Veen naar ten minste label C.",
               F([C], "firm", [(150, "woningen", "min")], (2027, "in 2027"), True)),
    }),
    ("zonnepanelen-veenhof", "duurzaam1", [D], "Corp.", {
        2025: ("Veenhof plaatst in 2025 zonnepanelen op 80 eengezinswoningen, zonder huurverhoging voor de zittende huurder.",
               F([C], "firm", [(80, "woningen", "exact")], (2025, "in 2025"), True)),
        2026: ("Veenhof plaatst in 2026 zonnepanelen op 80 eengezinswoningen, zonder huurverhoging voor de zittende huurder en onder voorbehoud van subsidie.",
               F([C], "firm", [(80, "woningen", "exact")], (2026, "in 2026"), True, ["onder voorbehoud van subsidie"])),
        2027: ("Veenhof plaatst in 2027 zonnepanelen op 60 eengezinswoningen, zonder huurverhoging voor de zittende huurder en onder voorbehoud van subsidie.",
               F([C], "firm", [(60, "woningen", "exact")], (2027, "in 2027"), True, ["onder voorbehoud van subsidie"])),
    }),
    ("warmtepompen", "duurzaam1", [D], "Corp.", {
        2027: ("Veenhof voorziet in 2027 ten minste 40 grondgebonden woningen in Westerzegge van een hybride warmtepomp.",
               F([C], "firm", [(40, "woningen", "min")], (2027, "in 2027"))),
    }),
    ("klimaatadaptatie", "duurzaam1", [D], "Corp.", {
        2025: ("Bij groot onderhoud onderzoeken de corporaties per complex of groene daken of het afkoppelen van regenwater mogelijk zijn.",
               F([C], "explore")),
        2026: ("Bij groot onderhoud koppelen de corporaties per complex het regenwater af, tenzij dit technisch niet mogelijk is; groene daken worden per complex onderzocht.",
               F([C], "firm", [], None, False, ["tenzij dit technisch niet mogelijk is"])),
        2027: "same",
    }),
    # ---- duurzaam 2
    ("wijkuitvoeringsplan", "duurzaam2", [D], "Gem.", {
        2025: ("De gemeente stelt in 2025 samen met beide corporaties een wijkuitvoeringsplan op voor het aardgasvrij maken van Westerzegge.",
               F([G, C], "firm", [], (2025, "in 2025"))),
        2026: ("De gemeente verkent in 2026 samen met beide corporaties de mogelijkheden voor een wijkuitvoeringsplan voor het aardgasvrij maken van Westerzegge.",
               F([G, C], "explore", [], (2026, "in 2026"))),
    }),
    ("energiecoaches", "duurzaam2", [D, B], "Gem.", {
        2025: ("De gemeente zet in 2025 energiecoaches in voor huurders met hoge energielasten; de corporaties verwijzen huurders actief door.",
               F([G, C], "firm", [], (2025, "in 2025"), True)),
        2026: ("In 2026 zet de gemeente energiecoaches in voor huurders met hoge energielasten, naar wie de corporaties huurders actief doorverwijzen.",
               F([G, C], "firm", [], (2026, "in 2026"), True)),
        2027: ("De gemeente zet in 2027 energiecoaches in voor huurders met hoge energielasten, waar mogelijk in samenwerking met de corporaties.",
               F([G, C], "firm", [], (2027, "in 2027"), True, ["waar mogelijk"])),
    }),
    ("energiefonds", "duurzaam2", [D, B], "Gem.", {
        2026: ("De gemeente stelt in 2026 een noodfonds van € 50.000 beschikbaar voor huurders die hun energierekening niet kunnen betalen.",
               F([G], "firm", [(50000, "euro", "exact")], (2026, "in 2026"), True)),
        2027: ("De gemeente stelt in 2027 een noodfonds van € 35.000 beschikbaar voor huurders die hun energierekening niet kunnen betalen.",
               F([G], "firm", [(35000, "euro", "exact")], (2027, "in 2027"), True)),
    }),
    ("ledverlichting", "duurzaam2", [D], "Corp.", {
        2025: ("Het Zeggeland vervangt in 2025 de verlichting in alle algemene ruimten van haar portiekflats door ledverlichting.",
               F([C], "firm", [], (2025, "in 2025"))),
    }),
    # ---- kwaliteit
    ("vocht-schimmel", "kwaliteit", [K], "Corp.", {
        2025: ("Meldingen van vocht en schimmel worden binnen vijf werkdagen gevolgd door een inspectie in de woning.",
               F([C], "firm", [(5, "werkdagen", "max")])),
        2026: ("Na een melding van vocht of schimmel inspecteren de corporaties de woning binnen vijf werkdagen.",
               F([C], "firm", [(5, "werkdagen", "max")])),
        2027: ("Na een melding van vocht of schimmel inspecteren de corporaties de woning binnen vijf werkdagen en stellen zij binnen vier weken een herstelplan op.",
               F([C], "firm", [(5, "werkdagen", "max"), (4, "weken", "max")])),
    }),
    ("huurdersoordeel", "kwaliteit", [K], "Corp.", {
        2025: ("De corporaties streven naar een huurdersoordeel van ten minste 7,5 voor de afhandeling van reparatieverzoeken.",
               F([C], "intent", [(7.5, "rapportcijfer", "min")])),
        2026: "same",
        2027: ("De corporaties streven naar een huurdersoordeel van ten minste 7,0 voor de afhandeling van reparatieverzoeken.",
               F([C], "intent", [(7.0, "rapportcijfer", "min")])),
    }),
    ("woningaanpassingen", "kwaliteit", [K], "Gem.", {
        2025: ("De gemeente en de corporaties leggen in 2025 in een convenant vast hoe de kosten van kleine woningaanpassingen vanuit de Wmo worden verdeeld.",
               F([G, C], "firm", [], (2025, "in 2025"))),
        2026: ("De gemeente en de corporaties gaan in 2026 in gesprek over de verdeling van de kosten van kleine woningaanpassingen vanuit de Wmo.",
               F([G, C], "discuss", [], (2026, "in 2026"))),
    }),
    ("rookmelders", "kwaliteit", [K], "Corp.", {
        2025: ("Veenhof brengt in 2025 in alle woningen zonder rookmelder ten minste één rookmelder aan.",
               F([C], "firm", [(1, "rookmelders", "min")], (2025, "in 2025"))),
    }),
    ("geclusterd-wonen", "kwaliteit", [K, B], "Corp.", {
        2025: ("Het Zeggeland onderzoekt in 2025 de mogelijkheid van een geclusterde woonvorm voor ouderen met een zorgvraag in De Rietkraag.",
               F([C], "explore", [], (2025, "in 2025"))),
        2026: ("Het Zeggeland realiseert in De Rietkraag een geclusterde woonvorm met 12 appartementen voor ouderen met een zorgvraag; de oplevering is voorzien in 2027.",
               F([C], "firm", [(12, "woningen", "exact")], (2027, "in 2027"))),
        2027: ("Het Zeggeland levert in De Rietkraag uiterlijk in het eerste kwartaal van 2027 een geclusterde woonvorm op met 12 appartementen voor ouderen met een zorgvraag.",
               F([C], "firm", [(12, "woningen", "exact")], (2027, "uiterlijk in het eerste kwartaal van 2027"))),
    }),
    # ---- leefbaarheid
    ("leefbaarheidsbudget", "leefbaar", [L], "Corp.", {
        2025: ("Het Zeggeland en Veenhof besteden in 2025 elk € 95 per woning aan leefbaarheid in hun wijken.",
               F([C], "firm", [(95, "euro per woning", "exact")], (2025, "in 2025"), True)),
        2026: ("Het Zeggeland en Veenhof besteden in 2026 elk € 110 per woning aan leefbaarheid in hun wijken.",
               F([C], "firm", [(110, "euro per woning", "exact")], (2026, "in 2026"), True)),
        2027: ("Het Zeggeland en Veenhof besteden in 2027 elk € 110 per woning aan leefbaarheid in hun wijken.",
               F([C], "firm", [(110, "euro per woning", "exact")], (2027, "in 2027"), True)),
    }),
    ("wijkbeheerder", "leefbaar", [L], "Corp.", {
        2025: ("Het Zeggeland zet in de wijken Oude Veen en Westerzegge een wijkbeheerder in voor 24 uur per week.",
               F([C], "firm", [(24, "uur per week", "exact")])),
        2026: ("Het Zeggeland zet in de wijk Oude Veen een wijkbeheerder in voor 24 uur per week.",
               F([C], "firm", [(24, "uur per week", "exact")])),
        2027: ("Voor 24 uur per week zet Het Zeggeland een wijkbeheerder in de wijk Oude Veen in.",
               F([C], "firm", [(24, "uur per week", "exact")])),
    }),
    ("zachte-landing", "leefbaar", [L, B], None, {
        2025: ("Partijen werken volgens het convenant Zachte Landing; de corporaties stellen per jaar ten minste 8 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
               F([P, C], "firm", [(8, "woningen", "min")], None, True)),
        2026: ("Partijen werken volgens het convenant Zachte Landing; de corporaties stellen per jaar ten minste 10 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
               F([P, C], "firm", [(10, "woningen", "min")], None, True)),
        2027: ("Partijen werken volgens het convenant Zachte Landing; de corporaties streven ernaar per jaar ten minste 10 woningen beschikbaar te stellen voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
               F([P, C], "intent", [(10, "woningen", "min")], None, True)),
    }),
    ("bewonersinitiatieven", "leefbaar", [L], "Gem.", {
        2025: ("De gemeente stelt in 2025 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen.",
               F([G], "firm", [(20000, "euro", "exact")], (2025, "in 2025"), True)),
        2026: ("De gemeente stelt in 2026 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen, onder voorbehoud van vaststelling van de gemeentebegroting.",
               F([G], "firm", [(20000, "euro", "exact")], (2026, "in 2026"), True,
                 ["onder voorbehoud van vaststelling van de gemeentebegroting"])),
        2027: ("De gemeente stelt in 2027 € 20.000 beschikbaar voor bewonersinitiatieven in buurten met veel huurwoningen; het bedrag is opgenomen in de vastgestelde meerjarenbegroting.",
               F([G], "firm", [(20000, "euro", "exact")], (2027, "in 2027"), True)),
    }),
    ("wijkschouw", "leefbaar", [L], "Gem.", {
        2027: ("De gemeente en de corporaties organiseren in 2027 in elke wijk ten minste één schouw met bewoners, politie en het wijkteam.",
               F([G, C], "firm", [(1, "schouwen", "min")], (2027, "in 2027"), True)),
    }),
    # ---- samenwerking
    ("monitoring", "samen", [O], None, {
        2025: ("Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg.",
               F([P], "firm", [(2, "keer per jaar", "exact")], None, True)),
        2026: "same",
        2027: "same",
    }),
    ("ondersteuning-platform", "samen", [O], "Corp.", {
        2025: ("De corporaties stellen het Huurdersplatform Zeggeveen in 2025 een budget van € 12.500 beschikbaar voor scholing en onafhankelijk advies.",
               F([C], "firm", [(12500, "euro", "exact")], (2025, "in 2025"), True)),
        2026: ("De corporaties stellen het Huurdersplatform Zeggeveen in 2026 een budget van € 12.500 beschikbaar voor scholing en onafhankelijk advies.",
               F([C], "firm", [(12500, "euro", "exact")], (2026, "in 2026"), True)),
        2027: ("De corporaties stellen het Huurdersplatform Zeggeveen in 2027 een budget van € 15.000 beschikbaar voor scholing en onafhankelijk advies.",
               F([C], "firm", [(15000, "euro", "exact")], (2027, "in 2027"), True)),
    }),
    ("bod", "samen", [O], "Corp.", {
        2025: ("De corporaties brengen vóór 1 juli 2025 hun bod uit op de Woonvisie Zeggeveen 2023-2030.",
               F([C], "firm", [], (2025, "vóór 1 juli 2025"), True)),
        2026: ("De corporaties brengen vóór 1 juli 2026 hun bod uit op de Woonvisie Zeggeveen 2023-2030.",
               F([C], "firm", [], (2026, "vóór 1 juli 2026"), True)),
        2027: ("De corporaties brengen vóór 1 juli 2027 hun bod uit op de Woonvisie Zeggeveen 2023-2030.",
               F([C], "firm", [], (2027, "vóór 1 juli 2027"), True)),
    }),
    ("woonvisie-evaluatie", "samen", [O], "Gem.", {
        2025: ("De gemeente evalueert in 2025 de Woonvisie Zeggeveen 2023-2030 en betrekt het Huurdersplatform Zeggeveen en de corporaties daarbij.",
               F([G], "firm", [], (2025, "in 2025"))),
    }),
    ("dashboard", "samen", [O], None, {
        2026: ("Partijen onderzoeken in 2026 of de monitor van de prestatieafspraken als online dashboard kan worden gepubliceerd.",
               F([P], "explore", [], (2026, "in 2026"))),
        2027: ("Partijen publiceren de monitor van de prestatieafspraken vanaf 2027 als online dashboard op de websites van de corporaties.",
               F([P], "firm", [], (2027, "vanaf 2027"))),
    }),
]

# Links for continuing keys: (status, kinds, hard_negative). new/dropped follow from presence.
LINKS = {
    (2025, 2026): {
        "nieuwbouw-rietkraag": ("weakened", ["deadline"], None),
        "nieuwbouw-turfvaart": ("weakened", ["deadline", "condition"], None),
        "sociale-voorraad": ("unchanged", [], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "grondprijs": ("reworded", [], "indexed_amount"),
        "flexwonen": ("strengthened", ["modality"], None),
        "huurverhoging": ("strengthened", ["quantity"], None),
        "huurachterstand": ("unchanged", [], None),
        "huisuitzettingen": ("reworded", [], None),
        "urgentieregeling": ("weakened", ["deadline"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "doorstroming": ("strengthened", ["modality"], None),
        "middenhuur": ("reworded", [], "indexed_amount"),
        "labels-efg": ("reworded", [], "progress"),
        "isolatie-zeggeland": ("strengthened", ["quantity", "label"], None),
        "zonnepanelen-veenhof": ("weakened", ["condition"], None),
        "klimaatadaptatie": ("strengthened", ["modality"], None),
        "wijkuitvoeringsplan": ("weakened", ["modality", "deadline"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "vocht-schimmel": ("reworded", [], "same_figures"),
        "huurdersoordeel": ("unchanged", [], None),
        "woningaanpassingen": ("weakened", ["modality", "deadline"], None),
        "geclusterd-wonen": ("strengthened", ["modality"], None),
        "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
        "wijkbeheerder": ("weakened", ["scope"], None),
        "zachte-landing": ("strengthened", ["quantity"], None),
        "bewonersinitiatieven": ("weakened", ["condition"], None),
        "monitoring": ("unchanged", [], None),
        "ondersteuning-platform": ("reworded", [], "recurring_year"),
        "bod": ("reworded", [], "recurring_year"),
    },
    (2026, 2027): {
        "nieuwbouw-turfvaart": ("modified", ["deadline", "condition"], None),
        "sociale-voorraad": ("strengthened", ["modality"], None),
        "verkoop": ("reworded", [], "recurring_year"),
        "grondprijs": ("weakened", ["condition"], None),
        "flexwonen": ("weakened", ["deadline"], None),
        "huurverhoging": ("reworded", [], "recurring_year"),
        "huurverlaging": ("reworded", [], "recurring_year"),
        "huurachterstand": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("unchanged", [], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "doorstroming": ("strengthened", ["scope"], None),
        "middenhuur": ("reworded", [], "indexed_amount"),
        "labels-efg": ("weakened", ["deadline"], None),
        "isolatie-zeggeland": ("weakened", ["label"], None),
        "zonnepanelen-veenhof": ("weakened", ["quantity"], None),
        "klimaatadaptatie": ("unchanged", [], None),
        "energiecoaches": ("weakened", ["condition"], None),
        "energiefonds": ("weakened", ["quantity"], None),
        "vocht-schimmel": ("strengthened", ["scope"], None),
        "huurdersoordeel": ("weakened", ["quantity"], None),
        "geclusterd-wonen": ("strengthened", ["deadline"], None),
        "leefbaarheidsbudget": ("reworded", [], "recurring_year"),
        "wijkbeheerder": ("reworded", [], "same_figures"),
        "zachte-landing": ("weakened", ["modality"], None),
        "bewonersinitiatieven": ("strengthened", ["condition"], None),
        "monitoring": ("unchanged", [], None),
        "ondersteuning-platform": ("strengthened", ["quantity"], None),
        "bod": ("reworded", [], "recurring_year"),
        "dashboard": ("strengthened", ["modality"], None),
    },
}

# ---------------------------------------------------------------- non-afspraken text

def title_slide(y):
    return {
        "title": "Prestatieafspraken %d" % y,
        "lines": ["Gemeente Zeggeveen  ·  Woonstichting Het Zeggeland  ·  Wooncorporatie Veenhof  ·  Huurdersplatform Zeggeveen",
                  "Bestuurlijk overleg wonen, %s" % MEETING[y]],
    }


AGENDA = ["Opening en terugblik op %(prev)d",
          "Wonen: nieuwbouw, betaalbaarheid en toewijzing",
          "Duurzaamheid",
          "Kwaliteit en wonen met zorg",
          "Leefbaarheid in de wijken",
          "Samenwerking en proces",
          "Vervolg en ondertekening"]


def vervolg(y):
    return ["Ondertekening van de prestatieafspraken %d: %s, gemeentehuis Zeggeveen" % (y, SIGNING[y]),
            "Publicatie op de websites van Het Zeggeland, Veenhof en het Huurdersplatform",
            "Eerste voortgangsbespreking: juni %d" % y,
            "Start gesprekken over de afspraken %d: september %d" % (y + 1, y)]


NOTES = {
    "title": {
        2025: "Welkom bij het bestuurlijk overleg wonen. In deze presentatie staan de prestatieafspraken 2025 tussen de gemeente Zeggeveen, Woonstichting Het Zeggeland, Wooncorporatie Veenhof en het Huurdersplatform Zeggeveen. Leeswijzer: de afspraken staan op de dia's als genummerde of opgesomde punten. De toevoeging (Gem.) of (Corp.) achter een afspraak geeft de trekker aan: de gemeente, respectievelijk de corporatie of corporaties die in de afspraak worden genoemd. Afspraken zonder toevoeging worden door partijen gezamenlijk getrokken. De tekst in deze notities is toelichting voor de sprekers en maakt geen deel uit van de afspraken.",
        2026: "Welkom bij het bestuurlijk overleg wonen. Deze presentatie bevat de prestatieafspraken 2026 van de gemeente Zeggeveen, Woonstichting Het Zeggeland, Wooncorporatie Veenhof en het Huurdersplatform Zeggeveen. Leeswijzer: de afspraken zijn de genummerde of opgesomde punten op de dia's. Staat er (Gem.) of (Corp.) achter een afspraak, dan is de gemeente of de genoemde corporatie trekker; zonder toevoeging trekken partijen de afspraak samen. Deze notities geven alleen toelichting en zijn geen afspraken.",
        2027: "Welkom bij het bestuurlijk overleg wonen. Deze presentatie bevat de prestatieafspraken 2027 van de gemeente Zeggeveen, Woonstichting Het Zeggeland, Wooncorporatie Veenhof en het Huurdersplatform Zeggeveen. Leeswijzer: de afspraken zijn de genummerde of opgesomde punten op de dia's. Staat er (Gem.) of (Corp.) achter een afspraak, dan is de gemeente of de genoemde corporatie trekker; zonder toevoeging trekken partijen de afspraak samen. Deze notities geven alleen toelichting en zijn geen afspraken.",
    },
    "agenda": {
        2025: "De wethouder opent en blikt kort terug. In 2024 zijn 41 sociale huurwoningen opgeleverd en is de gemiddelde inschrijfduur bij verhuring opgelopen tot 4,8 jaar. Het Huurdersplatform heeft een schriftelijke reactie op het concept gegeven; de punten daaruit zijn in de dia's verwerkt.",
        2026: "De wethouder opent en blikt kort terug. In 2025 zijn de 36 woningen in De Rietkraag nog niet opgeleverd; wel is de bouw van de Turfvaart voorbereid. De gemiddelde inschrijfduur bedroeg 5,1 jaar. Het Huurdersplatform heeft een zienswijze ingediend op het concept.",
        2027: "De wethouder opent en blikt kort terug. De Rietkraag is in het voorjaar van 2026 opgeleverd. De gemiddelde inschrijfduur bedroeg 5,0 jaar. Het Huurdersplatform heeft vooral aandacht gevraagd voor betaalbaarheid en vocht in woningen.",
    },
    "nieuwbouw": {
        2025: "Toelichting: de Woonvisie Zeggeveen 2023-2030 gaat uit van een groei van de sociale voorraad met ongeveer 150 woningen. Eind 2024 telde Zeggeveen 3.082 sociale huurwoningen. De verkoop betreft vooral verspreid liggende woningen in de kleine kernen. De grondprijs wordt jaarlijks geïndexeerd.",
        2026: "Toelichting: de vergunning voor De Rietkraag is later verleend dan gepland, waardoor de oplevering verschuift. Eind 2025 telde Zeggeveen 3.097 sociale huurwoningen. Voor de tijdelijke woningen is de locatie Zuiderveld gekozen; de tweede onderzochte locatie viel af vanwege geluid van de provinciale weg.",
        2027: "Toelichting: na oplevering van De Rietkraag telde Zeggeveen eind 2026 3.133 sociale huurwoningen. Het Kerkpad is een inbreidingslocatie op de plek van de voormalige basisschool. De bouw van de tijdelijke woningen op Zuiderveld is vertraagd door de netcongestie.",
    },
    "betaalbaar": {
        2025: "Toelichting: in 2024 hadden 212 huurders een betalingsachterstand van meer dan twee maanden; er vonden 3 ontruimingen plaats. De huurverhoging volgt het huurbeleid dat beide corporaties met het Huurdersplatform hebben besproken.",
        2026: "Toelichting: in 2025 daalde het aantal huurders met een betalingsachterstand van meer dan twee maanden naar 188; er waren 2 ontruimingen. Op verzoek van het Huurdersplatform is de huurverlaging voor huishoudens met een te hoge huur toegevoegd.",
        2027: "Toelichting: in 2026 werden 61 huren op verzoek verlaagd. Het aantal huurders met een betalingsachterstand van meer dan twee maanden bleef gelijk. Er vond 1 ontruiming plaats.",
    },
    "toewijzing": {
        2025: "Toelichting: de taakstelling voor vergunninghouders wordt halfjaarlijks door het Rijk vastgesteld. In 2024 werden 36 vergunninghouders gehuisvest. De huidige urgentieregeling dateert uit 2016 en sluit niet meer aan bij de praktijk.",
        2026: "Toelichting: de nieuwe urgentieregeling ligt bij de raad ter besluitvorming. Het Veenhof-onderzoek naar doorstroming liet zien dat ruim 300 huishoudens van 65 jaar en ouder in een eengezinswoning wonen. De inkomensgrens voor middenhuur is geïndexeerd.",
        2027: "Toelichting: de doorstroomregeling van Veenhof heeft in het eerste halfjaar 14 verhuizingen opgeleverd; Het Zeggeland sluit zich daarom aan. De taakstelling voor vergunninghouders is lager dan in 2026.",
    },
    "duurzaam1": {
        2025: "Toelichting: eind 2024 hadden beide corporaties samen nog 214 woningen met energielabel E, F of G. Het gemiddelde label van Het Zeggeland is B, dat van Veenhof C. De aanpak in Oude Veen combineert isolatie met vervanging van kozijnen; label C is daarbij de ondergrens.",
        2026: "Toelichting: eind 2025 resteerden nog 86 woningen met energielabel E, F of G. In Oude Veen bleek na de eerste fase label B haalbaar. De subsidieregeling voor verduurzaming van huurwoningen loopt volgens de huidige planning af, vandaar het voorbehoud bij de zonnepanelen.",
        2027: "Toelichting: de aanpak van de laatste woningen met een slecht label loopt vertraging op door de beschikbaarheid van aannemers. In Oude Veen blijkt label B bij een deel van de woningen technisch niet haalbaar. De subsidie voor zonnepanelen is verlaagd.",
    },
    "duurzaam2": {
        2025: "Toelichting: de Transitievisie Warmte wijst Westerzegge aan als eerste wijk. In 2024 hebben de energiecoaches 164 huishoudens bezocht, waarvan ongeveer twee derde huurders.",
        2026: "Toelichting: de netbeheerder heeft laten weten dat een warmtenet in Westerzegge niet voor 2030 kan worden aangesloten; daarom kijken partijen eerst naar de mogelijkheden. Het noodfonds is ingesteld na signalen van het Huurdersplatform.",
        2027: "Toelichting: het wijkuitvoeringsplan Westerzegge is voorlopig aangehouden. Uit het noodfonds is in 2026 ongeveer € 31.000 uitgekeerd aan 118 huishoudens.",
    },
    "kwaliteit": {
        2025: "Toelichting: in 2024 kwamen 97 meldingen van vocht en schimmel binnen. Het huurdersoordeel over reparaties was 7,3 bij Het Zeggeland en 7,6 bij Veenhof. Bij Veenhof hebben nog ongeveer 400 woningen geen rookmelder.",
        2026: "Toelichting: alle woningen van Veenhof hebben inmiddels een rookmelder. Het onderzoek naar geclusterd wonen in De Rietkraag was positief; een zorgaanbieder levert de zorg op afroep.",
        2027: "Toelichting: het convenant over kleine woningaanpassingen is in 2026 ondertekend. Het huurdersoordeel over reparaties daalde naar 6,9 door personeelstekort bij de onderhoudsaannemer.",
    },
    "leefbaar": {
        2025: "Toelichting: het leefbaarheidsbudget blijft binnen het wettelijk maximum per woning. In 2024 werden 23 bewonersinitiatieven ondersteund, waaronder buurtmoestuinen en een repair café.",
        2026: "Toelichting: in Westerzegge is het beheer per 2026 overgegaan naar een bewonerscommissie met ondersteuning van het wijkteam. Het aantal plaatsen voor uitstroom is verhoogd op verzoek van de zorgaanbieders.",
        2027: "Toelichting: de corporaties konden in 2026 slechts 7 woningen voor uitstroom aanbieden door het krappe aanbod. De schouwen sluiten aan bij de werkwijze van de wijkteams.",
    },
    "samen": {
        2025: "Toelichting: de monitor wordt voorbereid door de ambtelijke werkgroep. Het budget voor het Huurdersplatform is een bijdrage van beide corporaties samen.",
        2026: "Toelichting: de evaluatie van de woonvisie is in 2025 afgerond en leidt niet tot een herziening. Het Huurdersplatform heeft gevraagd om de voortgang beter zichtbaar te maken voor huurders.",
        2027: "Toelichting: het proefdashboard is in 2026 door huurders getest en positief ontvangen. Het hogere budget voor het Huurdersplatform is bedoeld voor de werving van nieuwe leden.",
    },
    "vervolg": {
        2025: "De afspraken worden na ondertekening aan de gemeenteraad gezonden met een raadsinformatiebrief. Vragen over deze presentatie kunnen worden gesteld aan de ambtelijk secretaris van het overleg.",
        2026: "Na ondertekening gaan de afspraken met een raadsinformatiebrief naar de gemeenteraad. Vragen over deze presentatie kunnen worden gesteld aan de ambtelijk secretaris van het overleg.",
        2027: "Na ondertekening gaan de afspraken met een raadsinformatiebrief naar de gemeenteraad. Vragen over deze presentatie kunnen worden gesteld aan de ambtelijk secretaris van het overleg.",
    },
}
