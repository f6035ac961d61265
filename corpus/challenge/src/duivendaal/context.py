# -*- coding: utf-8 -*-
"""Non-afspraak text (context, terugblik, slotbepalingen) per year."""

SIGN_DATE = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "14 december 2026"}
SIGNERS = [
    ("Gemeente Duivendaal", "mw. drs. A.C. Verhagen", "wethouder Wonen en Volkshuisvesting"),
    ("Woonstichting Duivenhof", "dhr. ir. P.J. Lammers", "directeur-bestuurder"),
    ("Thuisvesting Rijnkade", "mw. M. el Amrani MBA", "directeur-bestuurder"),
    ("Wooncorporatie De Brug", "dhr. R.H. de Wit", "bestuurder"),
    ("Huurdersvereniging Duivenhof Samen", "mw. G. Postma", "voorzitter"),
    ("Huurdersplatform Rijnkade-De Brug", "dhr. H. Kalkman", "voorzitter"),
]

LEESWIJZER = (
    "Dit document bevat de prestatieafspraken die de gemeente Duivendaal, de drie woningcorporaties en de twee "
    "huurdersorganisaties voor het jaar {y} met elkaar hebben gemaakt. Hoofdstuk 1 schetst de aanleiding en het "
    "beleidskader en blikt terug op het afgelopen jaar. In de hoofdstukken 2 tot en met 6 zijn de afspraken per thema "
    "opgenomen. Elke afspraak is genummerd en beschreven aan de hand van vaste vragen: wat spreken we af, wie is "
    "trekker en wanneer moet de afspraak zijn uitgevoerd. Waar partijen de voortgang met een indicator volgen, is ook "
    "vermeld hoe we dit meten. Hoofdstuk 7 bevat de slotbepalingen.")

INTRO = {
    2025: [
        "De woningmarkt in Duivendaal staat onverminderd onder druk. De wachtlijst voor een sociale huurwoning is in de "
        "afgelopen jaren verder opgelopen en vooral jongeren, senioren die kleiner willen wonen en mensen in een "
        "urgente situatie hebben weinig kans op een passende woning. Tegelijkertijd vraagt de verduurzaming van de "
        "bestaande voorraad veel van de investeringscapaciteit van de corporaties.",
        "De afspraken in dit document bouwen voort op de Woonvisie Duivendaal 2022-2030, op de regionale woondeal "
        "die de gemeenten in de regio met het Rijk hebben gesloten en op de Nationale Prestatieafspraken van het Rijk, "
        "Aedes, de Woonbond en de VNG. De corporaties hebben in juni 2024 hun bod uitgebracht; dat bod vormde het "
        "vertrekpunt voor de gesprekken aan de tripartiete tafel.",
    ],
    2026: [
        "Ook in 2026 blijft de vraag naar betaalbare woningen in Duivendaal groter dan het aanbod. De bouwkosten zijn "
        "in het afgelopen jaar opnieuw gestegen en enkele projecten liepen vertraging op door bezwaarprocedures en "
        "netcongestie. Partijen hebben daarom kritisch gekeken naar wat in 2026 haalbaar is, zonder de ambities van de "
        "woonvisie los te laten.",
        "De afspraken sluiten aan op de Woonvisie Duivendaal 2022-2030, de regionale woondeal en de Nationale "
        "Prestatieafspraken. De biedingen die de corporaties in juni 2025 hebben uitgebracht, zijn in drie "
        "werksessies met de huurdersorganisaties en de gemeente besproken en in deze afspraken verwerkt.",
    ],
    2027: [
        "Met deze prestatieafspraken voor 2027 zetten partijen de samenwerking van de afgelopen jaren voort. De "
        "geactualiseerde woonvisie, die de gemeenteraad in 2026 heeft vastgesteld, legt meer nadruk op doorstroming, "
        "op wonen met zorg en op de gevolgen van hitte en droogte voor kwetsbare bewoners. Die accenten zijn in dit "
        "document terug te vinden.",
        "Het financiële kader van de corporaties is krapper geworden door hogere rentelasten en de verplichtingen uit "
        "de Nationale Prestatieafspraken. Partijen hebben daarom in een aantal afspraken een voorbehoud opgenomen of "
        "de planning aangepast. De biedingen van juni 2026 zijn leidend geweest bij het bepalen van de aantallen.",
    ],
}

BEREIKT = {
    2025: ("Wat is er bereikt in 2024", [
        "Er werden 104 sociale huurwoningen opgeleverd, waarvan 36 in de eerste fase van het plan Oeverhout.",
        "De corporaties verbeterden 160 woningen met een energielabel E, F of G; eind 2024 hadden nog 120 woningen zo'n label.",
        "Er werden 59 vergunninghouders gehuisvest, tegen een taakstelling van 62 personen.",
        "Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot zeven.",
        "De energiecoaches bezochten 274 huishoudens in een sociale huurwoning.",
        "De gemiddelde inschrijfduur bij toewijzing bedroeg 6,4 jaar.",
    ]),
    2026: ("Wat is er bereikt in 2025", [
        "Er werden 117 sociale huurwoningen opgeleverd; drie woningen in Schaapsdrift schoven door naar 2026.",
        "Van de 120 woningen met een energielabel E, F of G werden er 75 verbeterd.",
        "De bewonersavond over de Ganzenweg vond in oktober plaats en trok ruim 80 bezoekers.",
        "Wooncorporatie De Brug rondde de brandveiligheidscheck in alle portiekflats af en plaatste 212 rookmelders.",
        "Het onderzoek naar zonnepanelen op de seniorencomplexen aan de Lindelaan werd afgerond met een positief advies.",
        "Er werden vier huisuitzettingen wegens huurachterstand uitgevoerd.",
    ]),
    2027: ("Wat is er bereikt in 2026", [
        "Er werden 128 sociale huurwoningen opgeleverd, waarvan 52 in het plan Oeverhout.",
        "Eind 2026 had geen enkele huurwoning van de corporaties in Duivendaal nog een energielabel E, F of G.",
        "De gemeenteraad stelde in juni 2026 de geactualiseerde woonvisie vast.",
        "Er werden 215 koolmonoxidemelders geplaatst in woningen met een open verbrandingstoestel.",
        "Uit het energiefonds werden 410 huishoudens ondersteund.",
        "De gemiddelde inschrijfduur bij toewijzing liep op tot 6,9 jaar.",
    ]),
}

KERNCIJFERS = {
    2025: ["Sociale huurwoningen van de drie corporaties: 6.840", "Actief woningzoekenden: 4.215",
           "Huishoudens met een huurachterstand van meer dan twee maanden: 86"],
    2026: ["Sociale huurwoningen van de drie corporaties: 6.925", "Actief woningzoekenden: 4.460",
           "Huishoudens met een huurachterstand van meer dan twee maanden: 79"],
    2027: ["Sociale huurwoningen van de drie corporaties: 7.030", "Actief woningzoekenden: 4.590",
           "Huishoudens met een huurachterstand van meer dan twee maanden: 71"],
}

CH_CONTEXT = {
    "c2": ["Het vergroten van het aanbod aan betaalbare huurwoningen blijft de belangrijkste opgave in Duivendaal. In de "
           "woonvisie is vastgelegd dat de sociale huurvoorraad tot 2030 met ten minste 600 woningen groeit. Naast "
           "nieuwbouw gaat het om een goede verdeling van de bestaande woningen, om betaalbare woonlasten en om het "
           "voorkomen van schulden."],
    "c3": ["De corporaties werken aan een woningvoorraad die in 2050 aardgasvrij en energiezuinig is. De gemeente "
           "heeft in de transitievisie warmte vastgelegd in welke volgorde de wijken van het aardgas gaan. Voor huurders "
           "staat voorop dat de woonlasten na verduurzaming niet stijgen."],
    "c4": ["Een goede en veilige woning is de basis. Huurders moeten erop kunnen vertrouwen dat klachten snel worden "
           "opgepakt en dat hun woning ook geschikt blijft als zij ouder worden of zorg nodig hebben."],
    "c5": ["In een aantal buurten van Kerkelanden en Schaapsdrift staat de leefbaarheid onder druk. Er wonen relatief "
           "veel kwetsbare huishoudens en meldingen van overlast nemen toe. Partijen werken in deze buurten nauw samen "
           "met de wijkteams, de politie en het welzijnswerk."],
    "c6": ["De afspraken worden gezamenlijk uitgevoerd en gevolgd. De gemeente verzorgt het secretariaat van het "
           "bestuurlijk overleg; de huurdersorganisaties nemen als gelijkwaardige partij deel."],
}

SLOT = [
    ("Looptijd", "Deze prestatieafspraken gelden van 1 januari tot en met 31 december {y}. Afspraken met een planning "
                 "na {y} blijven van kracht totdat zij in een volgende jaarschijf zijn herzien."),
    ("Wijzigingen", "Wanneer zich omstandigheden voordoen die de uitvoering van een afspraak wezenlijk beïnvloeden, "
                    "treden partijen met elkaar in overleg. Wijzigingen worden schriftelijk vastgelegd en door alle "
                    "partijen ondertekend."),
    ("Geschillen", "Komen partijen er in onderling overleg niet uit, dan kan ieder van hen het geschil voorleggen aan "
                   "de Minister van Volkshuisvesting en Ruimtelijke Ordening, zoals geregeld in de Woningwet."),
]

BIJLAGEN = ["Bijlage 1 Nieuwbouwprogramma per project", "Bijlage 2 Monitor prestatieafspraken {p}",
            "Bijlage 3 Begrippenlijst", "Bijlage 4 Biedingen van de corporaties"]
