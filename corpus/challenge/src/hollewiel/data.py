# -*- coding: utf-8 -*-
"""Content of the hollewiel family (fictional): gemeente Hollewiel, Woonstichting Vechtzoom,
Het Brede Erf, Huurdersbelang Hollewiel. Afspraken per year keyed by a stable key."""

GEMEENTE = "Hollewiel"
VZ = "Woonstichting Vechtzoom"
BE = "Het Brede Erf"
HO = "Huurdersbelang Hollewiel"
B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def A(key, text, themes, actors, mod, q=(), dl=None, rec=False, cond=(), tr=None, bt=None, gr=None):
    if isinstance(themes, str):
        themes = [themes]
    return dict(key=key, text=text, themes=list(themes), actors=list(actors), modality=mod,
                quantities=[dict(value=x[0], unit=x[1], comparator=x[2], value_max=None) for x in q],
                deadline=None if dl is None else dict(year=dl[0], text=dl[1]),
                recurring=rec, conditions=list(cond), trekker=tr, betrokken=bt, gereed=gr)


# ---------------------------------------------------------------- 2025
Y25 = {}
def a25(*args, **kw):
    x = A(*args, **kw); Y25[x["key"]] = x

a25("oeverlanden", "Woonstichting Vechtzoom realiseert ten minste 85 sociale huurwoningen in het plan Oeverlanden, op te leveren vóór eind 2026. De gemeente draagt zorg voor een bouwrijpe kavel en een vlotte doorlooptijd van de benodigde procedures.",
    B, ["corporatie", "gemeente"], "firm", [(85, "woningen", "min")], (2026, "vóór eind 2026"), tr=VZ, bt="Gemeente", gr="eind 2026")
a25("kerkpad-flex", "Het Brede Erf onderzoekt of op de locatie Kerkpad 24 tijdelijke woningen voor spoedzoekers kunnen worden geplaatst, in overleg met de gemeente over een tijdelijke omgevingsvergunning.",
    B, ["corporatie"], "explore", [(24, "woningen", "exact")], tr=BE, bt="Gemeente", gr="Q4 2025")
a25("grondprijs", "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 24.500 per woning (prijspeil 2025), die jaarlijks wordt geïndexeerd.",
    B, ["gemeente"], "firm", [(24500, "euro", "exact")], rec=True)
a25("aandeel-sociaal", "De gemeente neemt in nieuwe bestemmingsplannen en omgevingsplannen voor woningbouw een aandeel van ten minste 30% sociale huur op, conform de woonvisie Hollewiel Thuis.",
    B, ["gemeente"], "firm", [(30, "%", "min")], tr="Gemeente")
a25("verkoop", "Partijen spreken af dat Woonstichting Vechtzoom in 2025 maximaal 15 huurwoningen verkoopt, uitsluitend bij mutatie en bij voorkeur aan starters met een terugkoopregeling.",
    B, ["partijen", "corporatie"], "firm", [(15, "woningen", "max")], (2025, "in 2025"), rec=True, tr=VZ, gr="doorlopend")
a25("liberalisatie", "Het Brede Erf liberaliseert in 2025 geen sociale huurwoningen.",
    B, ["corporatie"], "firm", [(0, "woningen", "max")], (2025, "in 2025"), rec=True)
a25("vergunning-termijn", "De gemeente zegt toe aanvragen voor een omgevingsvergunning voor sociale huurprojecten binnen 8 weken af te handelen, zodat de planning van de corporaties niet onnodig vertraagt.",
    B, ["gemeente"], "firm", [(8, "weken", "max")], tr="Gemeente", bt="Corporaties")
a25("starters", "Per 1 januari 2025 wijzen de corporaties ten minste 20% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar met een binding aan Hollewiel.",
    B, ["corporatie"], "firm", [(20, "%", "min")], (2025, "per 1 januari 2025"), rec=True, tr="Corporaties", gr="per 1 januari 2025")
a25("statushouders", "De corporaties leveren naar rato van hun woningbezit een bijdrage aan de huisvesting van vergunninghouders; de taakstelling van het Rijk voor Hollewiel bedraagt voor de eerste helft van 2025 38 personen.",
    B, ["corporatie"], "firm", [(38, "personen", "exact")], (2025, "eerste helft van 2025"), rec=True, tr="Gemeente", bt="Corporaties, VluchtelingenWerk")
a25("verhuisregeling", "Het Brede Erf verkent samen met de gemeente of een verhuisregeling voor senioren, met ondersteuning door een doorstroommakelaar, in Hollewiel kan worden ingevoerd.",
    B, ["corporatie", "gemeente"], "explore", tr=BE, bt="Gemeente", gr="Q3 2025")
a25("urgentie-evaluatie", "De gemeente evalueert in het eerste kwartaal van 2025 de urgentieregeling uit de huisvestingsverordening en bespreekt de uitkomsten met de corporaties en Huurdersbelang Hollewiel.",
    B, ["gemeente"], "firm", dl=(2025, "eerste kwartaal van 2025"), tr="Gemeente", bt="Corporaties, Huurdersbelang", gr="Q1 2025")
a25("inschrijfduur", "Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot maximaal 6 jaar.",
    B, ["partijen"], "intent", [(6, "jaar", "max")])
a25("huurverhoging", "De corporaties voeren per 1 juli 2025 een gemiddelde huurverhoging door die maximaal gelijk is aan de inflatie; voor huurders met een laag inkomen wordt waar mogelijk een lagere verhoging toegepast.",
    B, ["corporatie"], "firm", [(0, "% boven inflatie", "max")], (2025, "per 1 juli 2025"), rec=True, tr="Corporaties", gr="1 juli 2025")
a25("vroegsignalering", "De corporaties melden huurders met een huurachterstand van twee maanden bij het team Geldzorgen van de gemeente, zodat vroegsignalering tijdig op gang komt.",
    B, ["corporatie"], "firm", [(2, "maanden", "exact")], tr="Corporaties", bt="Gemeente (team Geldzorgen)")
a25("huisuitzettingen", "Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in 2025 te beperken tot maximaal 3.",
    B, ["partijen"], "intent", [(3, "huisuitzettingen", "max")], (2025, "in 2025"), rec=True)
a25("woonlastenfonds", "De gemeente stelt in 2025 een bedrag van € 60.000 beschikbaar voor het Fonds Woonlasten, waaruit huishoudens met betalingsproblemen eenmalig worden ondersteund.",
    B, ["gemeente"], "firm", [(60000, "euro", "exact")], (2025, "in 2025"), rec=True, tr="Gemeente", gr="2025")
a25("efg-vechtzoom", "Woonstichting Vechtzoom verbetert in 2025 de resterende 120 woningen met energielabel E, F of G naar ten minste label B.",
    D, ["corporatie"], "firm", [(120, "woningen", "exact")], (2025, "in 2025"), tr=VZ, gr="eind 2025")
a25("gemiddeld-label", "Het Brede Erf realiseert voor zijn gehele woningbezit uiterlijk eind 2028 een gemiddeld energielabel B.",
    D, ["corporatie"], "firm", [("B", "label", "min")], (2028, "uiterlijk eind 2028"), tr=BE, gr="eind 2028")
a25("zonnepanelen", "Woonstichting Vechtzoom brengt in 2025 bij alle eengezinswoningen in de wijk Noordveen zonnepanelen aan, voor zover het dak daarvoor constructief geschikt is.",
    D, ["corporatie"], "firm", dl=(2025, "in 2025"), cond=["voor zover het dak daarvoor constructief geschikt is"], tr=VZ, bt="Huurdersbelang", gr="eind 2025")
a25("wup-molenakker", "De gemeente stelt vóór eind 2025 het wijkuitvoeringsplan aardgasvrij voor de wijk Molenakker vast, in overleg met de corporaties en Huurdersbelang Hollewiel.",
    D, ["gemeente"], "firm", dl=(2025, "vóór eind 2025"), tr="Gemeente", bt="Corporaties, Huurdersbelang", gr="eind 2025")
a25("energiecoaches", "De gemeente zet in 2025 energiecoaches in die huurders met hoge energielasten thuis bezoeken; de corporaties brengen deze huurders in beeld en verwijzen hen actief door.",
    [D, B], ["gemeente", "corporatie"], "firm", dl=(2025, "in 2025"), rec=True, tr="Gemeente", bt="Corporaties")
a25("groene-daken", "Het Brede Erf legt bij het planmatig onderhoud aan de platte daken in Molenakker groene daken aan.",
    D, ["corporatie"], "firm", tr=BE, gr="2025-2026")
a25("regentonnen", "De gemeente stelt huurders van beide corporaties kosteloos regentonnen beschikbaar tijdens de jaarlijkse actie Hollewiel Klimaatbestendig.",
    D, ["gemeente"], "firm", rec=True)
a25("vocht-schimmel", "De corporaties reageren binnen 5 werkdagen op meldingen van vocht en schimmel en starten binnen 4 weken met het herstel van de oorzaak.",
    K, ["corporatie"], "firm", [(5, "werkdagen", "max"), (4, "weken", "max")], tr="Corporaties")
a25("brandveiligheid", "Woonstichting Vechtzoom voert vóór eind 2025 in alle portiekflats een brandveiligheidsinspectie uit en deelt de resultaten met de gemeente en de brandweer.",
    K, ["corporatie"], "firm", dl=(2025, "vóór eind 2025"), tr=VZ, bt="Gemeente, Veiligheidsregio", gr="eind 2025")
a25("huurdersoordeel", "De corporaties streven naar een gemiddeld huurdersoordeel voor de afhandeling van reparatieverzoeken van ten minste een 7,5.",
    K, ["corporatie"], "intent", [(7.5, "rapportcijfer", "min")])
a25("woonzorg-hoeve", "Partijen onderzoeken samen met zorgaanbieder Zorggroep Lindeloo of in het voormalige verzorgingshuis De Hoeve een woonzorgcomplex met 40 appartementen kan worden gerealiseerd.",
    [K, B], ["partijen"], "explore", [(40, "appartementen", "exact")], tr=VZ, bt="Gemeente, Zorggroep Lindeloo", gr="Q4 2025")
a25("wmo-aanpassingen", "De gemeente en de corporaties maken afspraken over de verdeling van de kosten van woningaanpassingen die uit de Wmo worden bekostigd.",
    K, ["gemeente", "corporatie"], "discuss", tr="Gemeente", bt="Corporaties")
a25("uitstroom-bw", "De corporaties stellen in 2025 samen 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, onder voorbehoud van voldoende begeleidingscapaciteit bij de zorgaanbieders.",
    [B, L], ["corporatie"], "firm", [(12, "woningen", "min")], (2025, "in 2025"), rec=True, cond=["onder voorbehoud van voldoende begeleidingscapaciteit bij de zorgaanbieders"], tr="Corporaties", bt="Gemeente, zorgaanbieders")
a25("wijkbeheerders", "Woonstichting Vechtzoom zet in de wijken Noordveen en Molenakker elk een wijkbeheerder in voor 32 uur per week.",
    L, ["corporatie"], "firm", [(32, "uur per week", "exact")], tr=VZ)
a25("leefbaarheidsbudget", "Het Brede Erf besteedt in 2025 € 95 per woning aan leefbaarheid, binnen de wettelijke kaders.",
    L, ["corporatie"], "firm", [(95, "euro per woning", "exact")], (2025, "in 2025"), rec=True, tr=BE)
a25("veiligheidsoverleg", "Partijen bespreken twee keer per jaar in het Veiligheidsoverleg Wonen de lopende overlastsituaties en stemmen de aanpak met politie en wijkteam af.",
    L, ["partijen"], "discuss", [(2, "keer per jaar", "exact")], rec=True, tr="Gemeente", bt="Corporaties, politie, wijkteam")
a25("schoonmaakactie", "De gemeente organiseert vóór 1 mei 2025 samen met de corporaties en bewonerscommissies een schoonmaakactie in de wijk De Tuinen.",
    L, ["gemeente", "corporatie"], "firm", dl=(2025, "vóór 1 mei 2025"), rec=True, tr="Gemeente", bt="Corporaties, bewonerscommissies", gr="1 mei 2025")
a25("zachte-landing", "De corporaties en de gemeente werken in het Wijkteam Hollewiel samen om kwetsbare huurders bij het betrekken van een woning een zachte landing te bieden.",
    L, ["corporatie", "gemeente"], "firm")
a25("lindenhof", "Het Brede Erf stelt in 2025 de ontmoetingsruimte in De Lindenhof kosteloos beschikbaar aan bewonersinitiatieven.",
    L, ["corporatie"], "firm", dl=(2025, "in 2025"), tr=BE)
a25("huisbezoek-75", "Woonstichting Vechtzoom brengt in 2025 een huisbezoek aan alle huurders van 75 jaar en ouder, om eenzaamheid en woonwensen tijdig te signaleren.",
    [L, K], ["corporatie"], "firm", dl=(2025, "in 2025"), rec=True, tr=VZ, bt="Wijkteam", gr="eind 2025")
a25("monitoring", "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, op basis van een monitor die door de gemeente wordt opgesteld.",
    O, ["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True, tr="Gemeente", bt="Corporaties, Huurdersbelang")
a25("ho-ondersteuning", "De corporaties stellen Huurdersbelang Hollewiel jaarlijks gezamenlijk € 18.000 beschikbaar voor ondersteuning, scholing en onafhankelijk advies, verdeeld naar rato van het woningbezit.",
    O, ["corporatie"], "firm", [(18000, "euro", "exact")], rec=True, tr="Corporaties")
a25("bod-termijn", "De corporaties sturen vóór 1 juli 2025 hun bod op de woonvisie aan het college van burgemeester en wethouders en aan Huurdersbelang Hollewiel.",
    O, ["corporatie"], "firm", dl=(2025, "vóór 1 juli 2025"), rec=True, tr="Corporaties", gr="1 juli 2025")
a25("geschillen", "Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg en, als dat niet tot een oplossing leidt, aan de regionale geschillencommissie.",
    O, ["partijen"], "firm")
a25("woonvisie-actualisatie", "De gemeente actualiseert in 2025 de woonvisie Hollewiel Thuis en betrekt de corporaties en Huurdersbelang Hollewiel via twee werksessies bij de totstandkoming.",
    O, ["gemeente"], "firm", [(2, "werksessies", "exact")], (2025, "in 2025"), tr="Gemeente", bt="Corporaties, Huurdersbelang", gr="eind 2025")
a25("dashboard", "Partijen ontwikkelen vóór eind 2026 een gezamenlijk digitaal dashboard waarin de voortgang van nieuwbouw, verduurzaming en toewijzing per kwartaal zichtbaar is.",
    O, ["partijen"], "firm", dl=(2026, "vóór eind 2026"), tr="Gemeente", bt="Corporaties", gr="eind 2026")

# ---------------------------------------------------------------- 2026
Y26 = {}
def a26(*args, **kw):
    x = A(*args, **kw); Y26[x["key"]] = x

a26("oeverlanden", "Woonstichting Vechtzoom realiseert ten minste 70 sociale huurwoningen in het plan Oeverlanden, op te leveren vóór medio 2027. De gemeente draagt zorg voor een bouwrijpe kavel en een vlotte doorlooptijd van de benodigde procedures.",
    B, ["corporatie", "gemeente"], "firm", [(70, "woningen", "min")], (2027, "vóór medio 2027"), tr=VZ, bt="Gemeente", gr="medio 2027")
a26("kerkpad-flex", "Het Brede Erf plaatst vóór 1 oktober 2026 op de locatie Kerkpad 24 tijdelijke woningen voor spoedzoekers; de gemeente verleent hiervoor een tijdelijke omgevingsvergunning.",
    B, ["corporatie", "gemeente"], "firm", [(24, "woningen", "exact")], (2026, "vóór 1 oktober 2026"), tr=BE, bt="Gemeente", gr="1 oktober 2026")
a26("grondprijs", "De gemeente hanteert voor sociale huurwoningen een vaste grondprijs van € 25.300 per woning (prijspeil 2026), die jaarlijks wordt geïndexeerd.",
    B, ["gemeente"], "firm", [(25300, "euro", "exact")], rec=True)
a26("aandeel-sociaal", "De gemeente neemt in nieuwe bestemmingsplannen en omgevingsplannen voor woningbouw een aandeel van ten minste 35% sociale huur op, conform de woonvisie Hollewiel Thuis.",
    B, ["gemeente"], "firm", [(35, "%", "min")], tr="Gemeente")
a26("verkoop", "Partijen spreken af dat Woonstichting Vechtzoom in 2026 maximaal 10 huurwoningen verkoopt, uitsluitend bij mutatie en bij voorkeur aan starters met een terugkoopregeling.",
    B, ["partijen", "corporatie"], "firm", [(10, "woningen", "max")], (2026, "in 2026"), rec=True, tr=VZ, gr="doorlopend")
a26("liberalisatie", "Het Brede Erf liberaliseert in 2026 maximaal 8 sociale huurwoningen, uitsluitend in complexen waar de sociale voorraad ruim boven de buurtnorm ligt.",
    B, ["corporatie"], "firm", [(8, "woningen", "max")], (2026, "in 2026"), rec=True)
a26("vergunning-termijn", "De gemeente zet zich in om aanvragen voor een omgevingsvergunning voor sociale huurprojecten binnen 8 weken af te handelen, zodat de planning van de corporaties niet onnodig vertraagt.",
    B, ["gemeente"], "intent", [(8, "weken", "max")], tr="Gemeente", bt="Corporaties")
a26("starters", "Per 1 januari 2026 wijzen de corporaties ten minste 20% van de vrijkomende sociale huurwoningen toe aan starters tot 28 jaar met een binding aan Hollewiel.",
    B, ["corporatie"], "firm", [(20, "%", "min")], (2026, "per 1 januari 2026"), rec=True, tr="Corporaties", gr="per 1 januari 2026")
a26("statushouders", "De corporaties leveren naar rato van hun woningbezit een bijdrage aan de huisvesting van vergunninghouders; de taakstelling van het Rijk voor Hollewiel bedraagt voor de eerste helft van 2026 31 personen.",
    B, ["corporatie"], "firm", [(31, "personen", "exact")], (2026, "eerste helft van 2026"), rec=True, tr="Gemeente", bt="Corporaties, VluchtelingenWerk")
a26("verhuisregeling", "Het Brede Erf voert in 2026 een verhuisregeling voor senioren in, waarbij een doorstroommakelaar huurders ondersteunt bij het vinden van een passende woning; de gemeente draagt de helft van de kosten van de makelaar.",
    B, ["corporatie", "gemeente"], "firm", dl=(2026, "in 2026"), tr=BE, bt="Gemeente", gr="Q2 2026")
a26("inschrijfduur", "Partijen streven ernaar de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot maximaal 5 jaar.",
    B, ["partijen"], "intent", [(5, "jaar", "max")])
a26("huurverhoging", "De corporaties voeren per 1 juli 2026 een gemiddelde huurverhoging door die ten minste 0,5% onder de inflatie ligt; voor huurders met een laag inkomen wordt waar mogelijk een lagere verhoging toegepast.",
    B, ["corporatie"], "firm", [(-0.5, "% ten opzichte van inflatie", "max")], (2026, "per 1 juli 2026"), rec=True, tr="Corporaties", gr="1 juli 2026")
a26("vroegsignalering", "De corporaties melden huurders met een huurachterstand van één maand bij het team Geldzorgen van de gemeente, zodat vroegsignalering tijdig op gang komt.",
    B, ["corporatie"], "firm", [(1, "maanden", "exact")], tr="Corporaties", bt="Gemeente (team Geldzorgen)")
a26("huisuitzettingen", "Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken tot maximaal 5.",
    B, ["partijen"], "intent", [(5, "huisuitzettingen", "max")], (2026, "in 2026"), rec=True)
a26("woonlastenfonds", "De gemeente stelt in 2026 een bedrag van € 45.000 beschikbaar voor het Fonds Woonlasten, waaruit huishoudens met betalingsproblemen eenmalig worden ondersteund.",
    B, ["gemeente"], "firm", [(45000, "euro", "exact")], (2026, "in 2026"), rec=True, tr="Gemeente", gr="2026")
a26("energiecoaches", "De gemeente zet in 2026 energiecoaches in die huurders met hoge energielasten thuis bezoeken, indien hiervoor middelen uit de rijksregeling energiearmoede beschikbaar blijven; de corporaties brengen deze huurders in beeld en verwijzen hen actief door.",
    [D, B], ["gemeente", "corporatie"], "firm", dl=(2026, "in 2026"), rec=True, cond=["indien hiervoor middelen uit de rijksregeling energiearmoede beschikbaar blijven"], tr="Gemeente", bt="Corporaties")
a26("efg-vechtzoom", "Woonstichting Vechtzoom verbetert in 2026 de resterende 45 woningen met energielabel E, F of G naar ten minste label B.",
    D, ["corporatie"], "firm", [(45, "woningen", "exact")], (2026, "in 2026"), tr=VZ, gr="eind 2026")
a26("gemiddeld-label", "Het Brede Erf realiseert voor zijn gehele woningbezit uiterlijk eind 2028 een gemiddeld energielabel C.",
    D, ["corporatie"], "firm", [("C", "label", "min")], (2028, "uiterlijk eind 2028"), tr=BE, gr="eind 2028")
a26("zonnepanelen", "Woonstichting Vechtzoom brengt in 2026 bij de eengezinswoningen in twee complexen in de wijk Noordveen zonnepanelen aan, voor zover het dak daarvoor constructief geschikt is.",
    D, ["corporatie"], "firm", dl=(2026, "in 2026"), cond=["voor zover het dak daarvoor constructief geschikt is"], tr=VZ, bt="Huurdersbelang", gr="eind 2026")
a26("wup-molenakker", "De gemeente stelt vóór medio 2026 het wijkuitvoeringsplan aardgasvrij voor de wijk Molenakker vast, in overleg met de corporaties en Huurdersbelang Hollewiel.",
    D, ["gemeente"], "firm", dl=(2026, "vóór medio 2026"), tr="Gemeente", bt="Corporaties, Huurdersbelang", gr="medio 2026")
a26("groene-daken", "Het Brede Erf onderzoekt of bij het planmatig onderhoud aan de platte daken in Molenakker groene daken kunnen worden aangelegd.",
    D, ["corporatie"], "explore", tr=BE, gr="2026")
a26("regentonnen", "De gemeente stelt huurders van beide corporaties kosteloos regentonnen beschikbaar tijdens de jaarlijkse actie Hollewiel Klimaatbestendig.",
    D, ["gemeente"], "firm", rec=True)
a26("neststenen", "Woonstichting Vechtzoom en Het Brede Erf plaatsen bij al hun nieuwbouwprojecten neststenen voor gierzwaluwen en huismussen, volgens het advies van de gemeentelijke ecoloog.",
    D, ["corporatie"], "firm", tr="Corporaties", bt="Gemeente")
a26("vocht-schimmel", "De corporaties reageren binnen 3 werkdagen op meldingen van vocht en schimmel en starten binnen 3 weken met het herstel van de oorzaak.",
    K, ["corporatie"], "firm", [(3, "werkdagen", "max"), (3, "weken", "max")], tr="Corporaties")
a26("rookmelders", "Woonstichting Vechtzoom controleert in 2026 in alle seniorenwoningen de werking van de rookmelders en vervangt deze waar nodig door exemplaren die op het lichtnet zijn aangesloten.",
    K, ["corporatie"], "firm", dl=(2026, "in 2026"), tr=VZ, gr="eind 2026")
a26("huurdersoordeel", "De corporaties streven naar een gemiddeld huurdersoordeel voor de afhandeling van reparatieverzoeken van ten minste een 7,5.",
    K, ["corporatie"], "intent", [(7.5, "rapportcijfer", "min")])
a26("woonzorg-hoeve", "Samen met Zorggroep Lindeloo onderzoeken partijen de haalbaarheid van een woonzorgcomplex met 40 appartementen in het voormalige verzorgingshuis De Hoeve.",
    [K, B], ["partijen"], "explore", [(40, "appartementen", "exact")], tr=VZ, bt="Gemeente, Zorggroep Lindeloo", gr="Q4 2026")
a26("wmo-aanpassingen", "De gemeente en de corporaties werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die uit de Wmo worden bekostigd.",
    K, ["gemeente", "corporatie"], "firm", tr="Gemeente", bt="Corporaties")
a26("uitstroom-bw", "De corporaties stellen in 2026 samen 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang.",
    [B, L], ["corporatie"], "firm", [(12, "woningen", "min")], (2026, "in 2026"), rec=True, tr="Corporaties", bt="Gemeente, zorgaanbieders")
a26("wijkbeheerders", "Woonstichting Vechtzoom zet in de wijken Noordveen, Molenakker en De Tuinen elk een wijkbeheerder in voor 32 uur per week.",
    L, ["corporatie"], "firm", [(32, "uur per week", "exact")], tr=VZ)
a26("leefbaarheidsbudget", "Het Brede Erf besteedt in 2026 € 110 per woning aan leefbaarheid, binnen de wettelijke kaders.",
    L, ["corporatie"], "firm", [(110, "euro per woning", "exact")], (2026, "in 2026"), rec=True, tr=BE)
a26("veiligheidsoverleg", "Partijen bespreken twee keer per jaar in het Veiligheidsoverleg Wonen de lopende overlastsituaties en stemmen de aanpak met politie en wijkteam af.",
    L, ["partijen"], "discuss", [(2, "keer per jaar", "exact")], rec=True, tr="Gemeente", bt="Corporaties, politie, wijkteam")
a26("schoonmaakactie", "De gemeente organiseert vóór 1 mei 2026 samen met de corporaties en bewonerscommissies een schoonmaakactie in de wijk De Tuinen.",
    L, ["gemeente", "corporatie"], "firm", dl=(2026, "vóór 1 mei 2026"), rec=True, tr="Gemeente", bt="Corporaties, bewonerscommissies", gr="1 mei 2026")
a26("zachte-landing", "De corporaties en de gemeente werken in het Wijkteam Hollewiel samen om kwetsbare huurders bij het betrekken van een woning een zachte landing te bieden.",
    L, ["corporatie", "gemeente"], "firm")
a26("ontmoetingsplek-tuinen", "Het Brede Erf verkent in 2026 of in de wijk De Tuinen een nieuwe ontmoetingsplek kan worden ingericht, en betrekt de bewonerscommissie bij de keuze van de locatie.",
    L, ["corporatie"], "explore", dl=(2026, "in 2026"), tr=BE, bt="Bewonerscommissie De Tuinen", gr="Q3 2026")
a26("huisbezoek-75", "Woonstichting Vechtzoom brengt in 2026 een huisbezoek aan de huurders van 75 jaar en ouder in de wijk Noordveen, om eenzaamheid en woonwensen tijdig te signaleren.",
    [L, K], ["corporatie"], "firm", dl=(2026, "in 2026"), rec=True, tr=VZ, bt="Wijkteam", gr="eind 2026")
a26("monitoring", "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg, op basis van een monitor die door de gemeente wordt opgesteld.",
    O, ["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True, tr="Gemeente", bt="Corporaties, Huurdersbelang")
a26("ho-ondersteuning", "Voor zijn ondersteuning, scholing en het inwinnen van onafhankelijk advies ontvangt Huurdersbelang Hollewiel van beide corporaties samen een jaarlijkse bijdrage van € 18.000; de verdeling tussen de corporaties volgt het aantal woningen dat elk in Hollewiel bezit.",
    O, ["corporatie"], "firm", [(18000, "euro", "exact")], rec=True, tr="Corporaties")
a26("bod-termijn", "De corporaties sturen vóór 1 juli 2026 hun bod op de woonvisie aan het college van burgemeester en wethouders en aan Huurdersbelang Hollewiel.",
    O, ["corporatie"], "firm", dl=(2026, "vóór 1 juli 2026"), rec=True, tr="Corporaties", gr="1 juli 2026")
a26("geschillen", "Partijen leggen een geschil over de uitvoering van deze afspraken eerst voor aan het bestuurlijk overleg en, als dat niet tot een oplossing leidt, aan de regionale geschillencommissie.",
    O, ["partijen"], "firm")
a26("dashboard", "Partijen ontwikkelen vóór 1 juli 2026 een gezamenlijk digitaal dashboard waarin de voortgang van nieuwbouw, verduurzaming en toewijzing per kwartaal zichtbaar is.",
    O, ["partijen"], "firm", dl=(2026, "vóór 1 juli 2026"), tr="Gemeente", bt="Corporaties", gr="1 juli 2026")

# ---------------------------------------------------------------- structure
# (ambitie no, title, paragraph, [(doel sentence, [keys])])
S25 = [
 (1, "Voldoende en betaalbare woningen",
  "Hollewiel wil een gemeente zijn waar jong en oud een passende en betaalbare woning kan vinden. De woonvisie Hollewiel Thuis vraagt om een forse groei van de sociale huurvoorraad en om een eerlijke verdeling van de woningen die vrijkomen; de regionale woondeal onderstreept die opgave.",
  [("Zorgen dat de sociale huurvoorraad in Hollewiel groeit en op peil blijft.", ["oeverlanden", "kerkpad-flex", "grondprijs", "aandeel-sociaal", "verkoop", "liberalisatie", "vergunning-termijn"]),
   ("Realiseren van een eerlijke en transparante verdeling van de beschikbare woningen.", ["starters", "statushouders", "verhuisregeling", "urgentie-evaluatie", "inschrijfduur"]),
   ("Zorgen dat huurders hun woonlasten kunnen blijven dragen.", ["huurverhoging", "vroegsignalering", "huisuitzettingen", "woonlastenfonds"])]),
 (2, "Duurzaam en klimaatbestendig wonen",
  "Partijen willen de energierekening van huurders omlaag brengen en de woningvoorraad voorbereiden op een aardgasvrije toekomst. De Nationale Prestatieafspraken en de transitievisie warmte van de gemeente vormen hiervoor het kader.",
  [("Zorgen dat de woningvoorraad energiezuinig wordt en blijft.", ["efg-vechtzoom", "gemiddeld-label", "zonnepanelen", "wup-molenakker", "energiecoaches"]),
   ("Realiseren van een groene en klimaatbestendige woonomgeving.", ["groene-daken", "regentonnen"])]),
 (3, "Goede woningen en wonen met zorg",
  "Een goede woning is gezond, veilig en past bij de levensfase van de bewoner. Het aantal ouderen in Hollewiel groeit de komende jaren sterk, en steeds meer mensen met een zorgvraag wonen zelfstandig.",
  [("Zorgen voor gezonde en veilige woningen.", ["vocht-schimmel", "brandveiligheid", "huurdersoordeel"]),
   ("Realiseren van voldoende geschikte woningen voor mensen met een zorgvraag.", ["woonzorg-hoeve", "wmo-aanpassingen", "uitstroom-bw"])]),
 (4, "Leefbare wijken",
  "In een leefbare wijk voelen bewoners zich thuis en kennen zij elkaar. De druk op een aantal buurten neemt toe, onder meer doordat meer kwetsbare huishoudens zelfstandig wonen.",
  [("Zorgen voor schone, hele en veilige buurten.", ["wijkbeheerders", "leefbaarheidsbudget", "veiligheidsoverleg", "schoonmaakactie"]),
   ("Zorgen dat kwetsbare huurders en ouderen niet buiten beeld raken.", ["zachte-landing", "lindenhof", "huisbezoek-75"])]),
 (5, "Samenwerking en uitvoering",
  "De afspraken in deze uitvoeringsagenda vragen om een goede samenwerking tussen de drie partijen aan de tafel en om heldere afspraken over monitoring en overleg.",
  [("Zorgen voor een goede samenwerking en een transparante verantwoording.", ["monitoring", "ho-ondersteuning", "bod-termijn", "geschillen", "woonvisie-actualisatie", "dashboard"])]),
]
S26 = [
 (1, "Voldoende en betaalbare woningen",
  "Hollewiel wil een gemeente zijn waar jong en oud een passende en betaalbare woning kan vinden. De vastgestelde woonvisie Hollewiel Thuis 2025-2030 en de regionale woondeal vragen om een forse groei van de sociale huurvoorraad en om een eerlijke verdeling van vrijkomende woningen.",
  [("Zorgen dat de sociale huurvoorraad in Hollewiel groeit en op peil blijft.", ["oeverlanden", "kerkpad-flex", "grondprijs", "aandeel-sociaal", "verkoop", "liberalisatie", "vergunning-termijn"]),
   ("Realiseren van een eerlijke en transparante verdeling van de beschikbare woningen.", ["starters", "statushouders", "verhuisregeling", "inschrijfduur", "uitstroom-bw"]),
   ("Zorgen dat huurders hun woonlasten en energielasten kunnen blijven dragen.", ["huurverhoging", "vroegsignalering", "huisuitzettingen", "woonlastenfonds", "energiecoaches"])]),
 (2, "Energietransitie en klimaat",
  "Partijen willen de energierekening van huurders omlaag brengen en de woningvoorraad voorbereiden op een aardgasvrije toekomst. De Nationale Prestatieafspraken en de transitievisie warmte van de gemeente vormen hiervoor het kader.",
  [("Zorgen dat de woningvoorraad energiezuinig wordt en blijft.", ["efg-vechtzoom", "gemiddeld-label", "zonnepanelen", "wup-molenakker"]),
   ("Realiseren van een groene, natuurinclusieve en klimaatbestendige woonomgeving.", ["groene-daken", "regentonnen", "neststenen"])]),
 (3, "Goede woningen en wonen met zorg",
  "Een goede woning is gezond, veilig en past bij de levensfase van de bewoner. Het aantal inwoners van 75 jaar en ouder in Hollewiel groeit tot 2030 met bijna een derde.",
  [("Zorgen voor gezonde en veilige woningen.", ["vocht-schimmel", "rookmelders", "huurdersoordeel"]),
   ("Realiseren van voldoende geschikte woningen voor mensen met een zorgvraag.", ["woonzorg-hoeve", "wmo-aanpassingen"])]),
 (4, "Prettig samenleven in de buurt",
  "In een leefbare wijk voelen bewoners zich thuis en kennen zij elkaar. De druk op een aantal buurten neemt toe, onder meer doordat meer kwetsbare huishoudens zelfstandig wonen.",
  [("Zorgen voor schone, hele en veilige buurten.", ["wijkbeheerders", "leefbaarheidsbudget", "veiligheidsoverleg", "schoonmaakactie"]),
   ("Zorgen dat kwetsbare huurders en ouderen niet buiten beeld raken.", ["zachte-landing", "ontmoetingsplek-tuinen", "huisbezoek-75"])]),
 (5, "Samenwerking en uitvoering",
  "De afspraken in deze uitvoeringsagenda vragen om een goede samenwerking tussen de drie partijen aan de tafel en om heldere afspraken over monitoring en overleg.",
  [("Zorgen voor een goede samenwerking en een transparante verantwoording.", ["monitoring", "ho-ondersteuning", "bod-termijn", "geschillen", "dashboard"])]),
]

# pair 2025 -> 2026: key -> (status, kinds, hard_negative)
PAIR_25_26 = {
 "oeverlanden": ("weakened", ["quantity", "deadline"], None),
 "kerkpad-flex": ("strengthened", ["modality"], None),
 "grondprijs": ("reworded", [], "indexed_amount"),
 "aandeel-sociaal": ("strengthened", ["quantity"], None),
 "verkoop": ("strengthened", ["quantity"], None),
 "liberalisatie": ("weakened", ["quantity"], None),
 "vergunning-termijn": ("weakened", ["modality"], None),
 "starters": ("reworded", [], "recurring_year"),
 "statushouders": ("reworded", [], "external_figure"),
 "verhuisregeling": ("strengthened", ["modality"], None),
 "urgentie-evaluatie": ("dropped", [], None),
 "inschrijfduur": ("strengthened", ["quantity"], None),
 "huurverhoging": ("strengthened", ["quantity"], None),
 "vroegsignalering": ("strengthened", ["quantity"], None),
 "huisuitzettingen": ("weakened", ["quantity"], None),
 "woonlastenfonds": ("weakened", ["quantity"], None),
 "efg-vechtzoom": ("reworded", [], "progress"),
 "gemiddeld-label": ("weakened", ["label"], None),
 "zonnepanelen": ("weakened", ["scope"], None),
 "wup-molenakker": ("weakened", ["deadline"], None),
 "energiecoaches": ("weakened", ["condition"], None),
 "groene-daken": ("weakened", ["modality"], None),
 "regentonnen": ("unchanged", [], None),
 "vocht-schimmel": ("strengthened", ["quantity"], None),
 "brandveiligheid": ("dropped", [], None),
 "huurdersoordeel": ("unchanged", [], None),
 "woonzorg-hoeve": ("reworded", [], "same_figures"),
 "wmo-aanpassingen": ("strengthened", ["modality"], None),
 "uitstroom-bw": ("strengthened", ["condition"], None),
 "wijkbeheerders": ("strengthened", ["scope"], None),
 "leefbaarheidsbudget": ("strengthened", ["quantity"], None),
 "veiligheidsoverleg": ("unchanged", [], None),
 "schoonmaakactie": ("reworded", [], "recurring_year"),
 "zachte-landing": ("unchanged", [], None),
 "lindenhof": ("dropped", [], None),
 "huisbezoek-75": ("weakened", ["scope"], None),
 "monitoring": ("unchanged", [], None),
 "ho-ondersteuning": ("reworded", [], "same_figures"),
 "bod-termijn": ("reworded", [], "recurring_year"),
 "geschillen": ("unchanged", [], None),
 "woonvisie-actualisatie": ("dropped", [], None),
 "dashboard": ("strengthened", ["deadline"], None),
 "neststenen": ("new", [], None),
 "rookmelders": ("new", [], None),
 "ontmoetingsplek-tuinen": ("new", [], None),
}

# ---------------------------------------------------------------- bod 2026 (Woonstichting Vechtzoom)
# (theme table title, [(wish of the gemeente, [bid dicts])]); bid keys equal agreement keys when the bid reappears
BOD = []
def bid(key, text, themes, actors, mod, q=(), dl=None, rec=False, cond=()):
    return A(key, text, themes, actors, mod, q, dl, rec, cond)

BOD = [
 ("Beschikbaarheid: bouwen en verdelen", [
  ("De gemeente vraagt de corporaties om tot 2030 jaarlijks gemiddeld 60 sociale huurwoningen toe te voegen en de verkoop van huurwoningen te beperken.", [
    bid("oeverlanden", "Woonstichting Vechtzoom realiseert ten minste 80 sociale huurwoningen in het plan Oeverlanden, op te leveren vóór medio 2027.", B, ["corporatie"], "firm", [(80, "woningen", "min")], (2027, "vóór medio 2027")),
    bid("verkoop", "Woonstichting Vechtzoom verkoopt in 2026 maximaal 12 huurwoningen, uitsluitend bij mutatie.", B, ["corporatie"], "firm", [(12, "woningen", "max")], (2026, "in 2026"), rec=True),
    bid("bod-middenhuur", "Woonstichting Vechtzoom verkent de bouw van 20 middenhuurwoningen aan de Stationsweg, afhankelijk van de grondprijs die de gemeente hanteert.", B, ["corporatie"], "explore", [(20, "woningen", "exact")], cond=["afhankelijk van de grondprijs die de gemeente hanteert"]),
    bid("bod-woningdelen", "Woonstichting Vechtzoom start in 2026 een pilot met woningdelen voor jongeren in Molenakker.", B, ["corporatie"], "firm", dl=(2026, "in 2026")),
  ]),
  ("De woonvisie vraagt om voorrang voor starters en om een evenredige bijdrage aan de huisvesting van vergunninghouders en uitstromers.", [
    bid("starters", "Wij wijzen per 1 januari 2026 ten minste 20% van onze vrijkomende sociale huurwoningen toe aan starters tot 28 jaar met een binding aan Hollewiel.", B, ["corporatie"], "firm", [(20, "%", "min")], (2026, "per 1 januari 2026"), rec=True),
    bid("statushouders", "Woonstichting Vechtzoom levert naar rato van haar woningbezit een bijdrage aan de huisvesting van vergunninghouders volgens de taakstelling van het Rijk.", B, ["corporatie"], "firm", rec=True),
    bid("uitstroom-bw", "De corporaties stellen in 2026 samen 12 woningen beschikbaar voor uitstroom uit beschermd wonen en maatschappelijke opvang, onder voorbehoud van voldoende begeleidingscapaciteit bij de zorgaanbieders.", [B, L], ["corporatie"], "firm", [(12, "woningen", "min")], (2026, "in 2026"), rec=True, cond=["onder voorbehoud van voldoende begeleidingscapaciteit bij de zorgaanbieders"]),
    bid("inschrijfduur", "Wij streven ernaar de gemiddelde inschrijfduur van woningzoekenden bij toewijzing van een sociale huurwoning terug te brengen tot maximaal 6 jaar.", B, ["corporatie"], "intent", [(6, "jaar", "max")]),
  ]),
 ]),
 ("Betaalbaarheid", [
  ("Huurders mogen er in koopkracht niet op achteruitgaan; huisuitzettingen moeten zoveel mogelijk worden voorkomen.", [
    bid("huurverhoging", "Woonstichting Vechtzoom voert per 1 juli 2026 een gemiddelde huurverhoging door die maximaal gelijk is aan de inflatie.", B, ["corporatie"], "firm", [(0, "% boven inflatie", "max")], (2026, "per 1 juli 2026"), rec=True),
    bid("vroegsignalering", "Wij melden huurders met een huurachterstand van twee maanden bij het team Geldzorgen van de gemeente.", B, ["corporatie"], "firm", [(2, "maanden", "exact")]),
    bid("huisuitzettingen", "Partijen zetten zich in om het aantal huisuitzettingen wegens huurachterstand in 2026 te beperken tot maximaal 5.", B, ["partijen"], "intent", [(5, "huisuitzettingen", "max")], (2026, "in 2026"), rec=True),
  ]),
 ]),
 ("Duurzaamheid", [
  ("Uiterlijk eind 2028 heeft geen huurwoning in Hollewiel meer een E-, F- of G-label; huurders worden geholpen hun energielasten te verlagen.", [
    bid("efg-vechtzoom", "In 2026 pakken wij de laatste 45 woningen met energielabel E, F of G aan; zij krijgen na de ingreep ten minste label B.", D, ["corporatie"], "firm", [(45, "woningen", "exact")], (2026, "in 2026")),
    bid("zonnepanelen", "Woonstichting Vechtzoom brengt in 2026 bij de eengezinswoningen in drie complexen in de wijk Noordveen zonnepanelen aan, voor zover het dak daarvoor constructief geschikt is.", D, ["corporatie"], "firm", dl=(2026, "in 2026"), cond=["voor zover het dak daarvoor constructief geschikt is"]),
    bid("bod-energiescan", "Wij bieden onze huurders in 2026 een gratis energiescan aan, gericht op huishoudens met een hoog verbruik.", D, ["corporatie"], "firm", dl=(2026, "in 2026")),
  ]),
  ("De gemeente vraagt om natuurinclusief bouwen bij alle nieuwbouw.", [
    bid("neststenen", "Woonstichting Vechtzoom plaatst bij nieuwbouwprojecten waar mogelijk neststenen voor gierzwaluwen en huismussen.", D, ["corporatie"], "firm", cond=["waar mogelijk"]),
  ]),
 ]),
 ("Kwaliteit en wonen met zorg", [
  ("Woningen zijn gezond en veilig; klachten over vocht en schimmel worden snel opgelost.", [
    bid("vocht-schimmel", "Woonstichting Vechtzoom reageert binnen 5 werkdagen op meldingen van vocht en schimmel en start binnen 4 weken met het herstel van de oorzaak.", K, ["corporatie"], "firm", [(5, "werkdagen", "max"), (4, "weken", "max")]),
    bid("rookmelders", "Wij controleren in 2026 bij al onze seniorenwoningen of de rookmelders werken en vervangen ze waar nodig.", K, ["corporatie"], "firm", dl=(2026, "in 2026")),
    bid("huurdersoordeel", "De corporaties streven naar een gemiddeld huurdersoordeel voor de afhandeling van reparatieverzoeken van ten minste een 7,5.", K, ["corporatie"], "intent", [(7.5, "rapportcijfer", "min")]),
  ]),
  ("Er komen meer woningen die geschikt zijn voor ouderen en mensen met een zorgvraag.", [
    bid("woonzorg-hoeve", "Woonstichting Vechtzoom realiseert samen met Zorggroep Lindeloo een woonzorgcomplex met 40 appartementen in het voormalige verzorgingshuis De Hoeve.", [K, B], ["corporatie"], "firm", [(40, "appartementen", "exact")]),
    bid("wmo-aanpassingen", "Wij werken volgens de in 2025 gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die uit de Wmo worden bekostigd.", K, ["corporatie"], "firm"),
  ]),
 ]),
 ("Leefbaarheid", [
  ("In elke wijk is de corporatie zichtbaar aanwezig; kwetsbare bewoners krijgen de ondersteuning die zij nodig hebben.", [
    bid("wijkbeheerders", "Woonstichting Vechtzoom zet in de wijken Noordveen en Molenakker elk een wijkbeheerder in voor 32 uur per week.", L, ["corporatie"], "firm", [(32, "uur per week", "exact")]),
    bid("huisbezoek-75", "Woonstichting Vechtzoom brengt in 2026 een huisbezoek aan alle huurders van 75 jaar en ouder, om eenzaamheid en woonwensen tijdig te signaleren.", [L, K], ["corporatie"], "firm", dl=(2026, "in 2026"), rec=True),
    bid("zachte-landing", "De corporaties en de gemeente werken in het Wijkteam Hollewiel samen om kwetsbare huurders bij het betrekken van een woning een zachte landing te bieden.", L, ["corporatie", "gemeente"], "firm"),
  ]),
 ]),
 ("Samenwerking", [
  ("De gemeente wil de voortgang van de afspraken beter kunnen volgen en hecht aan een sterke huurdersorganisatie.", [
    bid("ho-ondersteuning", "Woonstichting Vechtzoom draagt naar rato van haar woningbezit bij aan de jaarlijkse bijdrage van € 18.000 voor Huurdersbelang Hollewiel.", O, ["corporatie"], "firm", [(18000, "euro", "exact")], rec=True),
    bid("dashboard", "Woonstichting Vechtzoom levert vóór eind 2026 de gegevens aan voor een gezamenlijk digitaal dashboard over nieuwbouw, verduurzaming en toewijzing.", O, ["corporatie"], "firm", dl=(2026, "vóór eind 2026")),
  ]),
 ]),
]

PAIR_BOD = {
 "oeverlanden": ("weakened", ["quantity"], None),
 "verkoop": ("strengthened", ["quantity"], None),
 "bod-middenhuur": ("dropped", [], None),
 "bod-woningdelen": ("dropped", [], None),
 "starters": ("reworded", [], "same_figures"),
 "statushouders": ("reworded", [], "external_figure"),
 "uitstroom-bw": ("strengthened", ["condition"], None),
 "inschrijfduur": ("strengthened", ["quantity"], None),
 "huurverhoging": ("strengthened", ["quantity"], None),
 "vroegsignalering": ("strengthened", ["quantity"], None),
 "huisuitzettingen": ("unchanged", [], None),
 "efg-vechtzoom": ("reworded", [], "same_figures"),
 "zonnepanelen": ("weakened", ["scope"], None),
 "bod-energiescan": ("dropped", [], None),
 "neststenen": ("strengthened", ["condition", "scope"], None),
 "vocht-schimmel": ("strengthened", ["quantity"], None),
 "rookmelders": ("reworded", [], None),
 "huurdersoordeel": ("unchanged", [], None),
 "woonzorg-hoeve": ("weakened", ["modality"], None),
 "wmo-aanpassingen": ("reworded", [], None),
 "wijkbeheerders": ("strengthened", ["scope"], None),
 "huisbezoek-75": ("weakened", ["scope"], None),
 "zachte-landing": ("unchanged", [], None),
 "ho-ondersteuning": ("reworded", [], "same_figures"),
 "dashboard": ("strengthened", ["deadline"], None),
}
