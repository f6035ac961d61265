# -*- coding: utf-8 -*-
"""Chapter structure, context text, pair annotations and the raadsinformatiebrief of the korendijk family."""
from content import (V, F, Q, D, BB, DK, KW, LB, OV, WG, PR, HK, HP)

ALLE = "Alle partijen"
GEM = "Gemeente Korenwolde"
CORP = "Woongoed en Polderrand Wonen"
HO = "Huurdersorganisaties"

SIGNED = {2023: "12 december 2022", 2024: "14 december 2023", 2025: "11 december 2024"}
WETHOUDER = {2023: "M.J. van Houtum", 2024: "M.J. van Houtum", 2025: "R. Hoekstra"}

CH_TITLES = {
    2023: {"B": "Beschikbaar en betaalbaar wonen", "C": "Duurzaamheid en energietransitie",
           "D": "Kwaliteit, wonen en zorg", "E": "Leefbaarheid in kernen en wijken",
           "F": "Samenwerking en proces"},
    2024: {"B": "Beschikbaar en betaalbaar wonen", "C": "Duurzaamheid en energietransitie",
           "D": "Goed en gezond wonen", "E": "Leefbaarheid, zorg en ondersteuning",
           "F": "Samenwerking en proces"},
    2025: {"B": "Beschikbaar en betaalbaar wonen", "C": "Energietransitie en klimaatadaptatie",
           "D": "Goed en gezond wonen", "E": "Leefbaarheid, zorg en ondersteuning",
           "F": "Samenwerking en proces"},
}

# blocks: (heading, keys) ; ("TABLE", heading, keys)
LAYOUT = {
    2023: {
        "B": [(ALLE, ["b-lokale-binding", "b-doorstroom-senioren", "b-vergunninghouders"]),
              (GEM, ["b-urgentie-evaluatie", "b-aandeel-sociaal", "b-grondprijs", "b-vroegsignalering"]),
              (WG, ["b-huur-woongoed", "b-verkoop-woongoed"]),
              (PR, ["b-huurbevriezing-efg", "b-middenhuur-havenkwartier"]),
              ("TABLE", "Nieuwbouwprogramma 2023-2027", ["nb-molenwijk", "nb-gors", "nb-kerkbuurt", "nb-zwanewaard"])],
        "C": [(ALLE, ["c-geen-efg", "c-klimaatadaptatie"]),
              (GEM, ["c-energiecoaches", "c-wijkuitvoeringsplan-gors"]),
              (WG, ["c-isolatie-woongoed", "c-label-woongoed"]),
              (PR, ["c-zonnepanelen-polderrand", "c-hybride-polderrand"]),
              (HO, ["c-voorlichting-energie"])],
        "D": [(ALLE, ["d-uitstroom-bw"]),
              (GEM, ["d-wmo-aanpassingen"]),
              (WG, ["d-vocht-schimmel"]),
              (PR, ["d-onderhoud-polderrand", "d-toegankelijkheid"])],
        "E": [(ALLE, ["e-overlast-wijkteam"]),
              (WG, ["e-geen-uitzetting", "e-leefbaarheidsbudget"]),
              (PR, ["e-huismeesters", "e-wijkschouw"])],
        "F": [(ALLE, ["f-monitoring", "f-evaluatie-proces"]),
              (GEM, ["f-woonvisie"]),
              (CORP, ["f-bod", "f-ondersteuning-huurders"]),
              (HO, ["f-achterban"])],
    },
    2024: {
        "B": [(ALLE, ["b-lokale-binding", "b-doorstroom-senioren", "b-vergunninghouders"]),
              (GEM, ["b-urgentie-evaluatie", "b-aandeel-sociaal", "b-grondprijs", "b-vroegsignalering"]),
              (WG, ["b-huur-woongoed", "b-verkoop-woongoed"]),
              (PR, ["b-huurbevriezing-efg"]),
              ("TABLE", "Nieuwbouwprogramma 2024-2028",
               ["nb-molenwijk", "nb-gors", "nb-kerkbuurt", "nb-zwanewaard", "nb-flexwonen"])],
        "C": [(ALLE, ["c-geen-efg", "c-netcongestie", "c-klimaatadaptatie"]),
              (GEM, ["c-energiecoaches", "c-wijkuitvoeringsplan-gors"]),
              (WG, ["c-isolatie-woongoed", "c-label-woongoed"]),
              (PR, ["c-zonnepanelen-polderrand", "c-hybride-polderrand"])],
        "D": [(GEM, ["d-wmo-aanpassingen"]),
              (WG, ["d-vocht-schimmel"]),
              (PR, ["d-onderhoud-polderrand", "d-toegankelijkheid", "d-rookmelders"])],
        "E": [(ALLE, ["d-uitstroom-bw", "e-overlast-wijkteam"]),
              (GEM, ["e-ontmoeting"]),
              (WG, ["e-geen-uitzetting", "e-leefbaarheidsbudget"]),
              (PR, ["e-huismeesters", "e-wijkschouw"])],
        "F": [(ALLE, ["f-monitoring"]),
              (GEM, ["f-woonvisie"]),
              (CORP, ["f-bod", "f-ondersteuning-huurders"]),
              (HO, ["f-achterban"])],
    },
    2025: {
        "B": [(ALLE, ["b-lokale-binding", "b-vergunninghouders", "b-doorstroom-senioren", "b-woningruil"]),
              (GEM, ["b-aandeel-sociaal", "b-grondprijs", "b-vroegsignalering"]),
              (WG, ["b-verkoop-woongoed", "b-huur-woongoed"]),
              (PR, ["b-huurbevriezing-efg"]),
              ("TABLE", "Nieuwbouwprogramma 2025-2029", ["nb-gors", "nb-kerkbuurt", "nb-zwanewaard", "nb-flexwonen"])],
        "C": [(ALLE, ["c-geen-efg", "c-netcongestie", "c-klimaatadaptatie", "c-energiefonds"]),
              (GEM, ["c-wijkuitvoeringsplan-gors", "c-energiecoaches"]),
              (WG, ["c-isolatie-woongoed", "c-label-woongoed"]),
              (PR, ["c-hybride-polderrand", "c-zonnepanelen-polderrand"])],
        "D": [(GEM, ["d-wmo-aanpassingen"]),
              (WG, ["d-vocht-schimmel"]),
              (PR, ["d-rookmelders", "d-onderhoud-polderrand"])],
        "E": [(ALLE, ["d-uitstroom-bw", "e-overlast-wijkteam"]),
              (GEM, ["e-ontmoeting"]),
              (WG, ["e-geen-uitzetting", "e-leefbaarheidsbudget"]),
              (PR, ["e-huismeesters", "e-wijkschouw"])],
        "F": [(ALLE, ["f-monitoring"]),
              (GEM, ["f-volkshuisvestingsprogramma"]),
              (CORP, ["f-bod", "f-ondersteuning-huurders"]),
              (HO, ["f-achterban"])],
    },
}

# ---------------------------------------------------------------------------------------------
# Pair annotations: key -> (status, kinds, hard_negative); new/dropped are derived from presence
# ---------------------------------------------------------------------------------------------
U = ("unchanged", [], None)
def R(hn=None): return ("reworded", [], hn)
def W(*k): return ("weakened", list(k), None)
def S(*k): return ("strengthened", list(k), None)
def M(*k): return ("modified", list(k), None)

PAIRS = {
    (2023, 2024): {
        "b-lokale-binding": U, "b-doorstroom-senioren": S("modality"), "b-urgentie-evaluatie": W("deadline"),
        "b-vergunninghouders": R("external_figure"), "b-aandeel-sociaal": S("quantity"),
        "b-grondprijs": R("indexed_amount"), "b-vroegsignalering": S("quantity"), "b-huur-woongoed": S("quantity"),
        "b-verkoop-woongoed": S("quantity"), "e-leefbaarheidsbudget": R("recurring_year"), "e-wijkschouw": U, "b-huurbevriezing-efg": R("recurring_year"),
        "nb-molenwijk": R("progress"), "nb-gors": W("quantity", "deadline"), "nb-kerkbuurt": S("modality"),
        "nb-zwanewaard": U, "c-geen-efg": S("deadline"), "c-energiecoaches": W("quantity"),
        "c-wijkuitvoeringsplan-gors": W("modality", "deadline"), "c-isolatie-woongoed": S("quantity"),
        "c-label-woongoed": U, "c-zonnepanelen-polderrand": R("recurring_year"),
        "c-hybride-polderrand": S("scope", "modality"), "c-klimaatadaptatie": S("modality"),
        "d-uitstroom-bw": S("modality"), "d-wmo-aanpassingen": S("quantity"), "d-vocht-schimmel": R("same_figures"),
        "d-onderhoud-polderrand": W("quantity"), "d-toegankelijkheid": W("deadline"), "e-huismeesters": W("scope"),
        "e-overlast-wijkteam": S("quantity"), "e-geen-uitzetting": U, "f-monitoring": U,
        "f-bod": R("recurring_year"), "f-ondersteuning-huurders": U, "f-achterban": U, "f-woonvisie": W("deadline"),
    },
    (2024, 2025): {
        "b-lokale-binding": R("same_figures"), "b-doorstroom-senioren": W("modality"),
        "b-vergunninghouders": R("external_figure"), "b-aandeel-sociaal": U, "b-grondprijs": R("indexed_amount"),
        "b-vroegsignalering": R("recurring_year"), "b-huur-woongoed": W("quantity"),
        "b-verkoop-woongoed": W("quantity"), "e-leefbaarheidsbudget": S("quantity"), "e-wijkschouw": U, "b-huurbevriezing-efg": S("scope"),
        "nb-gors": S("condition"), "nb-kerkbuurt": S("deadline"), "nb-zwanewaard": S("modality"),
        "nb-flexwonen": W("deadline"), "c-geen-efg": U, "c-netcongestie": S("modality"),
        "c-energiecoaches": R("recurring_year"), "c-wijkuitvoeringsplan-gors": M("modality", "deadline"),
        "c-isolatie-woongoed": R("recurring_year"), "c-label-woongoed": W("label"),
        "c-zonnepanelen-polderrand": W("condition"), "c-hybride-polderrand": W("scope"),
        "c-klimaatadaptatie": S("scope"), "d-uitstroom-bw": U, "d-wmo-aanpassingen": W("condition"),
        "d-vocht-schimmel": S("quantity"), "d-onderhoud-polderrand": R("recurring_year"), "d-rookmelders": U,
        "e-huismeesters": R("same_figures"), "e-overlast-wijkteam": W("modality"), "e-geen-uitzetting": W("condition"),
        "e-ontmoeting": W("deadline"), "f-monitoring": U, "f-bod": R("recurring_year"),
        "f-ondersteuning-huurders": U, "f-achterban": U,
    },
}

# short topic labels for the monitor appendix (repeat last year's numbers; not afspraken)
TOPIC = {
    "b-lokale-binding": "Voorrang lokale binding kleine kernen", "b-doorstroom-senioren": "Doorstroomregeling senioren",
    "b-urgentie-evaluatie": "Evaluatie urgentieregeling", "b-vergunninghouders": "Huisvesting vergunninghouders",
    "b-aandeel-sociaal": "Aandeel sociale huur in nieuwbouwplannen", "b-grondprijs": "Grondprijs sociale huur",
    "b-vroegsignalering": "Convenant vroegsignalering", "b-huur-woongoed": "Huurverhoging Woongoed",
    "b-verkoop-woongoed": "Verkoop en liberalisatie Woongoed", "b-zoektijd-starters": "Zoektijd starters Zwanewaard",
    "b-huurbevriezing-efg": "Geen huurverhoging slechte labels", "b-middenhuur-havenkwartier": "Middenhuur Havenkwartier",
    "c-geen-efg": "Uitfasering label E, F en G", "c-klimaatadaptatie": "Hittestress en wateroverlast Molenwijk",
    "c-energiecoaches": "Energiecoaches", "c-wijkuitvoeringsplan-gors": "Wijkuitvoeringsplan De Gors",
    "c-isolatie-woongoed": "Isolatie Woongoed", "c-label-woongoed": "Gemiddeld label Woongoed",
    "c-zonnepanelen-polderrand": "Zonnepanelen Polderrand Wonen", "c-hybride-polderrand": "Hybride warmtepompen Oudeveer",
    "c-voorlichting-energie": "Energieavonden huurdersorganisaties", "c-netcongestie": "Netcongestie",
    "d-uitstroom-bw": "Uitstroom beschermd wonen", "d-wmo-aanpassingen": "Wmo woningaanpassingen",
    "d-vocht-schimmel": "Aanpak vocht en schimmel", "d-onderhoud-polderrand": "Planmatig onderhoud Polderrand Wonen",
    "d-toegankelijkheid": "Toegankelijkheidslabel", "d-rookmelders": "Rookmelders",
    "e-overlast-wijkteam": "Overlast en wijkteam", "e-geen-uitzetting": "Geen ontruiming gezinnen met kinderen",
    "e-huismeesters": "Inzet huismeesters", "e-leefbaarheidsbudget": "Leefbaarheidsbudget Woongoed",
    "e-wijkschouw": "Wijkschouw Havenkwartier en De Gors", "e-ontmoeting": "Ontmoetingsruimte seniorencomplexen",
    "f-monitoring": "Halfjaarlijkse monitoring", "f-evaluatie-proces": "Evaluatie proces prestatieafspraken",
    "f-woonvisie": "Actualisatie woonvisie", "f-bod": "Bod corporaties",
    "f-ondersteuning-huurders": "Ondersteuning huurdersorganisaties", "f-achterban": "Raadpleging achterban",
}

MONITOR_STATUS = {
    2023: {"b-urgentie-evaluatie": "Vertraagd; afronding voorzien in 2024",
           "b-doorstroom-senioren": "Onderzoek afgerond; regeling per 1 juli 2024",
           "b-huur-woongoed": "Gerealiseerd (3,1%)", "b-middenhuur-havenkwartier": "Niet haalbaar gebleken",
           "c-isolatie-woongoed": "Gerealiseerd (131 woningen)", "c-wijkuitvoeringsplan-gors": "Vertraagd",
           "c-hybride-polderrand": "Pilot afgerond", "c-voorlichting-energie": "Gerealiseerd (drie avonden)",
           "d-toegankelijkheid": "Vertraagd", "f-evaluatie-proces": "Gerealiseerd", "f-woonvisie": "Vertraagd",
           "d-onderhoud-polderrand": "Gedeeltelijk (294 woningen)"},
    2024: {"b-urgentie-evaluatie": "Gerealiseerd (raad maart 2024)", "b-doorstroom-senioren": "Gestart 1 juli 2024",
           "b-huur-woongoed": "Gerealiseerd", "c-wijkuitvoeringsplan-gors": "Vertraagd; concept gereed",
           "c-hybride-polderrand": "Gedeeltelijk (3 van 7 complexen)", "d-toegankelijkheid": "Gerealiseerd",
           "f-woonvisie": "Gerealiseerd (vastgesteld juni 2024)", "c-netcongestie": "Overleg netbeheerder gestart",
           "e-ontmoeting": "Nog niet gestart", "e-overlast-wijkteam": "Loopt; niet altijd binnen termijn",
           "c-label-woongoed": "Achter op schema"},
}
MONITOR_2022 = [("B-2", "Nieuwbouw Veerkade Oudeveer", "Gerealiseerd (28 woningen)"),
                ("B-4", "Evaluatie urgentieregeling", "Uitgesteld naar 2023"),
                ("B-7", "Huurverhoging onder inflatie", "Gerealiseerd"),
                ("B-9", "Verkoop gespikkeld bezit", "Gerealiseerd (9 woningen)"),
                ("C-1", "Isolatie Woongoed", "Gedeeltelijk (104 van 120 woningen)"),
                ("C-3", "Zonnepanelen Polderrand Wonen", "Gerealiseerd (186 woningen)"),
                ("C-5", "Transitievisie Warmte", "Gerealiseerd"),
                ("D-2", "Aanpak vocht en schimmel", "Loopt"),
                ("E-1", "Overleg Zorg en Veiligheid", "Loopt"),
                ("E-3", "Huismeesters", "Gerealiseerd"),
                ("F-2", "Monitoring", "Gerealiseerd"),
                ("F-4", "Bod corporaties", "Gerealiseerd")]

# ---------------------------------------------------------------------------------------------
# Context text (not afspraken)
# ---------------------------------------------------------------------------------------------
def woonvisie(y):
    return "Thuis in Korenwolde 2024-2030" if y >= 2025 else "Wonen in Korenwolde 2019-2023"


def intro(y):
    p = y - 1
    paras = [
        ("Aanleiding", [
            f"Voor u liggen de prestatieafspraken {y} tussen de gemeente Korenwolde, Stichting Woongoed Korenwolde "
            f"(hierna: Woongoed), Polderrand Wonen, Huurdersvereniging De Korenaar en Huurdersbelangenvereniging "
            f"Polderrand (hierna samen: de huurdersorganisaties). In deze afspraken leggen partijen vast welke "
            f"bijdrage de corporaties, de gemeente en de huurdersorganisaties in {y} leveren aan de opgaven op het "
            f"gebied van wonen in Korenwolde.",
            f"De Woningwet schrijft voor dat corporaties naar redelijkheid bijdragen aan het volkshuisvestingsbeleid "
            f"van de gemeente. Beide corporaties hebben vóór 1 juli {p} een overzicht van voorgenomen werkzaamheden "
            f"uitgebracht. Deze biedingen vormden het vertrekpunt voor vier overleggen aan de tripartiete tafel in "
            f"het najaar van {p}, waarin de huurdersorganisaties als gelijkwaardige partij deelnamen.",
        ]),
        ("Beleidskader", [
            f"De gemeentelijke woonvisie '{woonvisie(y)}' vormt het inhoudelijke kader voor deze afspraken. De "
            f"woonvisie kent drie pijlers: voldoende woningen voor alle doelgroepen, betaalbare woonlasten en "
            f"toekomstbestendige woningen in leefbare kernen.",
            "Daarnaast werken partijen aan de Nationale Prestatieafspraken die het Rijk in juni 2022 met Aedes, de "
            "Woonbond en de VNG heeft gesloten. Daarin is onder meer afgesproken dat de huurstijging wordt beperkt, "
            "dat er landelijk fors meer sociale huurwoningen worden gebouwd en dat corporatiewoningen met de "
            "slechtste energielabels versneld worden verbeterd.",
            ("In de regio Lindewaard wordt gewerkt aan een regionale woondeal met het Rijk en de provincie, waarin "
             "de gemeenten hun bijdrage aan de woningbouwopgave tot 2030 vastleggen." if y == 2023 else
             "In de woondeal regio Lindewaard, die in het voorjaar van 2023 is ondertekend, heeft Korenwolde zich "
             "gecommitteerd aan de bouw van 620 woningen tot en met 2030, waarvan ten minste 190 sociale "
             "huurwoningen. De corporaties leveren daaraan de grootste bijdrage."),
        ] + ([
            "De Wet versterking regie volkshuisvesting, die naar verwachting in 2025 in werking treedt, verplicht "
            "de gemeente tot het opstellen van een volkshuisvestingsprogramma. Partijen hebben afgesproken daarop "
            "in deze prestatieafspraken al te anticiperen."] if y == 2025 else [])),
        (f"Terugblik op {p}", TERUGBLIK[y]),
    ]
    return paras


TERUGBLIK = {
    2023: [
        "In 2022 leverden de corporaties samen 41 nieuwe sociale huurwoningen op, waarvan 28 in het plan Veerkade "
        "in Oudeveer. Er werden 356 sociale huurwoningen verhuurd, tegenover 391 een jaar eerder, en de "
        "gemiddelde zoektijd liep op tot 41 maanden bij Woongoed en 38 maanden bij Polderrand Wonen.",
        "Woongoed isoleerde 104 woningen en bleef daarmee onder de afgesproken 120 woningen, omdat een aannemer "
        "failliet ging. Polderrand Wonen voorzag 186 woningen van zonnepanelen. Het aantal huishoudens met een "
        "huurachterstand van twee maanden of meer daalde licht; er vonden drie ontruimingen wegens "
        "huurachterstand plaats.",
        "Niet alle afspraken uit 2022 zijn gerealiseerd. De evaluatie van de urgentieregeling werd uitgesteld "
        "omdat de regionale huisvestingsverordening werd herzien. De stand van zaken per afspraak is opgenomen in "
        "bijlage 1.",
    ],
    2024: [
        "In 2023 leverde Woongoed de eerste 16 eengezinswoningen in Molenwijk Noord op; de overige 32 woningen "
        "van het plan waren eind 2023 in aanbouw. Polderrand Wonen rondde de pilot met hybride warmtepompen in "
        "twee complexen in Oudeveer af: het gasverbruik daalde gemiddeld met 38% en 87% van de deelnemende "
        "huurders was tevreden.",
        "Woongoed isoleerde 131 woningen, meer dan de afgesproken 120. Er werden 72 vergunninghouders gehuisvest, "
        "vier meer dan de taakstelling. De huurdersorganisaties organiseerden drie goed bezochte energieavonden.",
        "De evaluatie van de urgentieregeling liep opnieuw vertraging op en is niet vóór 1 oktober 2023 aan de "
        "raad aangeboden. Ook het wijkuitvoeringsplan voor De Gors was eind 2023 niet gereed, omdat het tracé van "
        "het warmtenet opnieuw moest worden onderzocht. Het onderzoek naar middenhuur in het Havenkwartier wees "
        "uit dat dit binnen de financiële kaders van Polderrand Wonen niet haalbaar is.",
    ],
    2025: [
        "In 2024 werd het plan Molenwijk Noord volledig opgeleverd, zodat Korenwolde er 48 sociale huurwoningen "
        "bij kreeg. De doorstroomregeling voor senioren ging op 1 juli 2024 van start; tot 1 oktober maakten 9 "
        "huishoudens er gebruik van.",
        "De gemeenteraad besprak in maart 2024 de evaluatie van de urgentieregeling en stelde in juni 2024 de "
        "woonvisie 'Thuis in Korenwolde 2024-2030' vast. Polderrand Wonen bracht de toegankelijkheid van zijn "
        "volledige woningvoorraad in beeld.",
        "De plaatsing van de tijdelijke woningen aan de Stationsweg liep vertraging op door bezwaren tegen de "
        "omgevingsvergunning. Het aantal corporatiewoningen met energielabel E, F of G daalde van 268 naar 167.",
    ],
}

KERNCIJFERS = {
    2023: ("1 juli 2022", [("Huurwoningen in Korenwolde", "3.148", "1.972"),
                            ("waarvan sociale huur", "2.951", "1.841"),
                            ("Gemiddelde netto huurprijs", "€ 598", "€ 612"),
                            ("Gemiddelde zoektijd (maanden)", "41", "38"),
                            ("Woningen met label E, F of G", "212", "148"),
                            ("Huurachterstand van twee maanden of meer", "37", "22"),
                            ("Ontruimingen wegens huurachterstand", "2", "1")]),
    2024: ("1 juli 2023", [("Huurwoningen in Korenwolde", "3.171", "1.985"),
                            ("waarvan sociale huur", "2.962", "1.849"),
                            ("Gemiddelde netto huurprijs", "€ 631", "€ 645"),
                            ("Gemiddelde zoektijd (maanden)", "43", "39"),
                            ("Woningen met label E, F of G", "151", "117"),
                            ("Huurachterstand van twee maanden of meer", "41", "25"),
                            ("Ontruimingen wegens huurachterstand", "1", "2")]),
    2025: ("1 juli 2024", [("Huurwoningen in Korenwolde", "3.203", "2.001"),
                            ("waarvan sociale huur", "2.990", "1.858"),
                            ("Gemiddelde netto huurprijs", "€ 668", "€ 676"),
                            ("Gemiddelde zoektijd (maanden)", "44", "40"),
                            ("Woningen met label E, F of G", "88", "79"),
                            ("Huurachterstand van twee maanden of meer", "35", "21"),
                            ("Ontruimingen wegens huurachterstand", "0", "1")]),
}

LEESWIJZER = [
    "Na deze inleiding volgen vijf thematische hoofdstukken (B tot en met F). Ieder hoofdstuk begint met een korte "
    "schets van de opgave, waarna de afspraken volgen, gegroepeerd naar de partij die voor de uitvoering "
    "verantwoordelijk is. Afspraken die alle partijen samen aangaan, staan onder het kopje 'Alle partijen'.",
    "De afspraken zijn per hoofdstuk doorgenummerd; de letter verwijst naar het hoofdstuk. Het "
    "nieuwbouwprogramma is aan het einde van hoofdstuk B als tabel opgenomen, met per project de trekker en het "
    "jaar of kwartaal waarin het project gereed is. Bij enkele afspraken is aangegeven hoe de voortgang wordt "
    "gevolgd of welk budget ervoor beschikbaar is. Hoofdstuk G bevat de slotbepalingen en de ondertekening.",
]

CH_CONTEXT = {
    "B": lambda y: [
        "De druk op de sociale huurmarkt in Korenwolde is onverminderd hoog. De wachttijden lopen op en vooral "
        "starters en senioren die kleiner willen wonen, vinden moeilijk een passende woning. De woonvisie gaat uit "
        "van een groei van de sociale huurvoorraad met ten minste 150 woningen tot 2030.",
        "Betaalbaarheid blijft daarnaast een zorg. Huishoudens met een laag inkomen hebben te maken met gestegen "
        "vaste lasten; een gematigd huurbeleid en het vroeg signaleren van betalingsproblemen zijn daarom voor alle "
        "partijen belangrijk."],
    "C": lambda y: [
        "De corporaties hebben de afgelopen jaren fors geïnvesteerd in het verduurzamen van hun bezit. In de "
        "Transitievisie Warmte (2021) heeft de gemeenteraad vastgelegd dat De Gors als eerste wijk van het aardgas "
        "af gaat. Tegelijk leidt de beperkte capaciteit van het elektriciteitsnet tot onzekerheid over de planning.",
        "Naast energiebesparing vraagt ook de aanpassing aan het veranderende klimaat aandacht. In de Molenwijk "
        "leidden hevige buien in de afgelopen zomers herhaaldelijk tot wateroverlast."],
    "D": lambda y: [
        "Een goede woning is veilig, gezond en toegankelijk. Door de vergrijzing groeit het aantal inwoners dat "
        "met ondersteuning of zorg zelfstandig blijft wonen. Het huurdersoordeel over reparaties en onderhoud lag "
        f"in {y - 2} bij beide corporaties boven het landelijk gemiddelde, maar meldingen van vocht en schimmel "
        "vragen blijvend aandacht."],
    "E": lambda y: [
        "Prettig wonen gaat verder dan de woning alleen. In enkele complexen in het Havenkwartier en De Gors is "
        "het aantal meldingen van overlast de afgelopen jaren toegenomen. Partijen zien dat steeds meer kwetsbare "
        "inwoners zelfstandig wonen en dat een goede samenwerking met het wijkteam, de politie en de "
        "zorgaanbieders daarvoor onmisbaar is."],
    "F": lambda y: [
        "De prestatieafspraken komen tot stand in een gelijkwaardig overleg tussen vijf partijen. Het bestuurlijk "
        "overleg komt ten minste twee keer per jaar bijeen; daarnaast is er ambtelijk overleg over de uitvoering. "
        "De huurdersorganisaties worden ondersteund door een onafhankelijk adviseur."],
}

SLOT = lambda y: [
    ("Looptijd", f"Deze prestatieafspraken gelden van 1 januari {y} tot en met 31 december {y}. Afspraken waarvan "
                 f"de uitvoering na {y} doorloopt, worden bij de totstandkoming van de afspraken voor {y + 1} "
                 f"opnieuw bezien."),
    ("Wijzigingen", "Tussentijdse wijziging van deze afspraken is alleen mogelijk met instemming van alle partijen. "
                    "Een wijziging wordt schriftelijk vastgelegd en als addendum bij deze afspraken gevoegd."),
    ("Voorbehoud", "De genoemde investeringen van de corporaties zijn onder voorbehoud van goedkeuring van de "
                   "begroting door hun Raad van Commissarissen. Wijzigt het Rijk zijn beleid op een wijze die de "
                   "uitvoering van deze afspraken raakt, dan treden partijen met elkaar in overleg."),
    ("Geschillen", "Als partijen van mening verschillen over de uitleg of de uitvoering van deze afspraken, gaan "
                   "zij eerst met elkaar in gesprek in het bestuurlijk overleg. Leidt dat niet tot een oplossing, "
                   "dan kan ieder van hen het geschil voorleggen aan de Commissie van Deskundigen als bedoeld in de "
                   "Woningwet."),
]

SIGNATORIES = lambda y: [
    ("Gemeente Korenwolde", WETHOUDER[y], "wethouder Wonen"),
    (WG, "ir. J.P. Brouwers", "directeur-bestuurder"),
    (PR, "drs. E. Schuttevaer", "bestuurder"),
    (HK, "A. Demir" if y < 2025 else "L. van der Wiel", "voorzitter"),
    (HP, "H. Tjallingii", "voorzitter"),
]

BEGRIPPEN = [
    ("Gespikkeld bezit", "Huurwoningen van een corporatie in een complex of straat waar ook koopwoningen staan."),
    ("Liberalisatiegrens", "De huurprijsgrens waarboven een woning niet meer tot de sociale huur behoort; het "
                           "Rijk indexeert deze grens jaarlijks."),
    ("Nultredenwoning", "Een woning waarin de belangrijkste vertrekken zonder traplopen bereikbaar zijn."),
    ("Passend toewijzen", "De wettelijke plicht om huishoudens met recht op huurtoeslag een woning toe te wijzen "
                          "met een huur onder de aftoppingsgrens."),
    ("Vergunninghouder", "Een asielzoeker met een verblijfsvergunning die door een gemeente moet worden "
                         "gehuisvest."),
    ("Wijkuitvoeringsplan", "Het plan waarin per wijk wordt uitgewerkt hoe en wanneer de wijk aardgasvrij wordt."),
]

# ---------------------------------------------------------------------------------------------
# Raadsinformatiebrief (kennisgeving) on the 2025 agreement
# ---------------------------------------------------------------------------------------------
KG_BLOCKS = [
    (WG, [
        ("b-huur-woongoed", V("De gemiddelde huurverhoging van Woongoed blijft per 1 juli 2025 maximaal gelijk aan "
                              "de inflatie.", BB,
                              F(["corporatie"], "firm", [], D(2025, "per 1 juli 2025"), rec=True))),
        ("b-verkoop-woongoed", V("Woongoed verkoopt in 2025 ten hoogste 15 sociale huurwoningen en liberaliseert "
                                 "geen woningen.", BB,
                                 F(["corporatie"], "firm", [Q(15, "woningen", "max"), Q(0, "woningen", "exact")],
                                   D(2025, "in 2025"), rec=True))),
        ("c-isolatie-woongoed", V("Woongoed isoleert in 2025 ten minste 150 woningen.", DK,
                                  F(["corporatie"], "firm", [Q(150, "woningen", "min")], D(2025, "in 2025"),
                                    rec=True))),
        ("nb-kerkbuurt", V("De 24 verouderde eengezinswoningen aan de Kerkbuurt worden vervangen door 40 "
                           "nultredenwoningen, met oplevering medio 2026.", BB,
                           F(["corporatie"], "firm", [Q(24, "woningen"), Q(40, "woningen")], D(2026, "medio 2026")),
                           themes=[BB, KW])),
        ("nb-zwanewaard", V("Woongoed bouwt 12 levensloopbestendige huurwoningen op het voormalige schoolterrein in "
                            "Zwanewaard.", BB, F(["corporatie"], "firm", [Q(12, "woningen")]))),
        ("d-vocht-schimmel", V("Meldingen van vocht en schimmel worden binnen drie werkdagen met een inspectie aan "
                               "huis opgepakt.", KW, F(["corporatie"], "firm", [Q(3, "dagen", "max")]))),
    ]),
    (PR, [
        ("b-huurbevriezing-efg", V("Huurders van Polderrand Wonen met een woning met energielabel D, E, F of G "
                                   "krijgen per 1 juli 2025 geen huurverhoging.", BB,
                                   F(["corporatie"], "firm", [Q(0, "%", "exact")], D(2025, "per 1 juli 2025"),
                                     rec=True))),
        ("nb-gors", V("Polderrand Wonen bouwt 30 sociale huurwoningen in De Gors; de oplevering is voorzien in het "
                      "eerste kwartaal van 2026.", BB,
                      F(["corporatie"], "firm", [Q(30, "woningen")], D(2026, "in het eerste kwartaal van 2026")))),
        ("nb-flexwonen", V("Aan de Stationsweg plaatst Polderrand Wonen 16 tijdelijke woningen voor spoedzoekers en "
                           "starters, naar verwachting gereed in het tweede kwartaal van 2025.", BB,
                           F(["corporatie"], "firm", [Q(16, "woningen")],
                             D(2025, "in het tweede kwartaal van 2025")))),
        ("c-hybride-polderrand", V("In drie complexen in Oudeveer krijgen de grondgebonden woningen een hybride "
                                   "warmtepomp.", DK, F(["corporatie"], "firm", [Q(3, "complexen")]))),
        ("c-zonnepanelen-polderrand", V("Polderrand Wonen plaatst in 2025 zonnepanelen op 200 woningen, mits "
                                        "huurders instemmen en de netbeheerder de aansluiting toestaat.", DK,
                                        F(["corporatie"], "firm", [Q(200, "woningen")], D(2025, "in 2025"),
                                          rec=True, cond=["mits huurders instemmen en de netbeheerder de "
                                                          "aansluiting toestaat"]))),
    ]),
    ("Gezamenlijke afspraken", [
        ("c-geen-efg", V("Eind 2026 hebben beide corporaties in Korenwolde geen woningen met energielabel E, F of G "
                         "meer.", DK, F(["corporatie"], "firm", [Q(0, "woningen", "max")], D(2026, "eind 2026")))),
        ("c-energiefonds", V("De corporaties dragen ieder € 15.000 bij aan het Energiefonds Korenwolde, dat door de "
                             "gemeente wordt uitgevoerd.", DK,
                             F(["corporatie", "gemeente"], "firm", [Q(15000, "euro")]))),
        ("f-volkshuisvestingsprogramma", V("De gemeente stelt in 2025 een volkshuisvestingsprogramma op, zodra de "
                                           "Wet versterking regie volkshuisvesting in werking is getreden.", OV,
                                           F(["gemeente"], "firm", [], D(2025, "in 2025"),
                                             cond=["zodra de Wet versterking regie volkshuisvesting in werking is "
                                                   "getreden"]), themes=[OV, BB])),
    ]),
]
