# -*- coding: utf-8 -*-
"""Context text (not afspraken) of the hoornwijk jaarschijven: cover, leeswijzer, inleiding,
terugblik, kerncijfers, chapter introductions, slotbepalingen, signatures and bijlagen."""

TITLE = "Samen bouwen aan Hoornwijk"
PERIOD = "2023-2026"

PARTIES = [
    ("Gemeente Hoornwijk", "gemeente"),
    ("Woonstichting Kernhuis", "corporatie"),
    ("Woningstichting Vlietstede", "corporatie"),
    ("Huurdersplatform Hoornwijk", "huurdersorganisatie"),
]

SIGN_DATE = {2024: "12 december 2023", 2025: "11 december 2024", 2026: "10 december 2025"}
BO_DATE = {2024: "23 november 2023", 2025: "21 november 2024", 2026: "27 november 2025"}

SIGNATORIES = {
    2024: [("Gemeente Hoornwijk", "J.A. Wildschut", "wethouder Wonen en Ruimte"),
           ("Woonstichting Kernhuis", "ir. M.C. Dorrestein", "directeur-bestuurder"),
           ("Woningstichting Vlietstede", "drs. H.P. Okkerse", "bestuurder"),
           ("Huurdersplatform Hoornwijk", "A. Bakhuis", "voorzitter")],
    2025: [("Gemeente Hoornwijk", "J.A. Wildschut", "wethouder Wonen en Ruimte"),
           ("Woonstichting Kernhuis", "ir. M.C. Dorrestein", "directeur-bestuurder"),
           ("Woningstichting Vlietstede", "drs. H.P. Okkerse", "bestuurder"),
           ("Huurdersplatform Hoornwijk", "A. Bakhuis", "voorzitter")],
    2026: [("Gemeente Hoornwijk", "mr. S. el Haddouchi", "wethouder Volkshuisvesting"),
           ("Woonstichting Kernhuis", "ir. M.C. Dorrestein", "directeur-bestuurder"),
           ("Woningstichting Vlietstede", "drs. H.P. Okkerse", "bestuurder"),
           ("Huurdersplatform Hoornwijk", "G.J. Verweij", "voorzitter")],
}


def leeswijzer(y):
    return [
        f"Deze jaarschijf is het uitvoeringsprogramma voor {y} bij de kaderafspraken \u2018{TITLE} {PERIOD}\u2019, "
        "die de gemeente Hoornwijk, Woonstichting Kernhuis, Woningstichting Vlietstede en Huurdersplatform "
        "Hoornwijk in december 2022 hebben ondertekend. De kaderafspraken beschrijven de gezamenlijke ambities "
        f"voor de gehele looptijd; in deze jaarschijf is per thema uitgewerkt welke acties in {y} worden "
        "uitgevoerd en wie daarvoor aan de lat staat.",
        "De acties zijn door het hele document heen doorlopend genummerd en per hoofdstuk in een tabel "
        "opgenomen. De kolom Wie noemt de trekker van de actie, de kolom Wanneer de planning en de kolom Status "
        "de stand van zaken bij het opstellen van de jaarschijf (nieuw, loopt, gewijzigd ten opzichte van de "
        "vorige jaarschijf, vertraagd of afgerond). Staat in de kolom Wie \u2018Allen\u2019, dan zijn de gemeente, "
        "de corporaties en het Huurdersplatform er gezamenlijk verantwoordelijk voor.",
        f"Acties uit de jaarschijf {y - 1} die inmiddels zijn afgerond, komen in deze jaarschijf niet meer terug; "
        "de stand van zaken daarvan staat in bijlage 2. Hoofdstuk 2 blikt terug op het afgelopen jaar en bevat "
        "de belangrijkste kerncijfers.",
    ]


def inleiding(y):
    n = {2024: "tweede", 2025: "derde", 2026: "vierde en laatste"}[y]
    p1 = (f"Met deze jaarschijf geven partijen invulling aan het {n} jaar van de kaderafspraken "
          f"\u2018{TITLE} {PERIOD}\u2019. De kaderafspraken zijn gebaseerd op de woonvisie \u2018Thuis in "
          "Hoornwijk 2022-2030\u2019, die de gemeenteraad in juni 2022 heeft vastgesteld, en op de biedingen die "
          "Kernhuis en Vlietstede jaarlijks uitbrengen.")
    ctx = {
        2024: ("De vraag naar betaalbare huurwoningen in Hoornwijk is onverminderd groot. De gemiddelde "
               "inschrijfduur voor een sociale huurwoning liep in 2023 op tot 5,8 jaar, terwijl de instroom van "
               "vergunninghouders, spoedzoekers en uitstromers uit zorginstellingen toenam. Tegelijkertijd staan de "
               "corporaties voor een forse verduurzamingsopgave en stijgen de bouwkosten."),
        2025: ("Het afgelopen jaar stond in het teken van de woningbouwopgave: met 71 opgeleverde sociale "
               "huurwoningen werd in 2024 het hoogste aantal van de afgelopen tien jaar bereikt. Toch nam de "
               "gemiddelde inschrijfduur verder toe tot 6,1 jaar. Vertraging in de netaansluitingen en hogere "
               "rentelasten dwongen partijen bovendien tot keuzes in het tempo van enkele projecten."),
        2026: ("In 2025 werden opnieuw 64 sociale huurwoningen opgeleverd, maar het doel van 320 extra woningen "
               "in de periode 2023-2026 blijkt niet haalbaar. De ontwikkeling van Sportpark De Kreek schuift "
               "gedeeltelijk door naar 2027 en de woonvorm aan de Molenstraat is niet doorgegaan. Partijen hebben "
               "het woningbouwprogramma daarom geactualiseerd."),
    }[y]
    beleid = {
        2024: ["In de woondeal regio Weidevenen, die in maart 2023 met het Rijk en de provincie is gesloten, "
               "heeft Hoornwijk zich gecommitteerd aan een aandeel van 30% sociale huur in de nieuwbouw. De "
               "Nationale Prestatieafspraken van juni 2022 vormen daarnaast het kader voor de afspraken over "
               "huurbeleid, verduurzaming en de huisvesting van aandachtsgroepen.",
               "De gemeente werkt in 2024 aan een nieuwe huisvestingsverordening en aan een woonzorgvisie. De "
               "uitkomsten daarvan worden in de volgende jaarschijven verwerkt."],
        2025: ["Het wetsvoorstel Versterking regie op de volkshuisvesting verplicht gemeenten om een "
               "volkshuisvestingsprogramma op te stellen, waarin ten minste twee derde van de nieuwbouw betaalbaar "
               "moet zijn. Partijen houden in deze jaarschijf al rekening met die verplichting. Per 1 juli 2024 is "
               "bovendien de Wet betaalbare huur in werking getreden, waardoor het middenhuursegment is gereguleerd.",
               "De woondeal regio Weidevenen en de Nationale Prestatieafspraken blijven het kader voor de afspraken "
               "over huurbeleid, verduurzaming en de huisvesting van aandachtsgroepen."],
        2026: ["Met de inwerkingtreding van de Wet versterking regie volkshuisvesting stelt de gemeente in 2026 "
               "haar eerste volkshuisvestingsprogramma op. Dit programma vervangt de woonvisie en vormt de basis "
               "voor nieuwe kaderafspraken vanaf 2027.",
               "De woondeal regio Weidevenen en de Nationale Prestatieafspraken blijven het kader voor de afspraken "
               "over huurbeleid, verduurzaming en de huisvesting van aandachtsgroepen. De rijksmiddelen voor de "
               "aanpak van energiearmoede zijn na 2025 nog niet definitief toegezegd."],
    }[y]
    return p1, ctx, beleid


def terugblik(y):
    return {
        2024: [
            "In 2023 leverden Kernhuis en Vlietstede samen 38 sociale huurwoningen op, alle in het project De "
            "Vlonder. Er werden 22 woningen verkocht, twee meer dan in de jaarschijf was voorzien, omdat een aantal "
            "verkopen uit 2022 pas in 2023 werd afgerond. De corporaties verbeterden 126 woningen met label E, F of "
            "G, waarmee het aantal woningen met een slecht label daalde tot 226.",
            "Het aantal huisuitzettingen wegens huurachterstand daalde van vijf naar vier. De corporaties "
            "huisvestten 61 vergunninghouders, meer dan de taakstelling van 56 personen. Het buurtbudget werd "
            "volledig benut voor 23 bewonersinitiatieven.",
        ],
        2025: [
            "In 2024 werden 71 sociale huurwoningen opgeleverd in de projecten Kerkpad in Lindeloo, Hofje "
            "Achterweg en de eerste fase van Bleekveld-Zuid. De start van de bouw in Oostmolen-Noord liep door "
            "bezwaarprocedures vertraging op. De corporaties verkochten 14 woningen en Vlietstede liberaliseerde "
            "er 9.",
            "Van de 140 woningen met label E, F of G die in 2024 zouden worden aangepakt, zijn er 131 verbeterd. "
            "De energiecoaches bezochten 342 huishoudens. Er vonden twee huisuitzettingen plaats. De corporaties "
            "huisvestten 55 vergunninghouders, drie minder dan de taakstelling; het tekort wordt in 2025 "
            "ingehaald.",
        ],
        2026: [
            "In 2025 werden 64 sociale huurwoningen opgeleverd, waaronder de eerste 24 woningen in Oostmolen-Noord "
            "en de tweede fase van Bleekveld-Zuid. De corporaties verkochten 9 woningen en Vlietstede "
            "liberaliseerde er 17. De gemiddelde inschrijfduur steeg tot 6,4 jaar.",
            "Van de 95 woningen met label E, F of G zijn er 65 verbeterd; bij de overige 30 woningen was de "
            "instemming van bewoners nog niet rond of bleek aanvullend onderzoek naar de constructie nodig. In "
            "2025 vond \u00e9\u00e9n huisuitzetting plaats. Er werden 70 vergunninghouders gehuisvest, bij een "
            "taakstelling van 71 personen.",
        ],
    }[y]


KERN_ROWS = [
    # label, {year: value}
    ("Sociale huurwoningen Kernhuis", {2021: "3.388", 2022: "3.402", 2023: "3.412", 2024: "3.451", 2025: "3.498"}),
    ("Sociale huurwoningen Vlietstede", {2021: "2.174", 2022: "2.181", 2023: "2.187", 2024: "2.203", 2025: "2.215"}),
    ("Opgeleverde sociale nieuwbouw", {2021: "26", 2022: "31", 2023: "38", 2024: "71", 2025: "64"}),
    ("Verkochte huurwoningen", {2021: "19", 2022: "24", 2023: "22", 2024: "14", 2025: "9"}),
    ("Gemiddelde inschrijfduur (jaar)", {2021: "5,2", 2022: "5,5", 2023: "5,8", 2024: "6,1", 2025: "6,4"}),
    ("Woningen met label E, F of G (ultimo)", {2021: "470", 2022: "352", 2023: "226", 2024: "95", 2025: "30"}),
    ("Huisuitzettingen wegens huurachterstand", {2021: "6", 2022: "5", 2023: "4", 2024: "2", 2025: "1"}),
    ("Gehuisveste vergunninghouders (taakstelling)",
     {2021: "44 (42)", 2022: "49 (52)", 2023: "61 (56)", 2024: "55 (58)", 2025: "70 (71)"}),
]


def kerncijfers(y):
    cols = [y - 3, y - 2, y - 1]
    header = ["Kerncijfer"] + [str(c) for c in cols]
    rows = [[lab] + [vals[c] for c in cols] for lab, vals in KERN_ROWS]
    return header, rows


CHAPTER_INTRO = {
    "b": {
        2024: ["In de kaderafspraken hebben partijen de ambitie vastgelegd om de sociale huurvoorraad in Hoornwijk "
               "te laten groeien en de woonlasten voor huurders beheersbaar te houden. De woonvisie gaat uit van "
               "een tekort van ongeveer 450 sociale huurwoningen in 2030.",
               "De nieuwbouwprojecten per corporatie staan in bijlage 1. Onderstaande acties gaan over nieuwbouw, "
               "de omvang van de voorraad, huurbeleid, toewijzing en het voorkomen van huurachterstanden."],
        2025: ["Ondanks de hogere bouwproductie in 2024 blijft de druk op de sociale huurvoorraad groot. Jongeren en "
               "starters met een binding aan Hoornwijk maken de kleinste kans op een woning; de acties over "
               "toewijzing in dit hoofdstuk zijn daarom gericht op lokaal maatwerk.",
               "De nieuwbouwprojecten per corporatie staan in bijlage 1."],
        2026: ["Dit hoofdstuk bundelt de acties over nieuwbouw, voorraadbeleid, huurbeleid, woonlasten en "
               "toewijzing. Omdat de energierekening een steeds groter deel van de woonlasten bepaalt, is de inzet "
               "van energiecoaches vanaf deze jaarschijf in dit hoofdstuk opgenomen.",
               "Het geactualiseerde woningbouwprogramma staat in bijlage 1. Flexwoningen tellen niet mee voor de "
               "nieuwbouwopgave, omdat zij een tijdelijk karakter hebben."],
    },
    "d": {
        2024: ["Partijen onderschrijven de doelen uit de Nationale Prestatieafspraken: uiterlijk in 2028 zijn er geen "
               "huurwoningen met label E, F of G meer. In de kaderafspraken is afgesproken dat Hoornwijk dit doel "
               "al eind 2026 bereikt. Verduurzaming mag niet leiden tot hogere woonlasten voor zittende huurders.",
               "De gemeente stelt in haar transitievisie warmte De Kreek aan als eerste wijk die van het aardgas "
               "gaat."],
        2025: ["Het tempo van de verduurzaming ligt hoog, maar de netcapaciteit en de instemming van bewoners zijn "
               "steeds vaker bepalend voor de planning. Een vroege betrokkenheid van huurders bij "
               "verduurzamingsprojecten wordt daardoor steeds belangrijker."],
        2026: ["Door gewijzigde rekenregels voor het energielabel en vertraging bij enkele complexen is een deel van "
               "de doelen bijgesteld. Het uitgangspunt dat verduurzaming niet leidt tot hogere woonlasten voor "
               "zittende huurders blijft onverkort van kracht.",
               "Na de vaststelling van het wijkuitvoeringsplan in juni 2025 ligt de nadruk in De Kreek nu op de "
               "aanleg van het warmtenet."],
    },
    "k": {
        2024: ["Een goede, veilige en gezonde woning is de basis van prettig wonen. Partijen besteden bijzondere "
               "aandacht aan vocht en schimmel en aan het geschikt maken van woningen voor ouderen en mensen met "
               "een beperking, die steeds langer zelfstandig thuis wonen."],
        2025: ["Het aantal meldingen van vocht en schimmel daalde in 2024 met ongeveer een kwart. De vraag naar "
               "zorggeschikte en toegankelijke woningen neemt toe; de gemeente legt de opgave vast in een "
               "woonzorgvisie."],
        2026: ["Dit hoofdstuk heette in de vorige jaarschijven \u2018Goed en gezond wonen\u2019. De nieuwe titel "
               "sluit aan bij de woonzorgvisie, waarin toegankelijkheid en wonen met zorg een grotere plaats "
               "krijgen."],
    },
    "l": {
        2024: ["Partijen willen dat alle inwoners van Hoornwijk prettig en veilig kunnen wonen. In een aantal "
               "buurten in Oostmolen en De Kreek staat de leefbaarheid onder druk door een concentratie van "
               "kwetsbare huishoudens en een verouderde openbare ruimte."],
        2025: ["De Leefbaarometer laat voor Oostmolen een lichte daling zien. Dat is de aanleiding voor een "
               "gezamenlijke, wijkgerichte aanpak, naast de inzet die in alle wijken doorloopt."],
        2026: ["Vanaf deze jaarschijf zijn de afspraken over vroegsignalering van huurachterstanden in dit "
               "hoofdstuk opgenomen, omdat zij in de praktijk worden uitgevoerd samen met de sociale wijkteams."],
    },
    "o": {
        2024: ["Partijen werken samen op basis van gelijkwaardigheid. Het bestuurlijk overleg, met de wethouder, de "
               "bestuurders van de corporaties en het bestuur van het Huurdersplatform, komt ten minste twee keer per "
               "jaar bijeen; het ambtelijk overleg bereidt de besluitvorming voor."],
        2025: ["De tussentijdse evaluatie van september 2024 liet zien dat de samenwerking goed verloopt, maar dat "
               "de monitoring eenvoudiger en beter toegankelijk kan."],
        2026: ["Omdat 2026 het laatste jaar van de kaderafspraken is, wordt dit jaar ook de basis gelegd voor de "
               "volgende periode."],
    },
}


def slot(y):
    return [
        ("Looptijd", f"Deze jaarschijf geldt van 1 januari tot en met 31 december {y} en maakt onlosmakelijk deel "
                     "uit van de kaderafspraken 2023-2026. Bij strijdigheid gaan de kaderafspraken voor, tenzij in "
                     "deze jaarschijf uitdrukkelijk anders is bepaald."),
        ("Wijzigingen", "Wijzigingen in deze jaarschijf zijn alleen mogelijk met schriftelijke instemming van alle "
                        "partijen. Onvoorziene omstandigheden die de uitvoering van een actie belemmeren, worden zo "
                        "snel mogelijk in het ambtelijk overleg gemeld."),
        ("Geschillen", "Wanneer partijen een geschil over de uitvoering niet in het bestuurlijk overleg kunnen "
                       "oplossen, kan elk van hen het geschil voorleggen aan de Commissie prestatieafspraken, zoals "
                       "bedoeld in artikel 44 van de Woningwet. Het advies van de commissie is bindend."),
        ("Openbaarheid", "De jaarschijf wordt na ondertekening gepubliceerd op de websites van de partijen en ter "
                         "kennisname aangeboden aan de gemeenteraad en de minister."),
    ]


BOUWPROGRAMMA = {
    2024: [("De Vlonder", "Kernhuis", "38", "opgeleverd 2023"),
           ("Oostmolen-Noord", "Kernhuis", "64", "2025"),
           ("Lindelaan (voormalige gemeentewerf)", "Vlietstede", "40", "2026"),
           ("Sportpark De Kreek", "Kernhuis", "60", "2026"),
           ("Molenstraat (zorggeschikt)", "Vlietstede", "24", "2024"),
           ("Kerkpad, Lindeloo", "Vlietstede", "18", "2025"),
           ("Bleekveld-Zuid (sloop/nieuwbouw)", "Kernhuis", "76", "2024-2026")],
    2025: [("De Vlonder", "Kernhuis", "38", "opgeleverd 2023"),
           ("Kerkpad, Lindeloo", "Vlietstede", "18", "opgeleverd 2024"),
           ("Hofje Achterweg", "Vlietstede", "23", "opgeleverd 2024"),
           ("Bleekveld-Zuid fase 1", "Kernhuis", "30", "opgeleverd 2024"),
           ("Oostmolen-Noord", "Kernhuis", "56", "medio 2026"),
           ("Lindelaan (voormalige gemeentewerf)", "Vlietstede", "40", "2026"),
           ("Sportpark De Kreek", "Kernhuis", "60", "2026"),
           ("Molenstraat (zorggeschikt)", "Vlietstede", "24", "onzeker"),
           ("Bleekveld-Zuid fase 2", "Kernhuis", "31", "2025")],
    2026: [("De Vlonder", "Kernhuis", "38", "opgeleverd 2023"),
           ("Kerkpad, Lindeloo", "Vlietstede", "18", "opgeleverd 2024"),
           ("Hofje Achterweg", "Vlietstede", "23", "opgeleverd 2024"),
           ("Bleekveld-Zuid fase 1", "Kernhuis", "30", "opgeleverd 2024"),
           ("Bleekveld-Zuid fase 2", "Kernhuis", "31", "opgeleverd 2025"),
           ("Marktstraat (wonen boven winkels)", "Vlietstede", "9", "opgeleverd 2025"),
           ("Oostmolen-Noord", "Kernhuis", "56", "24 in 2025, 32 medio 2026"),
           ("Lindelaan (voormalige gemeentewerf)", "Vlietstede", "40", "eind 2026"),
           ("Sportpark De Kreek fase 1", "Kernhuis", "35", "eind 2026")],
}

VOORTGANG = {
    2024: [("4", "Nieuwbouw De Vlonder", "Afgerond; 38 woningen opgeleverd in oktober 2023."),
           ("7", "Verkoop sociale huurwoningen", "22 woningen verkocht."),
           ("11", "Evaluatie urgentieregeling", "Afgerond; uitkomsten verwerkt in de nieuwe huisvestingsverordening."),
           ("13", "Aanpak woningen met label E, F en G", "126 woningen verbeterd."),
           ("16", "Inzet energiefixers", "Afgerond; in 2024 voortgezet als energiecoaches."),
           ("21", "Wijkbeheer Oostmolen", "Gestart in mei 2023."),
           ("25", "Buurtbudget", "Volledig benut voor 23 initiatieven."),
           ("29", "Ondersteuning Huurdersplatform", "Budget verstrekt; scholing gevolgd door vijf bestuursleden.")],
}


def voortgang_from_previous(y, prev_numbers):
    """Monitor rows for jaarschijf y-1, using the action numbers printed in the previous document."""
    if y == 2024:
        return VOORTGANG[2024]
    items = {
        2025: [("bouwlocaties", "Bouwlocaties De Kreek en Lindelaan", "Onderzoek afgerond; beide locaties geschikt."),
               ("verkoop", "Verkoop sociale huurwoningen", "14 woningen verkocht."),
               ("liberalisatie", "Liberalisatie bij mutatie", "9 woningen geliberaliseerd."),
               ("label-efg", "Aanpak label E, F en G", "131 van de 140 woningen verbeterd."),
               ("zonnepanelen", "Zonnepanelen Vlietstede", "Bij 88 woningen geplaatst."),
               ("hybride-warmtepomp", "Hybride warmtepompen Zuiderveld", "Instemming bewoners nog niet bereikt."),
               ("wijkuitvoeringsplan-dekreek", "Wijkuitvoeringsplan De Kreek", "Vaststelling uitgesteld naar 2025."),
               ("co-melders", "Koolmonoxidemelders", "Afgerond; 212 melders geplaatst."),
               ("wijkschouw", "Wijkschouwen", "In vier van de zes wijken gehouden; voortgezet in de wijkaanpak."),
               ("tussentijdse-evaluatie", "Tussentijdse evaluatie", "Afgerond in september 2024."),
               ("dashboard", "Dashboard kerncijfers", "In ontwikkeling.")],
        2026: [("bouwlocaties", "Stedenbouwkundige kaders", "Vastgesteld op 24 juni 2025."),
               ("huisvestingsverordening", "Huisvestingsverordening", "Vastgesteld door de raad op 26 juni 2025."),
               ("inschrijfduur", "Rapportage inschrijfduur", "Opgenomen in de kwartaalmonitor slaagkansen."),
               ("verkoop", "Verkoop sociale huurwoningen", "9 woningen verkocht."),
               ("label-efg", "Aanpak label E, F en G", "65 van de 95 woningen verbeterd."),
               ("zonnepanelen", "Pilot zonnepanelen Zuiderveld-Oost", "Afgerond; 41 woningen voorzien."),
               ("wijkuitvoeringsplan-dekreek", "Wijkuitvoeringsplan De Kreek", "Vastgesteld op 17 juni 2025."),
               ("zorgwoningen-molenstraat", "Woonvorm Molenstraat", "Gestopt; zorgaanbieder heeft zich teruggetrokken."),
               ("woonzorgvisie", "Woonzorgvisie", "Concept gereed; vaststelling in 2026."),
               ("wijkaanpak-oostmolen", "Wijkaanpak Oostmolen", "Vertraagd door personele wisselingen."),
               ("dashboard", "Dashboard kerncijfers", "Opgeleverd in maart 2025.")],
    }[y]
    return [(prev_numbers[k].replace("Actie ", ""), lab, st) for k, lab, st in items]


BEGRIPPEN = [
    ("Jaarschijf", "uitwerking van de kaderafspraken voor \u00e9\u00e9n kalenderjaar, met concrete acties."),
    ("Kaderafspraken", "de meerjarige prestatieafspraken \u2018Samen bouwen aan Hoornwijk 2023-2026\u2019."),
    ("Sociale huurwoning", "woning met een huurprijs tot de huurtoeslaggrens, verhuurd door een corporatie."),
    ("Vergunninghouder", "asielzoeker met een verblijfsvergunning die door de gemeente moet worden gehuisvest."),
    ("Standaard voor woningisolatie", "door het Rijk vastgestelde norm voor de maximale warmtevraag van een woning."),
    ("Trekker", "de partij die verantwoordelijk is voor de voortgang van een actie."),
    ("Allen", "de gemeente, de corporaties en het Huurdersplatform gezamenlijk."),
]
