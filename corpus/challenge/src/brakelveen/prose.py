# -*- coding: utf-8 -*-
"""Non-afspraak text of the Brakelveen documents (context, terugblik, kerncijfers, slot)."""

GEMEENTE = "Gemeente Brakelveen"
CORP = "Woonstichting Hof en Veen"
HO = "Huurdersvereniging De Brakel"

SIGN = {
    2023: ("13 december 2022", "mw. drs. E.M. Kortewind", "wethouder Wonen en Ruimte",
           "ir. R.J. Oosterbaan", "directeur-bestuurder", "mw. A. Wiersema-Dijkhuis", "voorzitter"),
    2024: ("12 december 2023", "mw. drs. E.M. Kortewind", "wethouder Wonen en Ruimte",
           "ir. R.J. Oosterbaan", "directeur-bestuurder", "mw. A. Wiersema-Dijkhuis", "voorzitter"),
    2025: ("10 december 2024", "dhr. T.J. van Sloten", "wethouder Wonen, Ruimte en Duurzaamheid",
           "ir. R.J. Oosterbaan", "directeur-bestuurder", "mw. A. Wiersema-Dijkhuis", "voorzitter"),
}

# kerncijfers: indicator -> {year: value}
KC_ROWS = [
    ("Woningen Hof en Veen in Brakelveen", {2021: "4.132", 2022: "4.180", 2023: "4.236", 2024: "4.268"}),
    ("waarvan sociale huur (DAEB)", {2021: "3.941", 2022: "3.968", 2023: "4.021", 2024: "4.057"}),
    ("Gemiddelde netto huurprijs per maand", {2021: "€ 583", 2022: "€ 601", 2023: "€ 628", 2024: "€ 652"}),
    ("Verhuringen (mutaties en nieuwbouw)", {2021: "298", 2022: "276", 2023: "331", 2024: "309"}),
    ("Gem. inschrijfduur starters bij toewijzing", {2021: "4,6 jaar", 2022: "4,9 jaar", 2023: "5,1 jaar",
                                                    2024: "5,0 jaar"}),
    ("Woningen met energielabel E, F of G", {2021: "402", 2022: "356", 2023: "268", 2024: "161"}),
    ("Huurders met achterstand > 2 maanden", {2021: "61", 2022: "54", 2023: "47", 2024: "39"}),
    ("Huisuitzettingen wegens huurachterstand", {2021: "4", 2022: "3", 2023: "2", 2024: "1"}),
    ("Taakstelling vergunninghouders (personen)", {2021: "38", 2022: "52", 2023: "46", 2024: "58"}),
]

INLEIDING = {
    2023: [
        "Voor u liggen de prestatieafspraken voor 2023 tussen de gemeente Brakelveen, Woonstichting Hof en Veen "
        "en Huurdersvereniging De Brakel. De afspraken zijn tot stand gekomen in het driepartijenoverleg dat in "
        "de tweede helft van 2022 vijf keer bijeenkwam, op basis van het bod dat Hof en Veen op 28 juni 2022 aan "
        "de gemeente en de huurdersvereniging heeft aangeboden.",
        "De Woonvisie Brakelveen 2021-2026 ‘Thuis in Brakelveen’ vormt het vertrekpunt. Daarin staan drie opgaven "
        "centraal: voldoende betaalbare woningen voor starters, senioren en kwetsbare inwoners, een versnelde "
        "verduurzaming van de woningvoorraad en vitale kernen waarin inwoners prettig en veilig samenleven. In "
        "juni 2022 sloten het Rijk, Aedes, de Woonbond en de VNG bovendien de Nationale Prestatieafspraken, met "
        "landelijke doelen voor nieuwbouw, betaalbaarheid en het uitfaseren van woningen met een slecht "
        "energielabel. De regio Veenweide-Oost werkt deze doelen uit in een regionale woondeal, die naar "
        "verwachting begin 2023 wordt ondertekend.",
        "Partijen hebben ervoor gekozen de afspraken kort en controleerbaar te houden. Waar een afspraak over "
        "meer jaren loopt, wordt dat bij de afspraak vermeld.",
    ],
    2024: [
        "Voor u liggen de prestatieafspraken voor 2024 tussen de gemeente Brakelveen, Woonstichting Hof en Veen "
        "en Huurdersvereniging De Brakel. Zij bouwen voort op de afspraken voor 2023 en op het bod dat Hof en "
        "Veen op 26 juni 2023 heeft uitgebracht. Over de inhoud is in het najaar van 2023 in vier sessies van "
        "het driepartijenoverleg gesproken.",
        "De Woonvisie Brakelveen 2021-2026 ‘Thuis in Brakelveen’ blijft het kader. Sinds het voorjaar van 2023 "
        "geldt daarnaast de Regionale Woondeal Veenweide-Oost, waarin de gemeenten in de regio met het Rijk en de "
        "provincie hebben afgesproken tot en met 2030 circa 9.400 woningen toe te voegen, waarvan ten minste "
        "30% sociale huur. Het wetsvoorstel Versterking regie volkshuisvesting, dat gemeenten een volkshuisvestingsprogramma "
        "voorschrijft, is in voorbereiding; partijen houden rekening met de gevolgen daarvan voor de cyclus van "
        "bod en prestatieafspraken.",
        "Ten opzichte van vorig jaar zijn enkele afspraken aangescherpt, zijn er afspraken afgerond en zijn er "
        "nieuwe afspraken bijgekomen. De afspraken over energiearmoede zijn verplaatst naar hoofdstuk B.",
    ],
    2025: [
        "Voor u liggen de prestatieafspraken voor 2025 tussen de gemeente Brakelveen, Woonstichting Hof en Veen "
        "en Huurdersvereniging De Brakel. De afspraken zijn gebaseerd op het bod van Hof en Veen van 27 juni "
        "2024 en op de gesprekken in het driepartijenoverleg in september, oktober en november 2024.",
        "Het jaar 2025 is een overgangsjaar. De Woonvisie Brakelveen 2021-2026 loopt af en wordt in 2025 "
        "geëvalueerd; met de verwachte inwerkingtreding van de Wet versterking regie volkshuisvesting gaat de "
        "woonvisie op in een volkshuisvestingsprogramma. Tegelijk hebben de gestegen bouwkosten, de hoge rente en "
        "de beperkte capaciteit op het elektriciteitsnet gevolgen voor het tempo van nieuwbouw en verduurzaming. "
        "Partijen hebben de afspraken daarop realistisch bijgesteld, zonder de ambities uit de Regionale Woondeal "
        "Veenweide-Oost los te laten.",
        "Hoofdstuk C heeft een nieuwe naam gekregen, de afspraken over huurbeleid staan nu vooraan in hoofdstuk A "
        "en de afspraak over kwetsbare huurders is ondergebracht bij wonen en zorg.",
    ],
}

LEESWIJZER = [
    "Na deze inleiding volgen een korte terugblik en de kerncijfers. De afspraken zelf staan in vijf hoofdstukken, "
    "aangeduid met de letters A tot en met E. Iedere afspraak heeft een nummer dat bestaat uit de letter van het "
    "hoofdstuk en een volgnummer. Onder iedere afspraak staat in een regel wie de afspraak trekt en wanneer "
    "deze wordt uitgevoerd; bij afspraken die over meer jaren lopen, is ook de status vermeld. Het document "
    "sluit af met de slotbepalingen, de ondertekening en de bijlagen.",
]

TERUGBLIK = {
    2023: [
        "In 2022 kwamen in Brakelveen 48 nieuwe sociale huurwoningen van Hof en Veen beschikbaar, onder meer in "
        "het project Kerkepad in Oudeveen. Hof en Veen verkocht 12 woningen uit de verkoopvijver, waarvan 9 aan "
        "starters uit de gemeente. Het aantal woningen met een energielabel E, F of G daalde van 402 naar 356.",
        "De gemiddelde inschrijfduur van starters liep verder op tot 4,9 jaar. Het aantal huurders met een "
        "achterstand van meer dan twee maanden nam af, mede doordat Hof en Veen en het team Geldzorgen eerder "
        "contact zochten. In 2022 vonden drie huisuitzettingen wegens huurachterstand plaats. De gemeente "
        "huisvestte 47 vergunninghouders, waarvan 31 in een woning van Hof en Veen.",
    ],
    2024: [
        "In 2023 leverde Hof en Veen de eerste 56 eengezinswoningen in het plan Molenkamp op. Er werden 14 "
        "woningen verkocht. Het isolatieprogramma voor complexen van vóór 1975 liep vertraging op door een tekort "
        "aan uitvoerende capaciteit; in 2023 werden 88 woningen met een label E, F of G verbeterd, meer dan "
        "afgesproken. De rookmelders zijn in alle woningen gecontroleerd en waar nodig geplaatst.",
        "Het onderzoek naar tijdelijke woningen aan de Schoolstraat werd in september 2023 afgerond en liet zien "
        "dat plaatsing van 24 woningen haalbaar is. Het wijkuitvoeringsplan voor De Lanen kon niet in 2023 worden "
        "afgerond, omdat de keuze voor een warmteoplossing afhankelijk bleek van het onderzoek naar een "
        "warmtenet. Het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot twee.",
    ],
    2025: [
        "In 2024 rondde Hof en Veen het plan Molenkamp af met de oplevering van 40 appartementen. Het aantal "
        "woningen met een energielabel E, F of G daalde naar 161, onder meer door de isolatie van de complexen "
        "Veldhof en Sluisweg. Er werden 8 woningen verkocht en 3 woningen geliberaliseerd. De plaatsing van de "
        "tijdelijke woningen aan de Schoolstraat liep vertraging op door bezwaren tegen de omgevingsvergunning.",
        "Het aantal huurders met een achterstand van meer dan twee maanden daalde naar 39, en in 2024 vond één "
        "huisuitzetting wegens huurachterstand plaats. De ontmoetingsruimte in de Veldhof werd wekelijks door "
        "gemiddeld 35 bewoners bezocht. Het wijkuitvoeringsplan voor De Lanen is niet vastgesteld: uit het "
        "onderzoek bleek dat een warmtenet in deze wijk vooralsnog niet rendabel is.",
    ],
}

CH_INTRO = {
    "A": {
        2023: "De druk op de sociale huurmarkt in Brakelveen is groot. Het aantal woningzoekenden groeit sneller "
              "dan het aantal vrijkomende woningen, en vooral starters en senioren vinden moeilijk een passende "
              "woning. De woonvisie vraagt om uitbreiding van de sociale huurvoorraad en om een huurbeleid dat "
              "de woonlasten voor huurders met een laag inkomen beheersbaar houdt.",
        2024: "De vraag naar sociale huurwoningen in Brakelveen is in 2023 verder gestegen. De Regionale Woondeal "
              "Veenweide-Oost vraagt van iedere gemeente een evenredige bijdrage aan de regionale opgave. Tegelijk "
              "staan de woonlasten van huurders onder druk door de hoge inflatie en energieprijzen.",
        2025: "Betaalbaarheid staat in 2025 voorop; daarom opent dit hoofdstuk met het huurbeleid. De "
              "nieuwbouwopgave blijft onverminderd groot, maar hogere bouwkosten en langere procedures maken "
              "dat projecten later gereed komen dan eerder verwacht.",
    },
    "B": {
        2023: "Hof en Veen werkt toe naar een woningvoorraad die in 2050 CO2-neutraal is. De Nationale "
              "Prestatieafspraken vragen om woningen met een energielabel E, F of G uiterlijk eind 2028 te "
              "verbeteren. De gemeente geeft met de Transitievisie Warmte 2021 richting aan de overstap naar "
              "aardgasvrije wijken.",
        2024: "De verduurzaming van de voorraad kwam in 2023 goed op gang. Partijen voegen de afspraken over "
              "energiearmoede aan dit hoofdstuk toe, omdat lagere energielasten en een beter geïsoleerde woning "
              "nauw met elkaar samenhangen.",
        2025: "Netcongestie en de beschikbaarheid van installateurs bepalen in toenemende mate het tempo van de "
              "verduurzaming. Partijen houden vast aan de landelijke doelen, maar stemmen de planning af op wat "
              "uitvoerbaar is.",
    },
    "C": {
        2023: "Huurders moeten kunnen rekenen op een gezonde, veilige en goed onderhouden woning. Door de "
              "vergrijzing neemt bovendien de vraag naar woningen toe waarin ouderen met zorg aan huis "
              "zelfstandig kunnen blijven wonen.",
        2024: "Klachten over vocht en schimmel namen in 2023 toe. Partijen willen deze meldingen zorgvuldig "
              "behandelen en tegelijk de toegankelijkheid van de voorraad verbeteren.",
        2025: "Dit hoofdstuk heet voortaan ‘Woningkwaliteit, wonen en zorg’. Het omvat nu ook de samenwerking "
              "rond kwetsbare huurders, omdat die vooral in het overleg Wonen en Zorg vorm krijgt.",
    },
    "D": {
        2023: "Leefbare buurten ontstaan waar bewoners zich thuis voelen, elkaar kennen en weten waar zij met "
              "vragen terechtkunnen. In een aantal buurten in Zuiderpark en De Lanen staat de leefbaarheid "
              "onder druk, blijkt uit de Leefbaarometer.",
        2024: "Naast de bestaande inzet in de wijken willen partijen meer aandacht geven aan ontmoeting en aan "
              "het tegengaan van eenzaamheid.",
        2025: "Partijen zetten de inzet in de wijken voort en richten zich in 2025 in het bijzonder op ouderen "
              "die alleen wonen.",
    },
    "E": {
        2023: "Goede afspraken vragen om een heldere overlegstructuur en om een huurdersvereniging die "
              "voldoende is toegerust om als gelijkwaardige partij aan tafel te zitten.",
        2024: "De samenwerking in het driepartijenoverleg is in 2023 verder verdiept. Partijen willen de "
              "voortgang beter inzichtelijk maken.",
        2025: "Met de komst van het volkshuisvestingsprogramma verandert de cyclus van woonvisie, bod en "
              "prestatieafspraken. Partijen bereiden zich daar in 2025 gezamenlijk op voor.",
    },
}

SUB_INTRO = {
    ("A", "Nieuwbouw en woningvoorraad"): "De voorraad sociale huurwoningen moet groeien om de wachttijden "
        "terug te dringen. Verkoop en liberalisatie worden daarom beperkt.",
    ("A", "Woningtoewijzing en bijzondere doelgroepen"): "De woningen worden verdeeld via het regionale "
        "woonruimteverdeelsysteem WoonVeen, volgens de huisvestingsverordening Veenweide-Oost.",
    ("A", "Huurbeleid en betaalbaarheid"): "Hof en Veen voert een gematigd huurbeleid en werkt samen met de "
        "gemeente aan het voorkomen van betalingsproblemen.",
    ("B", "Energielabels en isolatie"): None,
    ("B", "Energiearmoede"): "Een deel van de huurders heeft moeite de energierekening te betalen, vooral in "
        "woningen met een laag energielabel.",
    ("B", "Warmtetransitie, nieuwbouw en klimaat"): None,
}

SLOT = {
    "Looptijd": "Deze prestatieafspraken gelden van 1 januari {y} tot en met 31 december {y}. Afspraken die "
                "over meer jaren lopen, blijven van kracht totdat zij in nieuwe prestatieafspraken worden "
                "gewijzigd of zijn uitgevoerd.",
    "Monitoring en verantwoording": "De voortgang wordt vastgelegd in een monitor waarin per afspraak de "
                "stand van zaken is opgenomen. Hof en Veen verantwoordt haar prestaties daarnaast in haar "
                "jaarverslag.",
    "Wijzigingen": "Partijen kunnen de afspraken tussentijds wijzigen als zich onvoorziene omstandigheden "
                "voordoen, zoals gewijzigde wet- en regelgeving of een wezenlijke verandering in de financiële "
                "positie van een van de partijen. Een wijziging wordt schriftelijk vastgelegd en door alle "
                "partijen ondertekend.",
    "Geschillen": "Bij een verschil van inzicht over de uitvoering van deze afspraken treden partijen eerst met "
                "elkaar in overleg. Komen zij er niet uit, dan kan ieder van hen het geschil voorleggen aan de "
                "Minister van Volkshuisvesting en Ruimtelijke Ordening, overeenkomstig artikel 44 van de "
                "Woningwet.",
}

NIEUWBOUW_BIJLAGE = {
    2023: [("Molenkamp fase 1", "Brakelveen", "56", "2023"), ("Molenkamp fase 2", "Brakelveen", "40", "2024"),
           ("Schoolstraat (tijdelijk)", "Brakelveen", "p.m.", "onderzoek"), ("Kerkepad-Zuid", "Oudeveen", "28", "2025"),
           ("Dijkzicht", "Het Schoor", "22", "2026"), ("Stationskwartier", "Brakelveen", "34", "2026")],
    2024: [("Molenkamp fase 2", "Brakelveen", "40", "2024"), ("Schoolstraat (tijdelijk)", "Brakelveen", "24", "2024"),
           ("Kerkepad-Zuid", "Oudeveen", "28", "2025"), ("Dijkzicht", "Het Schoor", "22", "2025"),
           ("Stationskwartier", "Brakelveen", "48", "2026"), ("Veenschool", "Oudeveen", "p.m.", "verkenning")],
    2025: [("Schoolstraat (tijdelijk)", "Brakelveen", "24", "2025"), ("Kerkepad-Zuid", "Oudeveen", "28", "2025"),
           ("Dijkzicht", "Het Schoor", "22", "2026"), ("Stationskwartier", "Brakelveen", "48", "2027"),
           ("Veenschool (woonzorg)", "Oudeveen", "30", "2027")],
}

BEGRIPPEN = [
    ("Aftoppingsgrens", "huurgrens die van belang is voor passend toewijzen en de hoogte van de huurtoeslag; "
                        "het bedrag wordt jaarlijks door het Rijk geïndexeerd."),
    ("DAEB", "diensten van algemeen economisch belang; het gereguleerde deel van het bezit van de corporatie."),
    ("Driepartijenoverleg", "het bestuurlijk overleg van gemeente, Hof en Veen en HV De Brakel."),
    ("Nultredenwoning", "woning waarvan de woonkamer, keuken, badkamer, toilet en ten minste één slaapkamer "
                        "zonder traplopen bereikbaar zijn."),
    ("Verkoopvijver", "de woningen die Hof en Veen bij mutatie mag verkopen."),
]
