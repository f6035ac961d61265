# -*- coding: utf-8 -*-
"""Non-afspraak text of the wezelhorst documents (context, terugblik, slot, signatures)."""

SIGNDATE = {2025: "12 december 2024", 2026: "10 december 2025"}

LEESWIJZER = {
    2025: "Leeswijzer: de hoofdstukken 3 tot en met 8 bevatten per thema een tabel met de afspraken voor 2025. "
          "In de kolom Wie staat de partij die de afspraak trekt; in de kolom Wanneer het moment waarop de "
          "afspraak gereed moet zijn. Waar meerdere afspraken dezelfde trekker of planning hebben, is dit "
          "eenmaal vermeld.",
    2026: "Leeswijzer: in de hoofdstukken 3 tot en met 8 zijn de afspraken voor 2026 per thema in een tabel "
          "opgenomen, met de trekker (Wie) en de planning (Wanneer). De nummering van de afspraken is ten "
          "opzichte van 2025 aangepast; een overzicht van de wijzigingen is opgenomen in bijlage 2.",
}

INLEIDING = {
    2025: [
        "Voor u liggen de prestatieafspraken voor 2025 tussen de gemeente Wezelhorst, Wezelhof Wonen, "
        "Woonstichting Beemdland en het Huurdersplatform Wezelhorst. Deze afspraken zijn gebaseerd op de "
        "Woonvisie Wezelhorst 2021-2025, de biedingen die beide corporaties in juni 2024 hebben uitgebracht en "
        "de reactie van het Huurdersplatform daarop.",
        "De afspraken passen binnen de Nationale Prestatieafspraken die het Rijk in 2022 met Aedes, de Woonbond "
        "en de VNG heeft gemaakt en binnen de regionale woondeal voor de regio Wezeldal. Partijen hebben de "
        "ambitie om de komende jaren meer betaalbare woningen toe te voegen en tegelijk de bestaande voorraad "
        "te verduurzamen, zonder dat dit ten koste gaat van de betaalbaarheid voor huurders.",
        "Dit document bevat de afspraken voor één kalenderjaar. Afspraken die meerjarig van karakter zijn, "
        "worden jaarlijks opnieuw bevestigd en waar nodig bijgesteld.",
    ],
    2026: [
        "Dit document bevat de prestatieafspraken voor 2026 tussen de gemeente Wezelhorst, Wezelhof Wonen, "
        "Woonstichting Beemdland en het Huurdersplatform Wezelhorst. De afspraken bouwen voort op die van 2025 "
        "en houden rekening met de nieuwe Woonvisie Wezelhorst 2026-2030, waarvan het ontwerp in het najaar "
        "van 2025 met partijen is besproken.",
        "Bij het opstellen van deze afspraken zijn de biedingen betrokken die de corporaties voor 1 juli 2025 "
        "hebben uitgebracht. Het Huurdersplatform heeft zijn achterban in september 2025 geraadpleegd; de "
        "uitkomsten daarvan zijn in de afspraken over betaalbaarheid en leefbaarheid verwerkt.",
        "Waar afspraken ten opzichte van 2025 zijn bijgesteld, is dit in het overleg toegelicht. Een aantal "
        "afspraken uit 2025 is afgerond en komt niet meer terug.",
    ],
}

TERUGBLIK = {
    2025: [
        "In 2024 werden in Wezelhorst 58 sociale huurwoningen opgeleverd, waarvan 34 door Wezelhof Wonen en 24 "
        "door Beemdland. Dat was minder dan de 70 woningen die waren afgesproken, omdat de start van het plan "
        "Kanaalzone door bezwaarprocedures vertraging opliep.",
        "De corporaties verbeterden 112 woningen met een E-, F- of G-label. Het aantal huisuitzettingen wegens "
        "huurachterstand bleef beperkt tot vier. De gemiddelde inschrijfduur van starters liep op tot 5,4 jaar.",
    ],
    2026: [
        "In 2025 werden 61 sociale huurwoningen opgeleverd. De bouw van de seniorenappartementen aan de "
        "Molenakker kon nog niet starten, omdat tegen het bestemmingsplan beroep was ingesteld. Wezelhof Wonen "
        "verbeterde 32 woningen met een slecht energielabel, zodat er eind 2025 nog 38 resteerden.",
        "Er vonden in 2025 twee huisuitzettingen wegens huurachterstand plaats. De gemiddelde inschrijfduur van "
        "starters steeg verder naar 5,9 jaar. Het onderzoek naar tijdelijke woningen aan de Havenstraat werd in "
        "oktober 2025 met een positief advies afgerond.",
    ],
}

KERNCIJFERS = {
    2025: [["Kerncijfer", "2022", "2023", "2024"],
           ["Sociale huurwoningen (totaal)", "6.412", "6.448", "6.491"],
           ["Opgeleverde nieuwbouw", "44", "39", "58"],
           ["Gemiddelde inschrijfduur starters (jaar)", "4,6", "5,0", "5,4"],
           ["Woningen met label E, F of G", "301", "214", "102"],
           ["Huisuitzettingen wegens huurachterstand", "7", "5", "4"]],
    2026: [["Kerncijfer", "2023", "2024", "2025"],
           ["Sociale huurwoningen (totaal)", "6.448", "6.491", "6.537"],
           ["Opgeleverde nieuwbouw", "39", "58", "61"],
           ["Gemiddelde inschrijfduur starters (jaar)", "5,0", "5,4", "5,9"],
           ["Woningen met label E, F of G", "214", "102", "51"],
           ["Huisuitzettingen wegens huurachterstand", "5", "4", "2"]],
}

SLOT = {
    2025: [
        "Looptijd. Deze prestatieafspraken gelden van 1 januari 2025 tot en met 31 december 2025. Afspraken met "
        "een langere looptijd blijven van kracht totdat zij in een volgende jaarschijf zijn gewijzigd.",
        "Monitoring. De voortgang wordt gevolgd in een gezamenlijke monitor, die de corporaties twee keer per "
        "jaar vullen. De monitor wordt besproken in het tripartiete overleg en ter kennisname aan de "
        "gemeenteraad gezonden.",
        "Wijzigingen en geschillen. Wijzigingen in deze afspraken worden alleen schriftelijk en met instemming "
        "van alle partijen vastgelegd. Komen partijen bij een geschil niet tot overeenstemming, dan kan ieder "
        "van hen het geschil voorleggen aan de minister die verantwoordelijk is voor de volkshuisvesting, "
        "overeenkomstig artikel 44 van de Woningwet.",
    ],
    2026: [
        "Looptijd. Deze afspraken hebben betrekking op het kalenderjaar 2026. Zij vervangen de "
        "prestatieafspraken 2025, met uitzondering van afspraken waarvan uitdrukkelijk is bepaald dat zij "
        "doorlopen.",
        "Monitoring. De corporaties leveren de monitorgegevens aan in april en oktober. Het Huurdersplatform "
        "ontvangt de monitor tegelijk met de gemeente.",
        "Geschillen. Bij een verschil van inzicht over de uitleg of uitvoering van deze afspraken gaan partijen "
        "eerst met elkaar in gesprek. Leidt dit niet tot een oplossing, dan staat de geschillenprocedure van "
        "artikel 44 van de Woningwet open.",
    ],
}

SIGNERS = {
    2025: [("Gemeente Wezelhorst", "J.P. (Jeroen) Holtkamp", "wethouder Wonen"),
           ("Wezelhof Wonen", "drs. M.A. Verhoeff-Dijkstra", "directeur-bestuurder"),
           ("Woonstichting Beemdland", "ing. R. (Ruud) Tenbrinke", "bestuurder"),
           ("Huurdersplatform Wezelhorst", "A. (Annet) Kolkman-Vos", "voorzitter")],
    2026: [("Gemeente Wezelhorst", "S. (Sanne) El Idrissi", "wethouder Wonen en Leefomgeving"),
           ("Wezelhof Wonen", "drs. M.A. Verhoeff-Dijkstra", "directeur-bestuurder"),
           ("Woonstichting Beemdland", "ing. R. (Ruud) Tenbrinke", "bestuurder"),
           ("Huurdersplatform Wezelhorst", "A. (Annet) Kolkman-Vos", "voorzitter")],
}

BIJLAGEN = {
    2025: ["Bijlage 1: Nieuwbouwprogramma 2025-2030 per project",
           "Bijlage 2: Monitor prestatieafspraken 2024",
           "Bijlage 3: Begrippenlijst"],
    2026: ["Bijlage 1: Nieuwbouwprogramma 2026-2030 per project",
           "Bijlage 2: Overzicht wijzigingen ten opzichte van 2025",
           "Bijlage 3: Monitor prestatieafspraken 2025",
           "Bijlage 4: Begrippenlijst"],
}

BOD_ADDRESS = ["Aan het college van burgemeester en wethouders", "van de gemeente Wezelhorst",
               "en het bestuur van het Huurdersplatform Wezelhorst", "Postbus 40", "7300 AA Wezelhorst"]
BOD_META = [("Datum", "26 juni 2025"), ("Betreft", "Bod op de woonvisie ten behoeve van de prestatieafspraken 2026"),
            ("Kenmerk", "WW/2025/0617")]
BOD_INTRO = [
    "Geacht college, geacht bestuur,",
    "Hierbij ontvangt u, overeenkomstig artikel 43 van de Woningwet, het overzicht van de werkzaamheden die "
    "Wezelhof Wonen in 2026 en de jaren daarna in Wezelhorst voornemens is uit te voeren. Met dit bod geven "
    "wij aan welke bijdrage wij kunnen en willen leveren aan de woonvisie van uw gemeente.",
    "Ons bod is in concept besproken met de Huurdersraad Wezelhof en het Huurdersplatform Wezelhorst. Hun "
    "opmerkingen over betaalbaarheid en de aanpak van vocht en schimmel hebben wij in dit bod verwerkt.",
]
BOD_TERUGBLIK = [
    "In 2024 leverden wij 34 sociale huurwoningen op en verbeterden wij 64 woningen met een slecht "
    "energielabel. In de eerste helft van 2025 werden 21 woningen opgeleverd in Oud-Wezel. De nieuwbouw in de "
    "Kanaalzone liep vertraging op door een aanvullende stikstofberekening.",
    "Het aantal meldingen over vocht en schimmel nam in 2024 toe tot 212. Wij hebben daarom een apart team "
    "ingericht dat deze meldingen afhandelt.",
]
BOD_FIN = [
    "Onze financiële positie is gezond, maar de ruimte voor investeringen wordt begrensd door de gestegen "
    "bouwkosten en de rente. De onderstaande tabel geeft de voorgenomen investeringen in Wezelhorst weer. De "
    "bedragen zijn indicatief en onder voorbehoud van goedkeuring van de begroting door de Raad van "
    "Commissarissen.",
]
BOD_TABLE = [["Investering (x € 1 mln)", "2026", "2027", "2028"],
             ["Nieuwbouw", "14,2", "11,8", "12,5"],
             ["Verduurzaming", "4,1", "3,6", "2,9"],
             ["Planmatig onderhoud", "6,3", "6,5", "6,7"],
             ["Leefbaarheid", "0,4", "0,4", "0,4"]]
BOD_LEESWIJZER = ("Hieronder vindt u per thema ons concrete bod voor 2026. Waar een bod afhankelijk is van "
                  "medewerking van de gemeente of van derden, hebben wij dat aangegeven.")
BOD_SLOT = [
    "Wij zien uit naar het overleg over de prestatieafspraken 2026 en gaan graag met u in gesprek over de "
    "verdeling van de opgaven tussen de corporaties. Wij stellen voor het eerste tripartiete overleg in "
    "september 2025 te houden.",
]
