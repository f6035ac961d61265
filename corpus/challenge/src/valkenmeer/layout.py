# -*- coding: utf-8 -*-
"""Document structure per year for the valkenmeer family.

Blocks: ("p", text) context paragraph; ("list", lead_in, [keys]) an afspraken paragraph with inline (1), (2) items;
("table", caption, rows) a kerncijfers table.
"""

PREV = {2025: 2024, 2026: 2025, 2027: 2026}

TERUG = {
    2024: dict(opg=42, proj="de eerste fase van de Havenkade", iso=96, vh=31, taak=34, wacht="6,3", uitz=4, ach="1,4", lab=212),
    2025: dict(opg=58, proj="de Havenkade en de Leliehof", iso=104, vh=40, taak=38, wacht="5,9", uitz=2, ach="1,2", lab=141),
    2026: dict(opg=71, proj="Havenkade-Zuid en de Rietkraag", iso=88, vh=44, taak=46, wacht="5,7", uitz=1, ach="1,1", lab=35),
}
STOCK = {2024: 3184, 2025: 3229, 2026: 3287}


def layout(y):
    p = PREV[y]
    t = TERUG[p]
    ch = []
    # 1 Inleiding
    intro = [
        ("1.1 Aanleiding en context", [
            ("p", "Voor u liggen de prestatieafspraken %d tussen de gemeente Valkenmeer, Woonstichting Reigersland en "
                  "Huurdersvereniging De Meerkoet. Met deze afspraken geven de drie partijen invulling aan de Woningwet, die "
                  "van gemeente, corporatie en huurdersorganisatie verlangt dat zij jaarlijks vastleggen welke bijdrage de "
                  "corporatie levert aan het lokale volkshuisvestingsbeleid en wat de andere partijen daar tegenover stellen. "
                  "De afspraken zijn tot stand gekomen op basis van het bod dat Reigersland in juni %d heeft uitgebracht en "
                  "van drie tripartiete werksessies in het najaar." % (y, p)),
            ("p", "Het kader voor deze afspraken wordt gevormd door de woonvisie Thuis in Valkenmeer, die drie pijlers kent: "
                  "(1) voldoende betaalbare woningen voor wie op de sociale huursector is aangewezen, (2) duurzame en gezonde "
                  "woningen en (3) wijken waar bewoners prettig en veilig samenleven. Daarnaast werken partijen binnen de "
                  "regionale woondeal die de regio Meerstad met het Rijk heeft gesloten en binnen de Nationale "
                  "Prestatieafspraken, waarin onder meer is vastgelegd dat eind 2028 geen corporatiewoningen met een "
                  "energielabel E, F of G meer mogen bestaan."),
        ]),
        ("1.2 Leeswijzer", [
            ("p", "Hoofdstuk 2 blikt terug op het jaar %d. De hoofdstukken 3 tot en met 6 bevatten per thema een korte "
                  "toelichting en de afspraken die partijen voor %d maken. De afspraken zijn per alinea genummerd en staan "
                  "achter elkaar in de lopende tekst. Hoofdstuk 7 gaat over de samenwerking, de monitoring en de looptijd. "
                  "De ondertekening en de lijst van bijlagen sluiten het document af." % (p, y)),
        ]),
    ]
    ch.append(("1. Inleiding", intro))
    # 2 Terugblik
    ch.append(("2. Terugblik op %d" % p, [
        (None, [
            ("p", "Het jaar %d stond in het teken van het versnellen van de nieuwbouw en het verbeteren van de slechtste "
                  "woningen. Niet alle voornemens zijn gehaald: verschillende projecten liepen vertraging op door "
                  "bezwaarprocedures en door de beperkte capaciteit op het elektriciteitsnet." % p),
            ("p", "In %d zijn (a) %d sociale huurwoningen opgeleverd in %s, (b) %d woningen geïsoleerd, (c) %d "
                  "vergunninghouders gehuisvest tegen een taakstelling van %d en (d) %d woningen verkocht of geliberaliseerd. "
                  "Het aantal huisuitzettingen wegens huurachterstand bedroeg %d." % (p, t["opg"], t["proj"], t["iso"],
                                                                                   t["taak"] - 2, t["taak"], t["vh"] // 4, t["uitz"])),
            ("table", "Tabel 1. Kerncijfers Reigersland in Valkenmeer (peildatum 31 december %d)" % p, [
                ["Indicator", "%d" % p],
                ["Sociale huurwoningen in bezit", "{:,}".format(STOCK[p]).replace(",", ".")],
                ["Gemiddelde inschrijfduur bij toewijzing (jaar)", t["wacht"]],
                ["Huurachterstand zittende huurders (% van de jaarhuur)", t["ach"]],
                ["Woningen met energielabel E, F of G", str(t["lab"])],
                ["Opgeleverde nieuwbouw (woningen)", str(t["opg"])],
            ]),
        ]),
    ]))
    # 3 Betaalbaar en beschikbaar
    s31 = ["nb-oplevering", "nb-grond", "nb-sociaal-aandeel"]
    if y < 2027:
        s31.append("nb-flex")
    else:
        s31.append("woningdelen")
    s31.append("verkoop")
    s32 = ["statushouders"]
    if y == 2025:
        s32 += ["beschermd-wonen", "urgentie-herzien"]
    else:
        s32 += ["urgentie-evaluatie"]
    s32 += ["starters", "doorstroming", "wachttijd"]
    ch.append(("3. Betaalbaar en beschikbaar wonen", [
        ("3.1 Nieuwbouw en woningvoorraad", [
            ("p", "De vraag naar sociale huurwoningen in Valkenmeer is groter dan het aanbod. In de regionale woondeal is "
                  "afgesproken dat ten minste 30% van de nieuwbouw in de regio uit sociale huur bestaat, en de gemeente wil "
                  "dat aandeel in de eigen plannen minimaal halen. Reigersland heeft in haar bod aangegeven hoeveel woningen "
                  "zij de komende jaren kan toevoegen, afhankelijk van de beschikbaarheid van bouwlocaties en de ontwikkeling "
                  "van de bouwkosten."),
            ("list", "Voor de uitbreiding en het behoud van de sociale voorraad spreken partijen het volgende af:", s31),
        ]),
        ("3.2 Toewijzing en bijzondere doelgroepen", [
            ("p", "De woningen van Reigersland worden verdeeld via het regionale woonruimteverdeelsysteem op basis van de "
                  "huisvestingsverordening. Binnen die kaders is ruimte voor lokaal maatwerk, voor de huisvesting van "
                  "vergunninghouders en voor mensen die uitstromen uit een instelling."),
            ("list", "Over de woonruimteverdeling maken partijen de volgende afspraken:", s32),
        ]),
        ("3.3 Huurbeleid en het voorkomen van betalingsproblemen", [
            ("p", "Betaalbaarheid gaat niet alleen over de huurprijs maar over de totale woonlasten. Partijen willen "
                  "voorkomen dat huurders in financiële problemen komen en, als dat toch gebeurt, dat zij vroegtijdig "
                  "hulp krijgen."),
            ("list", "Voor de betaalbaarheid spreken partijen het volgende af:",
             ["huurverhoging", "iah", "aftopping", "achterstand", "huisuitzetting"]),
        ]),
    ]))
    # 4 Duurzaamheid
    t4 = "4. Duurzaamheid en klimaat" if y < 2027 else "4. Energietransitie en klimaatbestendig wonen"
    s41 = ("list", "Ten aanzien van de verduurzaming van het bezit van Reigersland geldt het volgende:",
           ["efg", "gemiddeld-label", "isolatie", "warmtepomp", "zonnepanelen"])
    if y < 2027:
        sec4 = [
            ("4.1 Energielabels en isolatie", [
                ("p", "Reigersland werkt volgens haar routekaart CO2-neutraal 2050 aan het verbeteren van de energieprestatie "
                      "van haar woningen. Bij de keuze van maatregelen wordt gekeken naar de woonlasten van de huurder: een "
                      "verduurzaming mag niet leiden tot hogere totale woonlasten."),
                s41,
            ]),
            ("4.2 Warmtetransitie en energiearmoede", [
                ("p", "De transitievisie warmte van de gemeente wijst Oeverwijk aan als eerste wijk die van het aardgas kan "
                      "worden gehaald. Tegelijk heeft een deel van de huurders moeite met het betalen van de energierekening."),
                ("list", "Partijen spreken hierover het volgende af:", ["wijkuitvoeringsplan", "energiecoaches"]),
            ]),
            ("4.3 Klimaatadaptatie", [
                ("p", "Hevige buien en hete zomers vragen om aanpassingen in de buitenruimte en in de woningen zelf. De "
                      "gemeente werkt aan een klimaatadaptatiestrategie waarin ook de complexen van Reigersland zijn "
                      "meegenomen."),
                ("list", "Op het gebied van klimaatadaptatie komen partijen het volgende overeen:", ["groen", "hittestress"]),
            ]),
        ]
    else:
        sec4 = [
            ("4.1 Energielabels en isolatie", [
                ("p", "Reigersland werkt volgens haar routekaart CO2-neutraal 2050 aan het verbeteren van de energieprestatie "
                      "van haar woningen. De netcapaciteit in Valkenmeer is een groeiend knelpunt, waardoor niet alle "
                      "maatregelen op het gewenste moment kunnen worden uitgevoerd."),
                s41,
            ]),
            ("4.2 Warmte, energiearmoede en klimaatadaptatie", [
                ("p", "Het in %d opgestelde risicobeeld laat zien dat vooral de portiekflats in Oeverwijk gevoelig zijn voor "
                      "hittestress. De gemeente heeft daarnaast besloten de warmtetransitie in Oeverwijk te koppelen aan de "
                      "ontwikkeling van het warmtenet De Meerhaven." % p),
                ("list", "Partijen spreken hierover het volgende af:", ["warmtenet", "energiecoaches", "groen"]),
            ]),
        ]
    ch.append((t4, sec4))
    # 5 Kwaliteit
    s51 = ["reparatie", "vocht", "rookmelders" if y == 2025 else "brandschouw"]
    ch.append(("5. Kwaliteit, veiligheid en wonen met zorg", [
        ("5.1 Onderhoud, binnenklimaat en veiligheid", [
            ("p", "Huurders beoordelen de kwaliteit van hun woning en de reparatiedienstverlening in het jaarlijkse "
                  "huurdersonderzoek. In %d gaven zij het onderhoud gemiddeld een 7,2. Meldingen over vocht en schimmel "
                  "blijven een aandachtspunt voor De Meerkoet." % p),
            ("list", "Voor het onderhoud en de veiligheid van de woningen spreken partijen af:", s51),
        ]),
        ("5.2 Wonen met zorg", [
            ("p", "Het aantal ouderen in Valkenmeer groeit de komende tien jaar met ongeveer een kwart. De meeste ouderen "
                  "willen zo lang mogelijk zelfstandig blijven wonen, wat vraagt om geschikte woningen dicht bij "
                  "voorzieningen."),
            ("list", "Ten behoeve van wonen met zorg komen partijen het volgende overeen:",
             ["levensloop", "wmo", "zorg-woonvorm"]),
        ]),
    ]))
    # 6 Leefbaarheid
    if y == 2025:
        s62 = ["zachte-landing", "ontmoeting"]
    elif y == 2026:
        s62 = ["zachte-landing", "beschermd-wonen", "buurtkamer"]
    else:
        s62 = ["beschermd-wonen", "zachte-landing", "buurtkamer"]
    ch.append(("6. Leefbare wijken", [
        ("6.1 Wijkbeheer en bewonersinitiatieven", [
            ("p", "De leefbaarheid in de meeste buurten van Valkenmeer is goed, maar in delen van Oeverwijk en de Rietlanden "
                  "staan de sociale samenhang en de veiligheid onder druk. Reigersland mag op grond van de Woningwet een "
                  "beperkt bedrag per woning aan leefbaarheid besteden."),
            ("list", "Voor het beheer van de wijken spreken partijen het volgende af:",
             ["wijkbeheer", "leefbaarheidsbudget", "bewonersinitiatieven"]),
        ]),
        ("6.2 Kwetsbare bewoners en ontmoeting", [
            ("p", "Steeds meer huurders hebben naast een woning ook ondersteuning nodig. Een goede start in de nieuwe woning "
                  "en plekken waar bewoners elkaar kunnen ontmoeten helpen om overlast en eenzaamheid te voorkomen."),
            ("list", "Partijen komen daartoe het volgende overeen:", s62),
        ]),
    ]))
    # 7 Samenwerking
    s71 = ["monitoring", "bod", "ondersteuning-ho", "woonvisie" if y < 2027 else "kaderafspraken"]
    ch.append(("7. Samenwerking en monitoring", [
        ("7.1 Overleg en monitoring", [
            ("p", "Partijen komen in het tripartiete overleg bijeen onder voorzitterschap van de wethouder wonen. Het "
                  "ambtelijk overleg bereidt de bijeenkomsten voor en houdt de voortgang van de afspraken bij."),
            ("list", "Over de samenwerking spreken partijen het volgende af:", s71),
        ]),
        ("7.2 Looptijd, wijzigingen en geschillen", [
            ("p", "Deze prestatieafspraken gelden van 1 januari tot en met 31 december %d. Wanneer omstandigheden daartoe "
                  "aanleiding geven, kan elk van de partijen om een tussentijdse wijziging verzoeken, die alleen van kracht "
                  "wordt als alle partijen daarmee schriftelijk instemmen." % y),
            ("p", "Een geschil over de uitvoering van deze afspraken wordt eerst in het bestuurlijk overleg besproken. Komen "
                  "partijen daar niet uit, dan kan het geschil conform artikel 44 van de Woningwet aan de minister worden "
                  "voorgelegd."),
        ]),
    ]))
    return ch


SIGN = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}

BIJLAGEN = [
    "Bijlage 1. Nieuwbouwprogramma Reigersland per project",
    "Bijlage 2. Monitor prestatieafspraken vorig jaar",
    "Bijlage 3. Overzicht van gehanteerde begrippen",
]
