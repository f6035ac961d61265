# -*- coding: utf-8 -*-
"""Content of the kragsteden family: fictional yearly prestatieafspraken of the gemeente Kragsteden,
Woonstichting Kragland, Woningstichting De Steden and Huurdersbelang De Kade (2024, 2025, 2026).

Layout: numbered chapters and subsections; unnumbered afspraken as bullets under lead-in lines that name
who commits. Each bullet is one afspraak. Texts below are the bullet fragments WITHOUT their list
terminator; build.py appends ";", "; en" or "." by position, and the gold text includes it as printed."""

GEMEENTE = "Kragsteden"
CORPS = ["Woonstichting Kragland", "Woningstichting De Steden"]
HUURDERS = ["Huurdersbelang De Kade"]
YEARS = [2024, 2025, 2026]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"

# lead-in lines: (text, actor role, default modality)
LEADS = {
    "G": ("De gemeente:", "gemeente", "firm"),
    "C": ("Kragland en De Steden zeggen toe:", "corporatie", "firm"),
    "Cs": ("De corporaties:", "corporatie", "firm"),
    "P": ("Partijen spreken af dat zij:", "partijen", "firm"),
    "H": ("Huurdersbelang De Kade zet zich in om:", "huurdersorganisatie", "intent"),
}


def q(value, unit, comp="exact", vmax=None):
    return {"value": value, "unit": unit, "comparator": comp, "value_max": vmax}


def f(mod=None, qs=(), dl=None, rec=False, cond=()):
    return {"modality": mod, "quantities": list(qs),
            "deadline": None if dl is None else {"year": dl[0], "text": dl[1]},
            "recurring": rec, "conditions": list(cond)}


# key -> (themes, {year: (text, frame)})
ITEMS = {
    # ---------------- betaalbaarheid
    "huurverhoging": ([B], {
        2024: ("de huurverhoging per 1 juli 2024 voor hun sociale huurwoningen gemiddeld niet hoger te laten uitvallen dan de inflatie",
               f(qs=[], dl=(2024, "per 1 juli 2024"), rec=True)),
        2025: ("de huurverhoging per 1 juli 2025 voor hun sociale huurwoningen gemiddeld ten minste 0,5% onder de inflatie te houden",
               f(qs=[q(0.5, "%", "min")], dl=(2025, "per 1 juli 2025"), rec=True)),
        2026: ("de huurverhoging per 1 juli 2026 voor hun sociale huurwoningen gemiddeld ten minste 0,5% onder de inflatie te houden",
               f(qs=[q(0.5, "%", "min")], dl=(2026, "per 1 juli 2026"), rec=True)),
    }),
    "huurverlaging-aftopping": ([B], {
        2024: ("huurders met recht op huurtoeslag van wie de kale huur hoger is dan de aftoppingsgrens (prijspeil 2024: € 697,07) op verzoek een huurverlaging tot die grens toe te kennen",
               f(qs=[q(697.07, "euro")])),
        2025: ("huurders met recht op huurtoeslag van wie de kale huur hoger is dan de aftoppingsgrens (prijspeil 2025: € 713,93) op verzoek een huurverlaging tot die grens toe te kennen",
               f(qs=[q(713.93, "euro")])),
        2026: ("huurders met recht op huurtoeslag van wie de kale huur hoger is dan de aftoppingsgrens (prijspeil 2026: € 729,64) op verzoek een huurverlaging tot die grens toe te kennen",
               f(qs=[q(729.64, "euro")])),
    }),
    "woonlastenonderzoek": ([B], {
        2024: ("laat eenmalig een onderzoek uitvoeren naar de woonlasten van huurders met een laag inkomen en deelt de uitkomsten vóór 1 oktober 2024 met de andere partijen",
               f(dl=(2024, "vóór 1 oktober 2024"))),
        2025: ("laat eenmalig een onderzoek uitvoeren naar de woonlasten van huurders met een laag inkomen en deelt de uitkomsten uiterlijk medio 2025 met de andere partijen",
               f(dl=(2025, "uiterlijk medio 2025"))),
    }),
    "vroegsignalering": ([B, L], {
        2024: ("huurders met een betalingsachterstand van twee maanden aanmelden bij het gemeentelijke team vroegsignalering",
               f(qs=[q(2, "maanden")])),
        2025: ("huurders al bij een betalingsachterstand van één maand aanmelden bij het gemeentelijke team vroegsignalering",
               f(qs=[q(1, "maanden")])),
        2026: ("huurders al bij een betalingsachterstand van één maand binnen vijf werkdagen aanmelden bij het gemeentelijke team vroegsignalering",
               f(qs=[q(1, "maanden"), q(5, "dagen", "max")])),
    }),
    "huisuitzettingen": ([B], {
        2024: ("ernaar streven het aantal huisuitzettingen wegens huurachterstand te beperken tot ten hoogste vijf per jaar",
               f("intent", [q(5, "huisuitzettingen", "max")], rec=True)),
        2025: ("ernaar streven dat geen enkele huisuitzetting wegens huurachterstand meer plaatsvindt",
               f("intent", [q(0, "huisuitzettingen", "exact")])),
        2026: ("ervoor zorgen dat geen huisuitzettingen wegens huurachterstand plaatsvinden, tenzij sprake is van woonfraude of ernstige overlast",
               f("firm", [q(0, "huisuitzettingen", "exact")], cond=["tenzij sprake is van woonfraude of ernstige overlast"])),
    }),
    "schuldhulp": ([B], {
        2024: ("biedt huurders met betalingsproblemen binnen drie weken na aanmelding een eerste gesprek met de schuldhulpverlening aan",
               f(qs=[q(3, "weken", "max")])),
        2025: ("biedt huurders met betalingsproblemen binnen drie weken na aanmelding een eerste gesprek met de schuldhulpverlening aan",
               f(qs=[q(3, "weken", "max")])),
        2026: ("biedt huurders met betalingsproblemen binnen twee weken na aanmelding een eerste gesprek met de schuldhulpverlening aan",
               f(qs=[q(2, "weken", "max")])),
    }),
    # ---------------- beschikbaarheid
    "nieuwbouw": ([B], {
        2024: ("in 2024 ten minste 85 sociale huurwoningen op te leveren, waarvan 60 in het plan De Boterwei",
               f(qs=[q(85, "woningen", "min"), q(60, "woningen")], dl=(2024, "in 2024"))),
        2025: ("in 2025 ten minste 70 sociale huurwoningen op te leveren, waarvan 45 in het plan De Boterwei",
               f(qs=[q(70, "woningen", "min"), q(45, "woningen")], dl=(2025, "in 2025"))),
        2026: ("in 2026 ten minste 90 sociale huurwoningen op te leveren, waarvan de resterende 45 in het plan De Boterwei",
               f(qs=[q(90, "woningen", "min"), q(45, "woningen")], dl=(2026, "in 2026"))),
    }),
    "boterwei-fase2": ([B], {
        2024: ("uiterlijk in het derde kwartaal van 2024 te starten met de bouw van fase 2 van De Boterwei, bestaande uit 48 sociale huurwoningen",
               f(qs=[q(48, "woningen")], dl=(2024, "uiterlijk in het derde kwartaal van 2024"))),
        2025: ("uiterlijk in het eerste kwartaal van 2025 te starten met de bouw van fase 2 van De Boterwei, bestaande uit 40 sociale huurwoningen",
               f(qs=[q(40, "woningen")], dl=(2025, "uiterlijk in het eerste kwartaal van 2025"))),
    }),
    "vlasmarkt": ([B, K], {
        2024: ("de 120 portiekwoningen van het complex Vlasmarkt in de periode 2024-2026 te vervangen door 136 nieuwe sociale huurwoningen",
               f(qs=[q(120, "woningen"), q(136, "woningen")], dl=(2026, "in de periode 2024-2026"))),
        2025: ("de 120 portiekwoningen van het complex Vlasmarkt in de periode 2024-2026 te vervangen door 136 nieuwe sociale huurwoningen",
               f(qs=[q(120, "woningen"), q(136, "woningen")], dl=(2026, "in de periode 2024-2026"))),
        2026: ("de resterende 56 portiekwoningen van het complex Vlasmarkt in 2026 te vervangen, als laatste fase van de vervanging door in totaal 136 nieuwe sociale huurwoningen",
               f(qs=[q(56, "woningen"), q(136, "woningen")], dl=(2026, "in 2026"))),
    }),
    "transformatie-lijnbaan": ([B], {
        2024: ("te onderzoeken of het voormalige kantoorgebouw aan de Lijnbaanstraat kan worden getransformeerd tot circa 30 woningen voor jongeren",
               f("explore", [q(30, "woningen", "approx")])),
        2025: ("het voormalige kantoorgebouw aan de Lijnbaanstraat te transformeren tot circa 30 woningen voor jongeren, met een beoogde oplevering vóór eind 2026",
               f("firm", [q(30, "woningen", "approx")], dl=(2026, "vóór eind 2026"))),
        2026: ("het voormalige kantoorgebouw aan de Lijnbaanstraat te transformeren tot circa 30 woningen voor jongeren, met een beoogde oplevering vóór medio 2026",
               f("firm", [q(30, "woningen", "approx")], dl=(2026, "vóór medio 2026"))),
    }),
    "flexwoningen": ([B], {
        2024: ("in overleg met de gemeente 40 flexwoningen te plaatsen op de locatie Oude Veiling, onder voorbehoud van een onherroepelijke omgevingsvergunning",
               f(qs=[q(40, "woningen")], cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning"])),
        2025: ("in overleg met de gemeente 40 flexwoningen te plaatsen op de locatie Oude Veiling, onder voorbehoud van een onherroepelijke omgevingsvergunning en van een rijksbijdrage voor flexwonen",
               f(qs=[q(40, "woningen")], cond=["onder voorbehoud van een onherroepelijke omgevingsvergunning", "van een rijksbijdrage voor flexwonen"])),
        2026: ("in overleg met de gemeente 40 flexwoningen te plaatsen op de locatie Oude Veiling",
               f(qs=[q(40, "woningen")])),
    }),
    "grondprijs": ([B], {
        2024: ("hanteert per 1 januari 2024 voor sociale huurwoningen een vaste grondprijs van € 22.500 per woning (prijspeil 2024)",
               f(qs=[q(22500, "euro")], dl=(2024, "per 1 januari 2024"), rec=True)),
        2025: ("hanteert per 1 januari 2025 voor sociale huurwoningen een vaste grondprijs van € 23.100 per woning (prijspeil 2025)",
               f(qs=[q(23100, "euro")], dl=(2025, "per 1 januari 2025"), rec=True)),
        2026: ("hanteert per 1 januari 2026 voor sociale huurwoningen een vaste grondprijs van € 23.650 per woning (prijspeil 2026)",
               f(qs=[q(23650, "euro")], dl=(2026, "per 1 januari 2026"), rec=True)),
    }),
    "bouwlocaties": ([B], {
        2024: ("brengt vóór 1 april 2024 drie nieuwe locaties voor sociale woningbouw in beeld",
               f(qs=[q(3, "locaties")], dl=(2024, "vóór 1 april 2024"))),
    }),
    "locaties-jaarlijks": ([B], {
        2025: ("spant zich in om jaarlijks ten minste twee nieuwe locaties voor sociale woningbouw aan de corporaties aan te bieden",
               f("intent", [q(2, "locaties", "min")], rec=True)),
        2026: ("spant zich in om jaarlijks ten minste twee nieuwe locaties voor sociale woningbouw aan de corporaties aan te bieden",
               f("intent", [q(2, "locaties", "min")], rec=True)),
    }),
    "inschrijfduur": ([B], {
        2024: ("ernaar streven de gemiddelde inschrijfduur van woningzoekenden bij toewijzing terug te brengen tot ten hoogste vijf jaar",
               f("intent", [q(5, "jaar", "max")])),
        2025: ("ernaar streven de gemiddelde inschrijfduur van woningzoekenden bij toewijzing terug te brengen tot ten hoogste vier jaar",
               f("intent", [q(4, "jaar", "max")])),
        2026: ("ernaar streven de gemiddelde inschrijfduur van woningzoekenden bij toewijzing terug te brengen tot ten hoogste vier en een half jaar",
               f("intent", [q(4.5, "jaar", "max")])),
    }),
    "doorstroming": ([B], {
        2024: ("de doorstroomregeling voor 65-plussers, waarbij de huurprijs van de achtergelaten woning wordt meegenomen naar de nieuwe woning, in alle wijken toepassen",
               f()),
        2025: ("de doorstroomregeling voor 65-plussers, waarbij de huurprijs van de achtergelaten woning wordt meegenomen naar de nieuwe woning, als pilot alleen in de wijken Oostkade en Molenbuurt toepassen",
               f()),
        2026: ("de doorstroomregeling voor 65-plussers, waarbij de huurprijs van de achtergelaten woning wordt meegenomen naar de nieuwe woning, in alle wijken toepassen",
               f()),
    }),
    "verkoop": ([B], {
        2024: ("verkopen in 2024 ten hoogste 15 sociale huurwoningen, uitsluitend bij mutatie",
               f(qs=[q(15, "woningen", "max")], dl=(2024, "in 2024"))),
        2025: ("verkopen in 2025 ten hoogste 10 sociale huurwoningen, uitsluitend bij mutatie",
               f(qs=[q(10, "woningen", "max")], dl=(2025, "in 2025"))),
        2026: ("verkopen in 2026 ten hoogste 20 sociale huurwoningen, uitsluitend bij mutatie",
               f(qs=[q(20, "woningen", "max")], dl=(2026, "in 2026"))),
    }),
    "passend-toewijzen": ([B], {
        2024: ("wijzen ten minste 95% van de vrijkomende sociale huurwoningen passend toe, zoals de Woningwet voorschrijft",
               f(qs=[q(95, "%", "min")])),
        2025: ("wijzen minimaal 95% van hun vrijkomende sociale huurwoningen passend toe, conform de Woningwet",
               f(qs=[q(95, "%", "min")])),
        2026: ("wijzen minimaal 95% van hun vrijkomende sociale huurwoningen passend toe, conform de Woningwet",
               f(qs=[q(95, "%", "min")])),
    }),
    "statushouders": ([B], {
        2024: ("draagt er samen met de corporaties zorg voor dat de taakstelling voor de huisvesting van vergunninghouders wordt gehaald, die het Rijk voor het eerste halfjaar van 2024 heeft vastgesteld op 38 personen",
               f(qs=[q(38, "personen")], dl=(2024, "het eerste halfjaar van 2024"), rec=True)),
        2025: ("draagt er samen met de corporaties zorg voor dat de taakstelling voor de huisvesting van vergunninghouders wordt gehaald, die het Rijk voor het eerste halfjaar van 2025 heeft vastgesteld op 31 personen",
               f(qs=[q(31, "personen")], dl=(2025, "het eerste halfjaar van 2025"), rec=True)),
        2026: ("draagt er samen met de corporaties zorg voor dat de taakstelling voor de huisvesting van vergunninghouders wordt gehaald, die het Rijk voor het eerste halfjaar van 2026 heeft vastgesteld op 34 personen",
               f(qs=[q(34, "personen")], dl=(2026, "het eerste halfjaar van 2026"), rec=True)),
    }),
    "woonunits": ([B, L], {
        2025: ("te verkennen of op een geschikte locatie twee tot vier woonunits kunnen worden geplaatst voor bewoners met een bijzondere woonbehoefte",
               f("explore", [q(2, "woonunits", "range", 4)])),
        2026: ("vóór eind 2026 drie woonunits voor bewoners met een bijzondere woonbehoefte te plaatsen op de locatie Hooiwerf",
               f("firm", [q(3, "woonunits")], dl=(2026, "vóór eind 2026"))),
    }),
    # ---------------- duurzaamheid
    "label-efg": ([D], {
        2024: ("uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in bezit te hebben",
               f(qs=[q(0, "woningen")], dl=(2026, "uiterlijk eind 2026"))),
        2025: ("uiterlijk eind 2025 geen woningen met energielabel E, F of G meer in bezit te hebben",
               f(qs=[q(0, "woningen")], dl=(2025, "uiterlijk eind 2025"))),
        2026: ("de laatste 14 woningen met energielabel E, F of G uiterlijk eind 2026 te verbeteren, zodat daarna geen woningen met deze labels meer in bezit zijn",
               f(qs=[q(14, "woningen")], dl=(2026, "uiterlijk eind 2026"))),
    }),
    "gemiddeld-label": ([D], {
        2024: ("toe te werken naar een gemiddeld energielabel B voor het gehele woningbezit in 2028",
               f("intent", [q("B", "label")], dl=(2028, "in 2028"))),
        2025: ("toe te werken naar een gemiddeld energielabel C voor het gehele woningbezit in 2028",
               f("intent", [q("C", "label")], dl=(2028, "in 2028"))),
        2026: ("toe te werken naar een gemiddeld energielabel C voor het gehele woningbezit in 2028",
               f("intent", [q("C", "label")], dl=(2028, "in 2028"))),
    }),
    "isolatie": ([D], {
        2024: ("in 2024 ten minste 220 woningen na te isoleren",
               f(qs=[q(220, "woningen", "min")], dl=(2024, "in 2024"))),
        2025: ("in 2025 ten minste 260 woningen na te isoleren",
               f(qs=[q(260, "woningen", "min")], dl=(2025, "in 2025"))),
        2026: ("in 2026 ten minste 260 woningen na te isoleren, waarvan 120 in de wijk Molenbuurt",
               f(qs=[q(260, "woningen", "min"), q(120, "woningen")], dl=(2026, "in 2026"))),
    }),
    "zonnepanelen": ([D], {
        2024: ("waar technisch mogelijk zonnepanelen aan te bieden aan alle huurders van eengezinswoningen",
               f(cond=["waar technisch mogelijk"])),
        2025: ("zonnepanelen aan te bieden aan alle huurders van eengezinswoningen", f()),
        2026: ("als pilot zonnepanelen aan te bieden aan de huurders van eengezinswoningen in twee complexen in de Molenbuurt",
               f(qs=[q(2, "complexen")])),
    }),
    "hybride-warmtepompen": ([D], {
        2026: ("in 2026 bij ten minste 80 woningen een hybride warmtepomp te plaatsen, onder voorbehoud van instemming van ten minste 70% van de bewoners per complex",
               f(qs=[q(80, "woningen", "min"), q(70, "%", "min")], dl=(2026, "in 2026"),
                 cond=["onder voorbehoud van instemming van ten minste 70% van de bewoners per complex"])),
    }),
    "wijkuitvoeringsplan": ([D], {
        2024: ("stelt vóór eind 2024 het wijkuitvoeringsplan aardgasvrij voor de wijk Oostkade vast",
               f(dl=(2024, "vóór eind 2024"))),
        2025: ("stelt in de loop van 2025 het wijkuitvoeringsplan aardgasvrij voor de wijk Oostkade vast",
               f(dl=(2025, "in de loop van 2025"))),
        2026: ("heeft het wijkuitvoeringsplan aardgasvrij voor de wijk Oostkade vastgesteld en voert dit samen met de corporaties uit",
               f()),
    }),
    "energiecoaches": ([D, B], {
        2024: ("zet in 2024 energiecoaches in voor huurders met een laag inkomen, mits de rijksmiddelen voor de aanpak van energiearmoede beschikbaar blijven",
               f(dl=(2024, "in 2024"), rec=True, cond=["mits de rijksmiddelen voor de aanpak van energiearmoede beschikbaar blijven"])),
        2025: ("zet in 2025 energiecoaches in voor huurders met een laag inkomen",
               f(dl=(2025, "in 2025"), rec=True)),
        2026: ("zet in 2026 energiecoaches in voor huurders met een laag inkomen",
               f(dl=(2026, "in 2026"), rec=True)),
    }),
    "klimaatadaptatie": ([D], {
        2024: ("bij renovatie en nieuwbouw maatregelen treffen tegen hittestress en wateroverlast", f()),
        2025: ("bij renovatie en nieuwbouw waar mogelijk maatregelen treffen tegen hittestress en wateroverlast",
               f(cond=["waar mogelijk"])),
        2026: ("waar mogelijk bij elke renovatie en elk nieuwbouwproject maatregelen treffen om hittestress en wateroverlast te beperken",
               f(cond=["waar mogelijk"])),
    }),
    "groene-daken-onderzoek": ([D], {
        2024: ("onderzoeken welke platte daken van gestapelde complexen geschikt zijn om te vergroenen", f("explore")),
    }),
    "groene-daken": ([D], {
        2025: ("jaarlijks ten minste 500 vierkante meter plat dak op gestapelde complexen vergroenen, met een bijdrage uit het gemeentelijke klimaatfonds",
               f(qs=[q(500, "vierkante meter", "min")], rec=True)),
        2026: ("jaarlijks ten minste 500 vierkante meter plat dak op gestapelde complexen vergroenen, met een bijdrage uit het gemeentelijke klimaatfonds",
               f(qs=[q(500, "vierkante meter", "min")], rec=True)),
    }),
    # ---------------- kwaliteit
    "reparatie": ([K], {
        2024: ("verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen tien werkdagen",
               f(qs=[q(24, "uur", "max"), q(10, "dagen", "max")])),
        2025: ("verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen vijftien werkdagen",
               f(qs=[q(24, "uur", "max"), q(15, "dagen", "max")])),
        2026: ("verhelpen spoedeisende reparaties binnen 24 uur en overige reparatieverzoeken binnen vijftien werkdagen",
               f(qs=[q(24, "uur", "max"), q(15, "dagen", "max")])),
    }),
    "schimmel": ([K], {
        2024: ("nemen bij elke melding van vocht of schimmel binnen twee weken contact op met de huurder en stellen daarna een plan van aanpak op",
               f(qs=[q(2, "weken", "max")])),
        2025: ("nemen bij elke melding van vocht of schimmel binnen één week contact op met de huurder en stellen daarna een plan van aanpak op",
               f(qs=[q(1, "weken", "max")])),
        2026: ("pakken elke melding van vocht of schimmel met voorrang op: binnen één week na de melding wordt contact opgenomen met de huurder, waarna een plan van aanpak wordt opgesteld",
               f(qs=[q(1, "weken", "max")])),
    }),
    "onderhoudsbudget": ([K], {
        2024: ("besteden in 2024 gezamenlijk ten minste € 6,2 miljoen aan planmatig onderhoud",
               f(qs=[q(6200000, "euro", "min")], dl=(2024, "in 2024"), rec=True)),
        2025: ("besteden in 2025 gezamenlijk ten minste € 5,8 miljoen aan planmatig onderhoud",
               f(qs=[q(5800000, "euro", "min")], dl=(2025, "in 2025"), rec=True)),
        2026: ("besteden in 2026 gezamenlijk ten minste € 5,8 miljoen aan planmatig onderhoud",
               f(qs=[q(5800000, "euro", "min")], dl=(2026, "in 2026"), rec=True)),
    }),
    "woningschouw": ([K], {
        2024: ("jaarlijks samen met de corporaties een woningschouw te houden in ten minste drie complexen",
               f(qs=[q(3, "complexen", "min")], rec=True)),
        2025: ("jaarlijks samen met de corporaties een woningschouw te houden in ten minste drie complexen",
               f(qs=[q(3, "complexen", "min")], rec=True)),
    }),
    "wmo-aanpassingen": ([K], {
        2024: ("handelt aanvragen voor woningaanpassingen vanuit de Wmo binnen acht weken af",
               f(qs=[q(8, "weken", "max")])),
        2025: ("handelt aanvragen voor woningaanpassingen vanuit de Wmo binnen zes weken af",
               f(qs=[q(6, "weken", "max")])),
        2026: ("streeft ernaar aanvragen voor woningaanpassingen vanuit de Wmo binnen zes weken af te handelen",
               f("intent", [q(6, "weken", "max")])),
    }),
    "woonzorgvisie": ([K], {
        2024: ("stelt samen met zorgaanbieders een woonzorgvisie op en legt deze vóór 1 juli 2024 aan de gemeenteraad voor",
               f(dl=(2024, "vóór 1 juli 2024"))),
        2025: ("legt de woonzorgvisie, die samen met zorgaanbieders wordt opgesteld, vóór 1 maart 2025 aan de gemeenteraad voor",
               f(dl=(2025, "vóór 1 maart 2025"))),
    }),
    "levensloop": ([K], {
        2024: ("in 2024 ten minste 30 bestaande woningen levensloopgeschikt te maken",
               f(qs=[q(30, "woningen", "min")], dl=(2024, "in 2024"))),
        2025: ("te onderzoeken of in 2025 ten minste 30 bestaande woningen levensloopgeschikt kunnen worden gemaakt",
               f("explore", [q(30, "woningen", "min")], dl=(2025, "in 2025"))),
        2026: ("in 2026 ten minste 30 bestaande woningen levensloopgeschikt te maken",
               f("firm", [q(30, "woningen", "min")], dl=(2026, "in 2026"))),
    }),
    "ouderenwoonvorm": ([K, B], {
        2026: ("in de Molenbuurt een geclusterde woonvorm voor ouderen met ten minste 24 woningen te ontwikkelen, waarvan de bouw uiterlijk in 2027 start",
               f(qs=[q(24, "woningen", "min")], dl=(2027, "uiterlijk in 2027"))),
    }),
    # ---------------- leefbaarheid
    "huismeesters": ([L], {
        2024: ("zetten in de wijken Oostkade en Molenbuurt elk een huismeester in voor ten minste 24 uur per week",
               f(qs=[q(24, "uur per week", "min")])),
        2025: ("zetten in elke wijk met meer dan 200 corporatiewoningen een huismeester in voor ten minste 24 uur per week",
               f(qs=[q(24, "uur per week", "min")])),
        2026: ("zetten in elke wijk met meer dan 200 corporatiewoningen een huismeester in voor ten minste 24 uur per week",
               f(qs=[q(24, "uur per week", "min")])),
    }),
    "wijkschouw": ([L], {
        2024: ("organiseert twee keer per jaar een wijkschouw met corporaties, politie en bewoners",
               f(qs=[q(2, "keer per jaar")], rec=True)),
        2025: ("organiseert twee keer per jaar een wijkschouw samen met de corporaties, de politie en bewonersvertegenwoordigers",
               f(qs=[q(2, "keer per jaar")], rec=True)),
        2026: ("organiseert één keer per jaar een wijkschouw samen met de corporaties, de politie en bewonersvertegenwoordigers",
               f(qs=[q(1, "keer per jaar")], rec=True)),
    }),
    "speelplaats": ([L], {
        2024: ("vernieuwt in 2024 de speelplaats aan het Kraggenplein, onder voorbehoud van vaststelling van de gemeentebegroting",
               f(dl=(2024, "in 2024"), cond=["onder voorbehoud van vaststelling van de gemeentebegroting"])),
    }),
    "eenzaamheid": ([L], {
        2025: ("ondersteunt bewonersinitiatieven tegen eenzaamheid met een budget van € 15.000 per jaar",
               f(qs=[q(15000, "euro")], rec=True)),
        2026: ("ondersteunt bewonersinitiatieven tegen eenzaamheid met een budget van € 15.000 per jaar",
               f(qs=[q(15000, "euro")], rec=True)),
    }),
    "zachte-landing": ([L, K], {
        2024: ("voor iedere kwetsbare nieuwe huurder, voordat de sleutel wordt overhandigd, een begeleidingsafspraak maken met een zorgpartij",
               f()),
        2025: ("voor iedere kwetsbare nieuwe huurder een begeleidingsafspraak met een zorgpartij maken voordat de sleutel wordt overhandigd",
               f()),
        2026: ("voor iedere kwetsbare nieuwe huurder een begeleidingsafspraak met een zorgpartij maken voordat de sleutel wordt overhandigd",
               f()),
    }),
    "meldpunt-overlast": ([L], {
        2024: ("met elkaar in gesprek gaan over de inrichting van een gezamenlijk meldpunt voor woonoverlast",
               f("discuss")),
        2025: ("vóór medio 2025 een gezamenlijk meldpunt voor woonoverlast inrichten",
               f("firm", dl=(2025, "vóór medio 2025"))),
        2026: ("werken met het gezamenlijke meldpunt voor woonoverlast en de meldingen twee keer per jaar samen bespreken",
               f("firm", [q(2, "keer per jaar")], rec=True)),
    }),
    "protocol-herhuisvesting": ([L], {
        2026: ("een gezamenlijk protocol opstellen voor de begeleiding van huurders die na ernstige overlast elders worden gehuisvest",
               f()),
    }),
    # ---------------- proces
    "monitoring": ([O], {
        2024: ("de voortgang van deze afspraken twee keer per jaar bespreken in het tripartiete overleg",
               f(qs=[q(2, "keer per jaar")], rec=True)),
        2025: ("de voortgang van deze afspraken twee keer per jaar bespreken in het tripartiete overleg",
               f(qs=[q(2, "keer per jaar")], rec=True)),
        2026: ("de voortgang van deze afspraken drie keer per jaar bespreken in het tripartiete overleg",
               f(qs=[q(3, "keer per jaar")], rec=True)),
    }),
    "bod-procedure": ([O], {
        2024: ("de biedingen van de corporaties vóór 1 juli 2024 ontvangen en bespreken, zodat de prestatieafspraken voor 2025 vóór 15 december 2024 kunnen worden ondertekend",
               f(dl=(2024, "vóór 15 december 2024"), rec=True)),
        2025: ("de biedingen van de corporaties vóór 1 juli 2025 ontvangen en bespreken, zodat de prestatieafspraken voor 2026 vóór 15 december 2025 kunnen worden ondertekend",
               f(dl=(2025, "vóór 15 december 2025"), rec=True)),
        2026: ("de biedingen van de corporaties vóór 1 juli 2026 ontvangen en bespreken, zodat de prestatieafspraken voor 2027 vóór 15 december 2026 kunnen worden ondertekend",
               f(dl=(2026, "vóór 15 december 2026"), rec=True)),
    }),
    "commissie-agenda": ([O], {
        2025: ("agendeert de voortgang van de prestatieafspraken jaarlijks in de raadscommissie Wonen en Ruimte",
               f("discuss", rec=True)),
    }),
    "geschillen": ([O], {
        y: ("bij een geschil over de uitvoering van deze afspraken eerst een onafhankelijke bemiddelaar inschakelen, voordat de geschillencommissie wordt benaderd",
            f()) for y in YEARS
    }),
}

# explicit statuses for keys present in both years with different text
PAIRS = {
    (2024, 2025): {
        "huurverhoging": ("strengthened", ["quantity"], None),
        "huurverlaging-aftopping": ("reworded", [], "indexed_amount"),
        "woonlastenonderzoek": ("weakened", ["deadline"], None),
        "vroegsignalering": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("strengthened", ["quantity"], None),
        "nieuwbouw": ("weakened", ["quantity"], None),
        "boterwei-fase2": ("weakened", ["quantity", "deadline"], None),
        "transformatie-lijnbaan": ("strengthened", ["modality"], None),
        "flexwoningen": ("weakened", ["condition"], None),
        "grondprijs": ("reworded", [], "indexed_amount"),
        "inschrijfduur": ("strengthened", ["quantity"], None),
        "doorstroming": ("weakened", ["scope"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "passend-toewijzen": ("reworded", [], "same_figures"),
        "statushouders": ("reworded", [], "external_figure"),
        "label-efg": ("strengthened", ["deadline"], None),
        "gemiddeld-label": ("weakened", ["label"], None),
        "isolatie": ("strengthened", ["quantity"], None),
        "zonnepanelen": ("strengthened", ["condition"], None),
        "wijkuitvoeringsplan": ("weakened", ["deadline"], None),
        "energiecoaches": ("strengthened", ["condition"], None),
        "klimaatadaptatie": ("weakened", ["condition"], None),
        "reparatie": ("weakened", ["quantity"], None),
        "schimmel": ("strengthened", ["quantity"], None),
        "onderhoudsbudget": ("weakened", ["quantity"], None),
        "wmo-aanpassingen": ("strengthened", ["quantity"], None),
        "woonzorgvisie": ("weakened", ["deadline"], None),
        "levensloop": ("weakened", ["modality"], None),
        "huismeesters": ("strengthened", ["scope"], None),
        "wijkschouw": ("reworded", [], "same_figures"),
        "zachte-landing": ("reworded", [], None),
        "meldpunt-overlast": ("strengthened", ["modality"], None),
        "bod-procedure": ("reworded", [], "recurring_year"),
    },
    (2025, 2026): {
        "huurverhoging": ("reworded", [], "recurring_year"),
        "huurverlaging-aftopping": ("reworded", [], "indexed_amount"),
        "vroegsignalering": ("strengthened", ["quantity"], None),
        "huisuitzettingen": ("modified", ["modality", "condition"], None),
        "schuldhulp": ("strengthened", ["quantity"], None),
        "nieuwbouw": ("strengthened", ["quantity"], None),
        "transformatie-lijnbaan": ("strengthened", ["deadline"], None),
        "vlasmarkt": ("reworded", [], "progress"),
        "flexwoningen": ("strengthened", ["condition"], None),
        "grondprijs": ("reworded", [], "indexed_amount"),
        "inschrijfduur": ("weakened", ["quantity"], None),
        "doorstroming": ("strengthened", ["scope"], None),
        "verkoop": ("weakened", ["quantity"], None),
        "statushouders": ("reworded", [], "external_figure"),
        "woonunits": ("strengthened", ["modality"], None),
        "label-efg": ("weakened", ["deadline"], None),
        "isolatie": ("reworded", [], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "wijkuitvoeringsplan": ("strengthened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "klimaatadaptatie": ("reworded", [], None),
        "schimmel": ("reworded", [], "same_figures"),
        "onderhoudsbudget": ("reworded", [], "recurring_year"),
        "wmo-aanpassingen": ("weakened", ["modality"], None),
        "levensloop": ("strengthened", ["modality"], None),
        "wijkschouw": ("weakened", ["quantity"], None),
        "meldpunt-overlast": ("strengthened", ["modality"], None),
        "monitoring": ("strengthened", ["quantity"], None),
        "bod-procedure": ("reworded", [], "recurring_year"),
    },
}
