# -*- coding: utf-8 -*-
"""Document structure (headings, context paragraphs, afspraken order, tables) per year.

Block types:
  ("h1", "2", "Titel")          chapter heading (in the TOC)
  ("h2", "2.1", "Titel")        section heading
  ("p", "tekst")                context paragraph (not an afspraak)
  ("a", key)                    an afspraak (text from afspraken_data)
  ("table", header, rows, widths_mm)
  ("h1x", "Titel")              unnumbered heading (ondertekening, bijlagen) in the TOC
  ("sig",)                      signature block
  ("pb",)                       page break
"""

GEMEENTE = "Gemeente Sluisdam"
CORPORATIES = ["Woonstichting Lindewaard", "Stichting Wonen Oeverland"]
HUURDERS = ["Huurdersplatform Sluisdam"]

META = {
    2023: {"signed": "13 december 2022", "overleg": "28 november 2022", "prev": 2022,
           "sign": [("Gemeente Sluisdam", "M.A. de Bruijn", "wethouder Wonen en Ruimte"),
                    ("Woonstichting Lindewaard", "ir. P.J. Hofstede", "directeur-bestuurder"),
                    ("Stichting Wonen Oeverland", "drs. A. Vermeulen", "directeur-bestuurder"),
                    ("Huurdersplatform Sluisdam", "W. Baars", "voorzitter")]},
    2024: {"signed": "12 december 2023", "overleg": "27 november 2023", "prev": 2023,
           "sign": [("Gemeente Sluisdam", "M.A. de Bruijn", "wethouder Wonen en Ruimte"),
                    ("Woonstichting Lindewaard", "ir. P.J. Hofstede", "directeur-bestuurder"),
                    ("Stichting Wonen Oeverland", "drs. A. Vermeulen", "directeur-bestuurder"),
                    ("Huurdersplatform Sluisdam", "W. Baars", "voorzitter")]},
    2025: {"signed": "10 december 2024", "overleg": "25 november 2024", "prev": 2024,
           "sign": [("Gemeente Sluisdam", "M.A. de Bruijn", "wethouder Wonen en Ruimte"),
                    ("Woonstichting Lindewaard", "ir. P.J. Hofstede", "directeur-bestuurder"),
                    ("Stichting Wonen Oeverland", "H. Dijkgraaf", "directeur-bestuurder a.i."),
                    ("Huurdersplatform Sluisdam", "S. El Idrissi", "voorzitter")]},
}

KERNCIJFERS = {
    # label, (prev-1, prev)
    2023: ("2021", "2022", [
        ("Sociale huurwoningen Lindewaard in Sluisdam", "5.812", "5.846"),
        ("Sociale huurwoningen Oeverland in Sluisdam", "2.231", "2.239"),
        ("Opgeleverde sociale nieuwbouw", "31", "48"),
        ("Aandeel woningen met label E, F of G", "13%", "11%"),
        ("Gemiddelde inschrijfduur bij toewijzing", "6,4 jaar", "6,8 jaar"),
        ("Huishoudens met huurachterstand > 2 maanden", "118", "110"),
        ("Huisuitzettingen wegens huurachterstand", "6", "4"),
        ("Gehuisveste vergunninghouders (taakstelling)", "58 (61)", "81 (86)"),
    ]),
    2024: ("2022", "2023", [
        ("Sociale huurwoningen Lindewaard in Sluisdam", "5.846", "5.871"),
        ("Sociale huurwoningen Oeverland in Sluisdam", "2.239", "2.262"),
        ("Opgeleverde sociale nieuwbouw", "48", "36"),
        ("Aandeel woningen met label E, F of G", "11%", "9%"),
        ("Gemiddelde inschrijfduur bij toewijzing", "6,8 jaar", "7,1 jaar"),
        ("Huishoudens met huurachterstand > 2 maanden", "110", "97"),
        ("Huisuitzettingen wegens huurachterstand", "4", "3"),
        ("Gehuisveste vergunninghouders (taakstelling)", "81 (86)", "95 (92)"),
    ]),
    2025: ("2023", "2024", [
        ("Sociale huurwoningen Lindewaard in Sluisdam", "5.871", "5.905"),
        ("Sociale huurwoningen Oeverland in Sluisdam", "2.262", "2.286"),
        ("Opgeleverde sociale nieuwbouw", "36", "42"),
        ("Aandeel woningen met label E, F of G", "9%", "6%"),
        ("Gemiddelde inschrijfduur bij toewijzing", "7,1 jaar", "7,0 jaar"),
        ("Huishoudens met huurachterstand > 2 maanden", "97", "91"),
        ("Huisuitzettingen wegens huurachterstand", "3", "2"),
        ("Gehuisveste vergunninghouders (taakstelling)", "95 (92)", "101 (104)"),
    ]),
}

NIEUWBOUW = {
    2023: [("Spuiterrein", "Lindewaard", "64", "2023", "2025"),
           ("Molenakker fase 2", "Lindewaard", "52", "2024", "2026"),
           ("Kerkeiland", "Oeverland", "40", "2024", "2025"),
           ("Nog aan te wijzen locaties", "Lindewaard", "64", "n.t.b.", "2026")],
    2024: [("Spuiterrein", "Lindewaard", "64", "2023", "2025"),
           ("Molenakker fase 2", "Lindewaard", "52", "2024", "2026"),
           ("Havenstraat (transformatie)", "Lindewaard", "30", "2024", "2025"),
           ("Kerkeiland", "Oeverland", "40", "2024", "2025"),
           ("Hoge Weide (flexwoningen)", "Lindewaard", "30", "2024", "2024"),
           ("Nog aan te wijzen locaties", "Lindewaard", "64", "n.t.b.", "2026")],
    2025: [("Spuiterrein", "Lindewaard", "64", "2023", "2025"),
           ("Molenakker fase 2", "Lindewaard", "52", "2025", "2027"),
           ("Havenstraat (transformatie)", "Lindewaard", "30", "2024", "2025"),
           ("Kerkeiland (resterend)", "Oeverland", "16", "2024", "2025"),
           ("Hoge Weide (flexwoningen)", "Lindewaard", "30", "2024", "2025"),
           ("Nog aan te wijzen locaties", "Lindewaard", "44", "n.t.b.", "2027")],
}

BEGRIPPEN = {
    2023: [("Aftoppingsgrens", "Huurgrens waaronder een huishouden met recht op huurtoeslag volledige huurtoeslag "
            "ontvangt. In 2023 bedraagt de lage aftoppingsgrens € 647,19 en de hoge aftoppingsgrens € 693,60."),
           ("Liberalisatiegrens", "Grens tussen sociale huur en vrije sector; € 808,06 per maand (prijspeil 2023)."),
           ("Passend toewijzen", "Wettelijke regel dat ten minste 95 procent van de huishoudens met recht op "
            "huurtoeslag een woning krijgt met een huur tot de aftoppingsgrens."),
           ("Vergunninghouder", "Asielzoeker met een verblijfsvergunning die door de gemeente moet worden gehuisvest "
            "(ook wel statushouder)."),
           ("Wijkuitvoeringsplan", "Plan waarin voor een wijk de route naar aardgasvrij, de planning en de "
            "financiering worden uitgewerkt.")],
    2024: [("Aftoppingsgrens", "Huurgrens waaronder een huishouden met recht op huurtoeslag volledige huurtoeslag "
            "ontvangt. In 2024 bedraagt de lage aftoppingsgrens € 650,43 en de hoge aftoppingsgrens € 697,07."),
           ("Liberalisatiegrens", "Grens tussen sociale huur en vrije sector; € 879,66 per maand (prijspeil 2024)."),
           ("Hospitaverhuur", "Verhuur van een of meer kamers door de hoofdhuurder aan een inwonende huurder."),
           ("Passend toewijzen", "Wettelijke regel dat ten minste 95 procent van de huishoudens met recht op "
            "huurtoeslag een woning krijgt met een huur tot de aftoppingsgrens."),
           ("Vergunninghouder", "Asielzoeker met een verblijfsvergunning die door de gemeente moet worden gehuisvest "
            "(ook wel statushouder)."),
           ("Wijkuitvoeringsplan", "Plan waarin voor een wijk de route naar aardgasvrij, de planning en de "
            "financiering worden uitgewerkt.")],
    2025: [("Aftoppingsgrens", "Huurgrens waaronder een huishouden met recht op huurtoeslag volledige huurtoeslag "
            "ontvangt. In 2025 bedraagt de lage aftoppingsgrens € 682,96 en de hoge aftoppingsgrens € 731,93."),
           ("Liberalisatiegrens", "Grens tussen sociale huur en vrije sector; € 900,07 per maand (prijspeil 2025)."),
           ("Hospitaverhuur", "Verhuur van een of meer kamers door de hoofdhuurder aan een inwonende huurder."),
           ("Middenhuur", "Huurwoning met een huur boven de liberalisatiegrens en onder de grens die het Rijk voor "
            "het middensegment hanteert."),
           ("Woonlastengarantie", "Toezegging dat de som van huur en energiekosten na een ingreep niet hoger wordt "
            "dan daarvoor."),
           ("Zachte landing", "Werkwijze waarbij een kwetsbare inwoner bij de verhuizing naar een zelfstandige "
            "woning begeleid wordt door een vaste begeleider.")],
}


def slot(year):
    """Closing chapter: context only."""
    return [
        ("h1", "7", "Slotbepalingen"),
        ("h2", "7.1", "Looptijd"),
        ("p", f"Deze prestatieafspraken hebben betrekking op het kalenderjaar {year} en gelden van 1 januari {year} "
              f"tot en met 31 december {year}. Afspraken met een doorlooptijd van meer dan een jaar komen bij het "
              f"opstellen van de volgende jaarafspraken opnieuw aan de orde."),
        ("h2", "7.2", "Wijzigingen en onvoorziene omstandigheden"),
        ("p", "Wijzigingen in wet- en regelgeving of in de financiële positie van een van de corporaties kunnen "
              "aanleiding zijn om afspraken tussentijds te heroverwegen. Een dergelijke heroverweging vindt plaats in "
              "het bestuurlijk overleg. Een wijziging is pas geldig als alle partijen daar schriftelijk mee hebben "
              "ingestemd."),
        ("h2", "7.3", "Geschillen"),
        ("p", "Komen partijen er in onderling overleg niet uit, dan kan ieder van hen het geschil op grond van artikel "
              "44 van de Woningwet voorleggen aan de minister, die daarover advies vraagt aan de Commissie "
              "geschilbeslechting prestatieafspraken. Tot nu toe is van deze mogelijkheid in Sluisdam geen gebruik "
              "gemaakt."),
    ]


def ondertekening(year):
    m = META[year]
    return [
        ("h1x", "Ondertekening"),
        ("p", f"Aldus overeengekomen en ondertekend te Sluisdam op {m['signed']}."),
        ("sig",),
        ("p", "Bijlagen bij deze prestatieafspraken:"),
        ("p", f"Bijlage 1. Nieuwbouwprogramma sociale huur per project<br/>Bijlage 2. Begrippenlijst"),
        ("pb",),
        ("h1x", "Bijlage 1. Nieuwbouwprogramma sociale huur"),
        ("p", "Het overzicht hieronder geeft de stand van het nieuwbouwprogramma van de corporaties weer op het moment "
              "van ondertekening. Jaartallen zijn indicatief en afhankelijk van de voortgang van de planvorming."),
        ("table", ["Project", "Corporatie", "Aantal", "Start bouw", "Oplevering"], NIEUWBOUW[year],
         [58, 36, 20, 24, 24]),
        ("h1x", "Bijlage 2. Begrippenlijst"),
        ("table", ["Begrip", "Omschrijving"], BEGRIPPEN[year], [38, 124]),
    ]


def kerncijfers(year):
    c1, c2, rows = KERNCIJFERS[year]
    return ("table", ["Kerncijfer", c1, c2], rows, [100, 31, 31])


def structure(year):
    if year == 2023:
        return s2023()
    if year == 2024:
        return s2024()
    return s2025()


INTRO_PARTIJEN = (
    "Voor u liggen de prestatieafspraken {y} van de gemeente Sluisdam, Woonstichting Lindewaard, Stichting Wonen "
    "Oeverland en Huurdersplatform Sluisdam. Het Huurdersplatform behartigt de belangen van de huurders van beide "
    "corporaties en neemt sinds 2016 als volwaardige partij deel aan het overleg. De afspraken geven invulling aan "
    "{visie} en aan de opgaven die het Rijk met de Nationale Prestatieafspraken en het programma Een thuis voor "
    "iedereen heeft geformuleerd.")


def s2023():
    y = 2023
    return [
        ("h1", "1", "Inleiding"),
        ("h2", "1.1", "Aanleiding en partijen"),
        ("p", INTRO_PARTIJEN.format(y=y, visie="de woonvisie Thuis in Sluisdam 2021-2030")),
        ("p", "De corporaties hebben op 30 juni 2022 hun bod op de woonvisie uitgebracht. Dat bod vormde het "
              "vertrekpunt voor de gesprekken die in september en oktober 2022 aan de driehoekstafel zijn gevoerd. "
              "Sluisdam telt ruim 41.000 inwoners en circa 18.300 woningen, waarvan ongeveer 44 procent een sociale "
              "huurwoning is. De vraag naar betaalbare woningen is de afgelopen jaren sterk toegenomen, terwijl de "
              "bouwkosten en de rente stegen. Partijen hebben daarom gekozen voor afspraken die ambitieus zijn en "
              "tegelijk uitvoerbaar blijven."),
        ("h2", "1.2", "Terugblik op 2022"),
        ("p", "In 2022 zijn in Sluisdam 48 nieuwe sociale huurwoningen opgeleverd, alle in de eerste fase van de "
              "Molenakker. Lindewaard heeft 112 woningen verduurzaamd, waardoor het aandeel corporatiewoningen met een "
              "energielabel E, F of G daalde tot 11 procent. Er zijn 9 woningen verkocht en er vonden 4 "
              "huisuitzettingen wegens huurachterstand plaats. De taakstelling voor vergunninghouders werd met 81 "
              "gehuisveste personen op 5 personen na gehaald. De tabel hieronder vat de belangrijkste cijfers samen."),
        kerncijfers(y),
        ("h2", "1.3", "Leeswijzer"),
        ("p", "Na deze inleiding volgen vijf thematische hoofdstukken. Elk hoofdstuk begint met een toelichting op de "
              "opgave en de ontwikkelingen van het afgelopen jaar; daarna volgen de afspraken die partijen voor 2023 "
              "hebben gemaakt. Hoofdstuk 7 bevat de slotbepalingen. In de bijlagen zijn het nieuwbouwprogramma en een "
              "begrippenlijst opgenomen."),

        ("h1", "2", "Betaalbaar wonen voor iedereen"),
        ("h2", "2.1", "Nieuwbouw en woningvoorraad"),
        ("p", "De druk op de woningmarkt in Sluisdam is onverminderd groot. Woningzoekenden die in 2022 een sociale "
              "huurwoning kregen toegewezen, stonden gemiddeld 6,8 jaar ingeschreven. De woonvisie gaat uit van een "
              "toevoeging van circa 1.600 woningen tot 2030, waarvan ten minste 30 procent in de sociale huur. In de "
              "regionale woondeal Lekmond, waarover het Rijk en de regiogemeenten in het voorjaar van 2023 "
              "overeenstemming verwachten, wordt deze opgave verder uitgewerkt."),
        ("p", "Partijen maken hierover de volgende afspraken:"),
        ("a", "nieuwbouw-lindewaard"),
        ("a", "nieuwbouw-kerkeiland"),
        ("a", "grondprijs-sociaal"),
        ("p", "Naast reguliere nieuwbouw is er behoefte aan woonruimte die snel beschikbaar komt. Het aantal "
              "spoedzoekers dat zich bij het Woonloket meldde, steeg in 2022 tot 87 huishoudens. Flexwonen kan hier "
              "een deel van de oplossing bieden, mits er een geschikte locatie beschikbaar is."),
        ("a", "flexwonen-hogeweide"),
        ("a", "verkoop-lindewaard"),
        ("a", "liberalisatie-oeverland"),
        ("a", "kernvoorraad"),
        ("h2", "2.2", "Huurbeleid en woonlasten"),
        ("p", "Het huurbeleid van de corporaties beweegt binnen de kaders van het Rijk. Voor 2023 heeft de minister de "
              "maximale huurverhoging voor zelfstandige sociale huurwoningen gekoppeld aan de cao-loonontwikkeling. In "
              "2022 ontving 31 procent van de huurders van de corporaties in Sluisdam huurtoeslag. De sterk gestegen "
              "energieprijzen zetten de woonlasten van veel huishoudens onder druk."),
        ("a", "huurverhoging-lindewaard"),
        ("a", "huurbevriezing-oeverland"),
        ("a", "energietoeslag-campagne"),
        ("p", "Het aantal huishoudens met een huurachterstand van meer dan twee maanden bleef in 2022 met circa 110 "
              "huishoudens nagenoeg gelijk. Vroegsignalering van betalingsproblemen verloopt in Sluisdam via het "
              "convenant Vroeg Eropaf, waarin de gemeente, de corporaties, energieleveranciers en de zorgverzekeraar "
              "samenwerken."),
        ("a", "huurachterstand-contact"),
        ("a", "huisuitzettingen"),
        ("h2", "2.3", "Woningtoewijzing en bijzondere doelgroepen"),
        ("p", "De slaagkans van woningzoekenden bedroeg in 2022 14 procent; voor jongeren tot 28 jaar lag die op 9 "
              "procent. De huisvestingsverordening Sluisdam 2022 biedt ruimte om een deel van de vrijkomende woningen "
              "met voorrang toe te wijzen aan specifieke groepen. De taakstelling voor de huisvesting van "
              "vergunninghouders wordt halfjaarlijks door het Rijk bepaald en is de afgelopen jaren fors gestegen."),
        ("p", "Partijen spreken het volgende af:"),
        ("a", "passend-toewijzen"),
        ("a", "jongeren-toewijzing"),
        ("a", "doorstroming-senioren"),
        ("a", "statushouders"),
        ("a", "uitstroom-bw"),

        ("h1", "3", "Naar een duurzame voorraad"),
        ("p", "De woningen van Lindewaard en Oeverland zijn de afgelopen jaren flink verbeterd. Begin 2023 had nog 11 "
              "procent van de corporatiewoningen in Sluisdam een energielabel E, F of G. In de Nationale "
              "Prestatieafspraken hebben de corporaties met het Rijk afgesproken dat deze labels uiterlijk in 2028 uit "
              "de voorraad zijn verdwenen."),
        ("p", "Voor huurders betekent verduurzaming vooral meer wooncomfort en lagere energielasten. Partijen vinden "
              "het belangrijk dat de aanpak betaalbaar blijft en dat huurders tijdig en goed worden betrokken. Hierover "
              "zijn de volgende afspraken gemaakt:"),
        ("a", "efg-uitfasering"),
        ("a", "verduurzaming-lindewaard"),
        ("a", "label-oeverland"),
        ("a", "zonnepanelen-molenbuurt"),
        ("p", "In de Transitievisie Warmte, die de gemeenteraad in 2021 heeft vastgesteld, is De Spuiakker aangewezen "
              "als eerste wijk die overstapt op een warmtenet. Het warmtebedrijf Lekmond Warmte heeft laten weten dat "
              "de eerste woningen op zijn vroegst in 2025 kunnen worden aangesloten."),
        ("a", "wijkuitvoeringsplan-spuiakker"),
        ("a", "energiecoaches"),
        ("a", "klimaatadaptatie-bespreken"),

        ("h1", "4", "Goed en gezond wonen"),
        ("p", "Een goede en gezonde woning is de basis voor prettig wonen. In 2022 ontvingen de corporaties samen 342 "
              "meldingen van vocht en schimmel, 18 procent meer dan een jaar eerder. Het gemiddelde huurdersoordeel "
              "over de afhandeling van reparatieverzoeken kwam uit op een 7,3."),
        ("a", "vocht-schimmel"),
        ("a", "onderhoud-lindewaard"),
        ("a", "brandveiligheid"),
        ("a", "huurdersoordeel"),
        ("p", "Steeds meer ouderen en mensen met een beperking wonen langer zelfstandig thuis. Woningaanpassingen "
              "worden in Sluisdam gefinancierd vanuit de Wmo; over de verdeling van de kosten tussen gemeente en "
              "corporaties bestonden tot nu toe geen vaste afspraken."),
        ("a", "wmo-aanpassingen"),

        ("h1", "5", "Samen werken aan de wijk"),
        ("p", "De leefbaarheid in de meeste buurten van Sluisdam is goed. In de Oostkade en de Molenbuurt laat de "
              "Leefbaarometer echter een daling zien, vooral op het gebied van overlast en sociale samenhang. In 2022 "
              "zijn met het leefbaarheidsbudget van de corporaties 23 bewonersinitiatieven ondersteund."),
        ("p", "Partijen maken hierover de volgende afspraken:"),
        ("a", "leefbaarheidsbudget"),
        ("a", "wijkbeheerders"),
        ("a", "wijkoverleg"),
        ("a", "wijkschouw"),
        ("a", "ontmoetingsruimte"),

        ("h1", "6", "Hoe we samenwerken"),
        ("p", "Gemeente, corporaties en Huurdersplatform werken samen in een bestuurlijk overleg, dat twee keer per "
              "jaar bijeenkomt, en in een ambtelijk overleg dat ongeveer elke zes weken plaatsvindt. Het "
              "Huurdersplatform laat zich daarbij ondersteunen door een onafhankelijk adviseur. De huidige woonvisie "
              "loopt tot 2030; bij de vaststelling heeft de raad om een tussentijdse actualisatie gevraagd."),
        ("a", "bod-planning"),
        ("a", "monitoring"),
        ("a", "ondersteuning-platform"),
        ("a", "woonvisie-actualisatie"),
    ] + slot(y) + ondertekening(y)


def s2024():
    y = 2024
    return [
        ("h1", "1", "Inleiding"),
        ("h2", "1.1", "Aanleiding en partijen"),
        ("p", INTRO_PARTIJEN.format(y=y, visie="de woonvisie Thuis in Sluisdam 2021-2030 en de regionale woondeal "
                                               "Lekmond, die in maart 2023 is ondertekend")),
        ("p", "De corporaties hebben op 29 juni 2023 hun bod op de woonvisie uitgebracht. Het bod liet zien dat de "
              "investeringsruimte van beide corporaties onder druk staat door gestegen bouwkosten en de huurbevriezing "
              "van 2023. Toch hebben partijen in deze jaarafspraken de nieuwbouwambitie verhoogd, onder meer door de "
              "transformatie van een leegstaand kantoorpand."),
        ("h2", "1.2", "Terugblik op 2023"),
        ("p", "In 2023 zijn 36 sociale huurwoningen opgeleverd en is de bouw van 64 woningen op het Spuiterrein "
              "gestart. Lindewaard verduurzaamde 204 woningen, minder dan de beoogde 220 omdat een aannemer "
              "failliet ging. Het wijkuitvoeringsplan voor De Spuiakker is niet afgerond, omdat het warmtebedrijf zijn "
              "investeringsbesluit heeft uitgesteld. Met 95 gehuisveste vergunninghouders werd de taakstelling ruim "
              "gehaald. De verkenning naar flexwonen op de Hoge Weide heeft geleid tot een concreet plan."),
        kerncijfers(y),
        ("h2", "1.3", "Leeswijzer"),
        ("p", "Na deze inleiding volgen vijf thematische hoofdstukken. Elk hoofdstuk begint met een toelichting op de "
              "opgave en de ontwikkelingen van het afgelopen jaar; daarna volgen de afspraken die partijen voor 2024 "
              "hebben gemaakt. Ten opzichte van vorig jaar is hoofdstuk 2 anders ingedeeld. Hoofdstuk 7 bevat de "
              "slotbepalingen. In de bijlagen zijn het nieuwbouwprogramma en een begrippenlijst opgenomen."),

        ("h1", "2", "Beschikbaar en betaalbaar wonen"),
        ("h2", "2.1", "Nieuwbouw en woningvoorraad"),
        ("p", "De gemiddelde inschrijfduur van woningzoekenden die een sociale huurwoning kregen, liep in 2023 op tot "
              "7,1 jaar. In de woondeal Lekmond is voor Sluisdam een indicatieve opgave van 1.750 woningen tot 2030 "
              "opgenomen, waarvan twee derde betaalbaar. Partijen zien nieuwbouw, flexwonen en een betere benutting "
              "van de bestaande voorraad als elkaar aanvullende sporen."),
        ("p", "Partijen maken hierover de volgende afspraken:"),
        ("a", "nieuwbouw-lindewaard"),
        ("a", "nieuwbouw-kerkeiland"),
        ("a", "flexwonen-hogeweide"),
        ("a", "grondprijs-sociaal"),
        ("a", "verkoop-lindewaard"),
        ("a", "liberalisatie-oeverland"),
        ("a", "kernvoorraad"),
        ("p", "Een betere benutting van de bestaande voorraad kan woningzoekenden op korte termijn helpen. Veel "
              "huurders die alleen in een eengezinswoning wonen, hebben een kamer over; jongeren zoeken juist "
              "tijdelijke en goedkope woonruimte."),
        ("a", "woningdelen"),
        ("h2", "2.2", "Huurbeleid en woonlasten"),
        ("p", "Het Rijk heeft de maximale huurverhoging voor sociale huurwoningen per 1 juli 2024 vastgesteld op 5,8 "
              "procent. In 2023 heeft Oeverland de huren van huishoudens met een laag inkomen bevroren; deze "
              "eenmalige maatregel wordt in 2024 niet herhaald. In 2023 ontving 32 procent van de huurders "
              "huurtoeslag."),
        ("a", "huurverhoging-lindewaard"),
        ("a", "huur-efg-oeverland"),
        ("p", "Het aantal huishoudens met een huurachterstand van meer dan twee maanden daalde in 2023 tot 97. Het "
              "convenant Vroeg Eropaf is in 2023 uitgebreid met de drinkwaterbedrijven."),
        ("a", "huurachterstand-contact"),
        ("a", "huisuitzettingen"),
        ("h2", "2.3", "Woningtoewijzing en bijzondere doelgroepen"),
        ("p", "De slaagkans van woningzoekenden daalde in 2023 naar 13 procent. Jongeren profiteerden van de "
              "voorrangsregeling: hun slaagkans steeg van 9 naar 11 procent. De taakstelling voor vergunninghouders "
              "is voor 2024 opnieuw hoger vastgesteld."),
        ("p", "Partijen spreken het volgende af:"),
        ("a", "passend-toewijzen"),
        ("a", "jongeren-toewijzing"),
        ("a", "doorstroming-senioren"),
        ("a", "statushouders"),
        ("a", "uitstroom-bw"),

        ("h1", "3", "Naar een duurzame voorraad"),
        ("p", "Begin 2024 had nog 9 procent van de corporatiewoningen in Sluisdam een energielabel E, F of G. De "
              "uitvoering van het verduurzamingsprogramma liep in 2023 vertraging op door het faillissement van een "
              "aannemer en door lange levertijden van warmtepompen. De pilot met zonnepanelen in de Molenbuurt is "
              "niet gestart omdat de netbeheerder geen capaciteit kon toezeggen."),
        ("p", "Hierover zijn de volgende afspraken gemaakt:"),
        ("a", "efg-uitfasering"),
        ("a", "verduurzaming-lindewaard"),
        ("a", "label-oeverland"),
        ("a", "zonnepanelen-molenbuurt"),
        ("a", "energiebespaarpakket"),
        ("p", "Het warmtebedrijf Lekmond Warmte heeft in oktober 2023 besloten het warmtenet in De Spuiakker in twee "
              "fasen aan te leggen. De aansluiting van de eerste woningen is nu voorzien in 2026."),
        ("a", "wijkuitvoeringsplan-spuiakker"),
        ("a", "energiecoaches"),
        ("a", "groene-daken"),

        ("h1", "4", "Goed en gezond wonen"),
        ("p", "Het aantal meldingen van vocht en schimmel daalde in 2023 licht tot 318. Het gemiddelde "
              "huurdersoordeel over de afhandeling van reparatieverzoeken steeg naar een 7,4. De brandveiligheidsscan "
              "is in 2023 in 14 van de 17 complexen met een gemeenschappelijke trappenhal uitgevoerd."),
        ("a", "vocht-schimmel"),
        ("a", "onderhoud-lindewaard"),
        ("a", "brandveiligheid"),
        ("a", "huurdersoordeel"),
        ("p", "In 2023 hebben de gemeente en de corporaties een werkafspraak opgesteld over de kosten van "
              "woningaanpassingen en het hergebruik van aangepaste woningen."),
        ("a", "wmo-aanpassingen"),

        ("h1", "5", "Samen werken aan de wijk"),
        ("p", "In 2023 zijn met het leefbaarheidsbudget 27 bewonersinitiatieven ondersteund. De Leefbaarometer laat "
              "voor de Oostkade een lichte verbetering zien; in de Molenbuurt is de situatie stabiel. Het maandelijkse "
              "wijkoverleg bleek in de praktijk te zwaar; deelnemers gaven de voorkeur aan minder frequent, maar beter "
              "voorbereid overleg."),
        ("a", "leefbaarheidsbudget"),
        ("a", "wijkbeheerders"),
        ("a", "wijkoverleg"),
        ("a", "wijkschouw"),
        ("a", "ontmoetingsruimte"),

        ("h1", "6", "Hoe we samenwerken"),
        ("p", "Het bestuurlijk overleg kwam in 2023 twee keer bijeen. Partijen hebben afgesproken de actualisatie van "
              "de woonvisie te versnellen, zodat de nieuwe woonvisie kan doorwerken in de prestatieafspraken voor "
              "2025."),
        ("a", "bod-planning"),
        ("a", "monitoring"),
        ("a", "ondersteuning-platform"),
        ("a", "woonvisie-actualisatie"),
    ] + slot(y) + ondertekening(y)


def s2025():
    y = 2025
    return [
        ("h1", "1", "Inleiding"),
        ("h2", "1.1", "Aanleiding en partijen"),
        ("p", INTRO_PARTIJEN.format(y=y, visie="de woonvisie Thuis in Sluisdam 2025-2034, die de gemeenteraad op 26 "
                                               "september 2024 heeft vastgesteld")),
        ("p", "De corporaties hebben op 27 juni 2024 hun bod uitgebracht. Beide corporaties gaven daarin aan dat de "
              "stijgende rente en bouwkosten hen dwingen keuzes te maken in het tempo van nieuwbouw en onderhoud. De "
              "afspraken voor 2025 zijn de laatste jaarafspraken; vanaf 2026 werken partijen met meerjarige "
              "prestatieafspraken."),
        ("h2", "1.2", "Terugblik op 2024"),
        ("p", "In 2024 zijn 42 sociale huurwoningen opgeleverd, waaronder de eerste 24 woningen in het project "
              "Kerkeiland. De plaatsing van de flexwoningen op de Hoge Weide liep vertraging op door een "
              "bezwaarprocedure. Lindewaard verduurzaamde 171 woningen. Het wijkuitvoeringsplan voor De Spuiakker is "
              "in juni 2024 door de gemeenteraad vastgesteld. Er vonden 2 huisuitzettingen wegens huurachterstand "
              "plaats."),
        kerncijfers(y),
        ("h2", "1.3", "Leeswijzer"),
        ("p", "Na deze inleiding volgen vijf thematische hoofdstukken met telkens eerst een toelichting en daarna de "
              "afspraken voor 2025. Afspraken over het voorkomen van huurachterstanden en huisuitzettingen zijn dit "
              "jaar opgenomen in hoofdstuk 5. Hoofdstuk 4 heeft een nieuwe naam gekregen. Hoofdstuk 7 bevat de "
              "slotbepalingen."),

        ("h1", "2", "Beschikbaar en betaalbaar wonen"),
        ("h2", "2.1", "Nieuwbouw en woningvoorraad"),
        ("p", "De nieuwe woonvisie gaat uit van 1.900 extra woningen tot 2034, waarvan ten minste 40 procent sociale "
              "huur. Tegelijk dwingen de financiële ruimte van de corporaties en de netcongestie tot een realistische "
              "fasering. De tweede fase van de Molenakker schuift daardoor een jaar op."),
        ("p", "Partijen maken hierover de volgende afspraken:"),
        ("a", "verkoop-lindewaard"),
        ("a", "nieuwbouw-lindewaard"),
        ("a", "nieuwbouw-kerkeiland"),
        ("a", "middenhuur-spuiterrein"),
        ("a", "flexwonen-hogeweide"),
        ("a", "grondprijs-sociaal"),
        ("a", "liberalisatie-oeverland"),
        ("a", "kernvoorraad"),
        ("p", "Uit het onderzoek naar hospitaverhuur bleek dat de gevolgen voor de huurtoeslag beperkt zijn als de "
              "verhuur goed wordt vastgelegd."),
        ("a", "woningdelen"),
        ("h2", "2.2", "Huurbeleid en woonlasten"),
        ("p", "Met de Wet betaalbare huur gelden vanaf 2025 nieuwe regels voor de maximale huurverhoging. In 2024 "
              "ontving 33 procent van de huurders van de corporaties huurtoeslag. Het energiebespaarpakket is in 2024 "
              "door 640 huishoudens aangevraagd en is daarom dit jaar bij de woonlasten ondergebracht."),
        ("a", "huurverhoging-lindewaard"),
        ("a", "huur-efg-oeverland"),
        ("a", "energiebespaarpakket"),
        ("h2", "2.3", "Woningtoewijzing en bijzondere doelgroepen"),
        ("p", "De slaagkans van woningzoekenden bleef in 2024 op 13 procent. De taakstelling voor vergunninghouders "
              "is voor 2025 lager vastgesteld dan in 2024, maar de druk op de voorraad blijft groot."),
        ("p", "Partijen spreken het volgende af:"),
        ("a", "passend-toewijzen"),
        ("a", "jongeren-toewijzing"),
        ("a", "doorstroming-senioren"),
        ("a", "statushouders"),
        ("a", "uitstroom-bw"),

        ("h1", "3", "Naar een duurzame voorraad"),
        ("p", "Begin 2025 had nog 6 procent van de corporatiewoningen in Sluisdam een energielabel E, F of G, in totaal "
              "212 woningen. Oeverland heeft haar portefeuillestrategie herzien en legt de nadruk op het wegwerken van "
              "de slechtste labels. De zonnepanelenpilot in de Molenbuurt is definitief van de baan."),
        ("a", "efg-uitfasering"),
        ("a", "verduurzaming-lindewaard"),
        ("a", "label-oeverland"),
        ("p", "Met de vaststelling van het wijkuitvoeringsplan in juni 2024 is de overstap van De Spuiakker naar het "
              "warmtenet een stap dichterbij gekomen. De aanleg van het hoofdnet door het warmtebedrijf is gepland "
              "voor het najaar van 2025."),
        ("a", "aardgasvrij-uitvoering-spuiakker"),
        ("a", "energiecoaches"),
        ("a", "groene-daken"),

        ("h1", "4", "Kwaliteit en wonen met zorg"),
        ("h2", "4.1", "Woningkwaliteit"),
        ("p", "Het gemiddelde huurdersoordeel over de afhandeling van reparatieverzoeken kwam in 2024 uit op een 7,6. "
              "De brandveiligheidsscans zijn afgerond; brandveiligheid maakt voortaan deel uit van de reguliere "
              "conditiemeting."),
        ("a", "vocht-schimmel"),
        ("a", "onderhoud-lindewaard"),
        ("a", "huurdersoordeel"),
        ("h2", "4.2", "Wonen met zorg"),
        ("p", "Het aantal inwoners van 75 jaar en ouder neemt in Sluisdam tot 2034 met bijna 40 procent toe. De "
              "woonvisie vraagt daarom om meer geschikte woningen en om een goede samenwerking tussen wonen, welzijn "
              "en zorg."),
        ("a", "wmo-aanpassingen"),

        ("h1", "5", "Samen werken aan de wijk"),
        ("h2", "5.1", "Leefbare buurten"),
        ("p", "In 2024 zijn met het leefbaarheidsbudget 31 bewonersinitiatieven ondersteund. De Oostkade blijft de "
              "wijk met de grootste opgave; de Molenbuurt ontwikkelt zich positief."),
        ("a", "leefbaarheidsbudget"),
        ("a", "wijkbeheerders"),
        ("a", "wijkoverleg"),
        ("a", "wijkschouw"),
        ("a", "ontmoetingsruimte"),
        ("h2", "5.2", "Kwetsbare huurders, schulden en huisuitzetting"),
        ("p", "Het aantal huishoudens met een huurachterstand van meer dan twee maanden daalde in 2024 tot 91. "
              "Vroeg persoonlijk contact blijkt in de praktijk het verschil te maken."),
        ("a", "huurachterstand-contact"),
        ("a", "huisuitzettingen"),
        ("a", "zachte-landing"),

        ("h1", "6", "Hoe we samenwerken"),
        ("p", "Met de vaststelling van de nieuwe woonvisie is de basis gelegd voor meerjarige prestatieafspraken vanaf "
              "2026. Het Huurdersplatform heeft in 2024 een nieuwe voorzitter gekozen."),
        ("a", "bod-planning"),
        ("a", "monitoring"),
        ("a", "ondersteuning-platform"),
        ("a", "uitvoeringsprogramma-woonvisie"),
    ] + slot(y) + ondertekening(y)
