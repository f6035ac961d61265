# -*- coding: utf-8 -*-
"""Context prose (not afspraken) for the hazelrode family, per year."""

N = {  # figures for the terugblik / kerncijfers (year of the document -> figures of the previous year)
    2024: dict(opgeleverd=78, doel=80, voorraad=5410, wacht=4.8, achterstand=212, uitzet=4, efg=265,
               isol=104, verkocht=13, statush=44, sign="11 december 2023", label="C", bw=10, leefb=165000),
    2025: dict(opgeleverd=64, doel=85, voorraad=5455, wacht=5.3, achterstand=188, uitzet=6, efg=118,
               isol=131, verkocht=14, statush=46, sign="10 december 2024", label="C", bw=12, leefb=180000),
    2026: dict(opgeleverd=88, doel=70, voorraad=5512, wacht=5.6, achterstand=161, uitzet=3, efg=36,
               isol=149, verkocht=7, statush=58, sign="9 december 2025", label="C", bw=14, leefb=210000),
}


def eur(v):
    return "€ " + f"{v:,}".replace(",", ".")


def intro(y):
    n = N[y]
    p = y - 1
    return [
        ("h", "1.1 Aanleiding"),
        ("p", f"Voor u ligt de prestatieafspraken {y} van de gemeente Hazelrode, Woonstichting Lindeborgh, "
              f"Veldzicht Wonen en Huurdersplatform De Hazelaar. In dit document leggen partijen vast welke "
              f"bijdrage de corporaties in {y} leveren aan het lokale volkshuisvestingsbeleid en wat de gemeente "
              f"en de huurdersorganisatie daar tegenover stellen. De afspraken zijn tot stand gekomen in het "
              f"tripartiete overleg dat in het najaar van {p} vier keer bijeenkwam, op basis van de biedingen "
              f"die beide corporaties voor de zomer van {p} hebben uitgebracht."),
        ("h", "1.2 Beleidskader"),
        ("p", "Het kader voor de afspraken wordt gevormd door de Woonvisie Hazelrode 2021-2025 'Thuis in "
              "Hazelrode', de Nationale Prestatieafspraken van het Rijk, Aedes, de Woonbond en de VNG en de "
              "Woondeal regio Hazeldal. De opgave in Hazelrode is onverminderd groot: de wachtlijst voor "
              "sociale huurwoningen groeit, het aantal één- en tweepersoonshuishoudens neemt toe en een "
              "aanzienlijk deel van de huurders heeft moeite om de woonlasten te dragen. Tegelijk vraagt de "
              "energietransitie om forse investeringen in de bestaande voorraad."),
        ("h", f"1.3 Terugblik op {p}"),
        ("p", f"In {p} zijn door beide corporaties samen {n['opgeleverd']} sociale huurwoningen opgeleverd, "
              f"tegen een afgesproken aantal van {n['doel']}. De gemiddelde inschrijfduur van woningzoekenden "
              f"die een woning kregen toegewezen bedroeg {str(n['wacht']).replace('.', ',')} jaar. Er werden "
              f"{n['isol']} woningen geïsoleerd en het aantal woningen met een E-, F- of G-label daalde tot "
              f"{n['efg']}. Lindeborgh verkocht {n['verkocht']} woningen. Het aantal huishoudens met een "
              f"huurachterstand van meer dan twee maanden lag aan het eind van het jaar op {n['achterstand']}; "
              f"er vonden {n['uitzet']} huisuitzettingen plaats."),
        ("p", f"De gezamenlijke monitor van {p} is als bijlage 2 bij dit document gevoegd. Partijen constateren "
              f"dat een deel van de afspraken later is uitgevoerd dan voorzien, vooral door vertraging in "
              f"ruimtelijke procedures en door de beschikbaarheid van aannemers."),
        ("table", f"Kerncijfers Hazelrode (peildatum 1 januari {y})", [
            ("Sociale huurvoorraad (beide corporaties)", f"{n['voorraad']:,}".replace(",", ".")),
            (f"Opgeleverde sociale huurwoningen {p}", str(n["opgeleverd"])),
            ("Gemiddelde inschrijfduur bij toewijzing", f"{str(n['wacht']).replace('.', ',')} jaar"),
            ("Woningen met label E, F of G", str(n["efg"])),
            ("Huishoudens met huurachterstand > 2 maanden", str(n["achterstand"])),
            (f"Gehuisveste vergunninghouders {p}", str(n["statush"])),
        ]),
        ("h", "1.4 Leeswijzer"),
        ("p", "De hoofdstukken 2 tot en met 6 zijn per thema opgebouwd. In de brede linkerkolom staan de "
              "context, de ontwikkelingen en de cijfers die voor het thema van belang zijn. De afspraken zelf "
              "staan in de gekleurde kolom rechts op de pagina en zijn doorlopend genummerd. Alleen de "
              "genummerde afspraken in deze kolom gelden als prestatieafspraak; de tekst in de linkerkolom is "
              "toelichtend van aard."),
    ]


def chapter(y, ch):
    n = N[y]
    p = y - 1
    if ch == "B":
        return [
            ("h", "Opgave"),
            ("p", f"De vraag naar betaalbare huurwoningen in Hazelrode blijft groter dan het aanbod. Op 1 januari "
                  f"{y} bestond de sociale huurvoorraad van beide corporaties uit {n['voorraad']:,} woningen. "
                  f"De woonvisie gaat uit van een groei van de sociale voorraad met ongeveer 350 woningen in de "
                  f"periode tot en met 2030. Daarvoor is het nodig dat nieuwbouwlocaties tijdig beschikbaar "
                  f"komen en dat verkoop en liberalisatie beperkt blijven.".replace(",", ".")),
            ("h", f"Terugblik {p}"),
            ("p", f"In {p} werden {n['opgeleverd']} sociale huurwoningen opgeleverd. De oplevering van een deel "
                  f"van het plan Molenakker schoof op door bezwaren tegen het bestemmingsplan. Lindeborgh "
                  f"verkocht {n['verkocht']} woningen uit de als verkoopbaar aangemerkte complexen. Er werden "
                  f"{n['statush']} vergunninghouders gehuisvest."),
            ("h", "Betaalbaarheid"),
            ("p", "Een groeiende groep huurders heeft moeite om rond te komen. Het Nibud signaleerde dat vooral "
                  "alleenstaanden met een laag inkomen en een hogere huur risico lopen. De corporaties hanteren "
                  "daarom een gematigd huurbeleid en werken met de gemeente samen in het netwerk "
                  "Vroegsignalering, waarin ook energie- en zorgverzekeraars en drinkwaterbedrijven deelnemen."),
            ("p", "Bij de toewijzing houden de corporaties rekening met de regels voor passend toewijzen, zodat "
                  "huishoudens met recht op huurtoeslag een woning krijgen met een huur onder de "
                  "aftoppingsgrens. De inkomensgrenzen worden jaarlijks door het Rijk geïndexeerd."),
            ("h", "Doorstroming"),
            ("p", "Ongeveer een derde van de eengezinswoningen van de corporaties wordt bewoond door één of twee "
                  "personen van 65 jaar of ouder. Wanneer een deel van hen verhuist naar een passend appartement, "
                  "komen gezinswoningen beschikbaar voor starters en gezinnen. Ervaringen elders laten zien dat "
                  "persoonlijke begeleiding bij de verhuizing daarbij een grote rol speelt."),
            ("h", "Wachttijden en slaagkansen"),
            ("p", f"De gemiddelde inschrijfduur bij toewijzing liep in {p} op tot {str(n['wacht']).replace('.', ',')} "
                  f"jaar. Voor jongeren en kleine huishoudens is de slaagkans het laagst. Woningzoekenden die "
                  f"actief zoeken, reageerden gemiddeld op ruim veertig woningen voordat zij een woning kregen "
                  f"aangeboden. Het aantal ingeschreven woningzoekenden uit Hazelrode steeg met ongeveer zes "
                  f"procent."),
            ("h", "Bijzondere doelgroepen"),
            ("p", f"De taakstelling voor de huisvesting van vergunninghouders wordt per half jaar door het Rijk "
                  f"vastgesteld. In {p} werden {n['statush']} vergunninghouders gehuisvest, voor een deel in "
                  f"kleinere woningen die bij mutatie vrijkwamen. Daarnaast is er een groeiende groep "
                  f"spoedzoekers: mensen die na een scheiding, een huisuitzetting of het verlies van een "
                  f"kamer snel woonruimte nodig hebben. De urgentieregeling uit de huisvestingsverordening "
                  f"biedt voor een beperkt deel van hen uitkomst."),
            ("p", "Het Huurdersplatform heeft in het overleg aandacht gevraagd voor de positie van reguliere "
                  "woningzoekenden, omdat een groot deel van het vrijkomende aanbod via voorrang wordt "
                  "toegewezen. Partijen volgen de verhouding tussen reguliere en bijzondere toewijzingen via de "
                  "halfjaarlijkse monitor."),
        ]
    if ch == "D":
        return [
            ("h", "Context"),
            ("p", "De Nationale Prestatieafspraken vragen dat er uiterlijk eind 2028 geen corporatiewoningen "
                  "met een E-, F- of G-label meer zijn. In de Transitievisie Warmte Hazelrode is de wijk "
                  "Haverkamp aangewezen als eerste wijk die van het aardgas af gaat, met een warmtenet als "
                  "voorkeursalternatief. Voor de overige wijken ligt het accent op isolatie en hybride "
                  "warmtepompen."),
            ("h", f"Stand van zaken {p}"),
            ("p", f"In {p} werden {n['isol']} woningen geïsoleerd. Het aantal woningen met een E-, F- of G-label "
                  f"daalde tot {n['efg']}. Het gemiddelde energielabel van het bezit van Lindeborgh was aan het "
                  f"eind van het jaar label {n['label']}. Veldzicht Wonen plaatste zonnepanelen op ruim 180 "
                  f"woningen, vooral in de wijk Oostervaart."),
            ("p", "Huurders merken de gevolgen van de hoge energieprijzen nog altijd. De gemeente ontving in het "
                  "afgelopen jaar middelen van het Rijk voor de aanpak van energiearmoede en zet deze vooral in "
                  "voor huishoudens met een laag inkomen in slecht geïsoleerde woningen."),
            ("h", "Klimaatadaptatie"),
            ("p", "De stresstest van het waterschap laat zien dat delen van De Weide en de Stationsbuurt gevoelig "
                  "zijn voor wateroverlast bij hevige buien. In de dichtbebouwde delen van het centrum neemt de "
                  "hittestress toe."),
        ]
    if ch == "K":
        return [
            ("h", "Woningkwaliteit"),
            ("p", f"De technische kwaliteit van het bezit van beide corporaties is over het algemeen op orde. In "
                  f"{p} ontvingen de corporaties samen ruim 11.000 reparatieverzoeken. Het aantal meldingen van "
                  f"vocht en schimmel nam toe, mede door de landelijke aandacht voor het onderwerp. Huurders "
                  f"gaven de afhandeling van reparaties gemiddeld een 7,3."),
            ("h", "Veiligheid en toegankelijkheid"),
            ("p", "Een groeiend deel van de huurders is ouder dan 75 jaar. De gemeente ziet in de Wmo een "
                  "toename van het aantal aanvragen voor woningaanpassingen. Bij nieuwbouw en renovatie wordt "
                  "waar het kan gekozen voor levensloopbestendige plattegronden."),
        ] + ([("h", "Wonen en zorg"),
              ("p", f"In {p} stroomden {n['bw']} cliënten uit beschermd wonen en maatschappelijke opvang door naar "
                    f"een zelfstandige woning. De regionale afspraken over spreiding van deze uitstroom worden in "
                    f"Hazeldal-verband gemaakt.")] if y == 2024 else [])
    if ch == "L":
        return [
            ("h", "Wijken in beeld"),
            ("p", f"Uit de leefbaarheidsmonitor blijkt dat de meeste wijken in Hazelrode een voldoende scoren. In "
                  f"Haverkamp en De Weide staan de leefbaarheid en het gevoel van veiligheid onder druk. Het "
                  f"aantal meldingen van woonoverlast steeg licht. In {p} besteedden de corporaties samen "
                  f"{eur(n['leefb'])} aan leefbaarheid."),
            ("h", "Samenwerking in de wijk"),
            ("p", "Corporaties, gemeente, wijkteams, politie en welzijnsorganisatie Samen Hazelrode werken samen "
                  "in de wijknetwerken. Bewoners worden betrokken via bewonerscommissies en de jaarlijkse "
                  "wijkschouw. Steeds vaker wonen kwetsbare huurders zelfstandig in de wijk, wat vraagt om "
                  "goede begeleiding en een zachte landing."),
        ] + ([("h", "Wonen en zorg"),
              ("p", f"In {p} stroomden {n['bw']} cliënten uit beschermd wonen en maatschappelijke opvang door naar "
                    f"een zelfstandige woning. De regionale afspraken over spreiding van deze uitstroom worden in "
                    f"Hazeldal-verband gemaakt.")] if y >= 2025 else [])
    if ch == "O":
        return [
            ("h", "Overlegstructuur"),
            ("p", "Partijen komen ten minste vier keer per jaar bijeen in het bestuurlijk tripartiete overleg, "
                  "voorbereid door een ambtelijke werkgroep waarin ook het Huurdersplatform is vertegenwoordigd. "
                  "Daarnaast vindt per thema overleg plaats wanneer dat nodig is."),
            ("h", "Positie van de huurders"),
            ("p", "Huurdersplatform De Hazelaar vertegenwoordigt de huurders van beide corporaties. Het platform "
                  "heeft een eigen achterban van ruim twintig bewonerscommissies en raadpleegt deze bij de "
                  "voorbereiding van de afspraken."),
        ]
    raise KeyError(ch)


def closing(y):
    return [
        ("h", "7.1 Looptijd"),
        ("p", f"Deze prestatieafspraken gelden van 1 januari {y} tot en met 31 december {y}. Afspraken die in "
              f"{y} niet zijn afgerond, worden bij het opstellen van de afspraken voor {y + 1} opnieuw bezien."),
        ("h", "7.2 Wijzigingen"),
        ("p", "Wanneer omstandigheden daartoe aanleiding geven, kunnen partijen in onderling overleg de afspraken "
              "tussentijds wijzigen. Een wijziging wordt schriftelijk vastgelegd en door alle partijen "
              "ondertekend."),
        ("h", "7.3 Geschillen"),
        ("p", "Bij een verschil van inzicht over de uitvoering van deze afspraken treden partijen eerst met "
              "elkaar in overleg. Komen zij er niet uit, dan kan ieder van de partijen het geschil voorleggen "
              "aan de Commissie Prestatieafspraken, zoals bedoeld in artikel 44 van de Woningwet."),
        ("h", "7.4 Openbaarheid"),
        ("p", "De prestatieafspraken worden gepubliceerd op de websites van de gemeente en de corporaties en ter "
              "kennisname aan de gemeenteraad gezonden."),
    ]


SIGN = [
    ("Gemeente Hazelrode", "M.C. Verbrugge-de Wit", "wethouder Wonen"),
    ("Woonstichting Lindeborgh", "drs. P.J. Oosterhout", "directeur-bestuurder"),
    ("Veldzicht Wonen", "ir. A. El Amrani", "bestuurder"),
    ("Huurdersplatform De Hazelaar", "H. Brinkman-Jansen", "voorzitter"),
]

BIJLAGEN = ["Bijlage 1  Nieuwbouwprogramma per project", "Bijlage 2  Monitor prestatieafspraken vorig jaar",
            "Bijlage 3  Begrippenlijst", "Bijlage 4  Biedingen van Lindeborgh en Veldzicht Wonen"]
