# -*- coding: utf-8 -*-
"""Non-afspraak text of the Lierbeek jaarschijven (context, terugblik, closing)."""
import data

TERUG = {  # figures of the terugblik on the previous year
    2025: dict(opl=48, ver=19, efg=61, vh=29, uitz=6, wacht="3,9", achter="1,4"),
    2026: dict(opl=55, ver=12, efg=21, vh=36, uitz=4, wacht="3,6", achter="1,2"),
    2027: dict(opl=35, ver=8, efg=0, vh=43, uitz=3, wacht="3,8", achter="1,1"),
}
KERN = {
    2025: ("2024", "4.312", "2.977", "3,9 jaar", "1,4%", "61"),
    2026: ("2025", "4.351", "2.994", "3,6 jaar", "1,2%", "21"),
    2027: ("2026", "4.378", "3.011", "3,8 jaar", "1,1%", "0"),
}


def W(t, s="n"):
    return [(w, s) for w in t.split()]


def context_blocks(year, part):
    prev = year - 1
    rev = year > 2025
    t = TERUG[year]
    if part == "leeswijzer":
        out = [("h2", "Leeswijzer")]
        out.append(("p", "Dit document is de jaarschijf %d van de Prestatieafspraken Lierbeek 2025-2027. De "
                         "meerjarige ambities uit de kaderafspraken blijven van kracht; in deze jaarschijf zijn de "
                         "afspraken voor het jaar %d uitgewerkt en waar nodig geactualiseerd. De afspraken zijn "
                         "doorlopend genummerd en per thema gegroepeerd. Toelichtende tekst bij de hoofdstukken "
                         "maakt geen deel uit van de afspraken." % (year, year)))
        if rev:
            out.append(("p", W("Wijzigingen ten opzichte van de jaarschijf %d zijn in deze versie gemarkeerd. "
                               "Vervallen tekst is rood doorgehaald, zoals" % prev)
                        + W("dit voorbeeld,", "d") + W("en toegevoegde tekst is blauw onderstreept, zoals")
                        + W("dit voorbeeld.", "i")
                        + W("Een afspraak die in haar geheel is doorgehaald, is met ingang van %d vervallen; een "
                            "geheel onderstreepte afspraak is nieuw. Na vaststelling wordt een schone versie "
                            "gepubliceerd op de websites van partijen." % year)))
        return out
    if part == "inleiding":
        out = [("p", "De gemeente Lierbeek, Woonstichting De Lierstroom en de huurdersorganisaties Huurdersvereniging "
                     "De Kolk en Huurdersbelang Lierbeek-Noord werken sinds 2016 samen op basis van prestatieafspraken "
                     "als bedoeld in artikel 44 van de Woningwet. In 2024 zijn voor de periode 2025-2027 "
                     "kaderafspraken gemaakt, die jaarlijks worden uitgewerkt in een jaarschijf. De Woonvisie "
                     "Lierbeek 2030, de regionale woondeal en de Nationale Prestatieafspraken vormen daarbij het "
                     "vertrekpunt."),
               ("p", "Het bod dat De Lierstroom op 28 juni %d heeft uitgebracht, is in drie tripartiete "
                     "werksessies besproken. De huurdersorganisaties hebben daarbij in het bijzonder aandacht "
                     "gevraagd voor de betaalbaarheid van de woonlasten en voor de kwaliteit van de oudere "
                     "portiekflats." % prev),
               ("h2", "Terugblik op %d" % prev),
               ("p", "In %d zijn %d nieuwe sociale huurwoningen opgeleverd en zijn %d huurwoningen verkocht. Het "
                     "aantal woningen met energielabel E, F of G daalde tot %d. Er werden %d vergunninghouders "
                     "gehuisvest en het aantal huisuitzettingen wegens huurachterstand bleef beperkt tot %d. De "
                     "gemiddelde inschrijfduur van woningzoekenden bij toewijzing bedroeg %s jaar."
                % (prev, t["opl"], t["ver"], t["efg"], t["vh"], t["uitz"], t["wacht"])),
               ("h2", "Kerncijfers"),
               ("table", [["Indicator", "Stand eind %s" % KERN[year][0]],
                          ["Woningen De Lierstroom in Lierbeek", KERN[year][1]],
                          ["waarvan sociale huur", KERN[year][2]],
                          ["Gemiddelde inschrijfduur bij toewijzing", KERN[year][3]],
                          ["Huurachterstand (% van jaarhuur)", KERN[year][4]],
                          ["Woningen met label E, F of G", KERN[year][5]]], [270, 130])]
        return out
    intro = {
        "ch1": "De vraag naar betaalbare huurwoningen in Lierbeek is onverminderd groot. De woningmarktanalyse uit de "
               "Woonvisie Lierbeek 2030 gaat uit van een extra behoefte van circa 450 sociale huurwoningen tot "
               "2030. Naast nieuwbouw is een goede verdeling van de bestaande voorraad van belang, evenals "
               "aandacht voor huurders die moeite hebben hun woonlasten te betalen.",
        "ch2": "Partijen willen de woningvoorraad in lijn met de landelijke doelen verduurzamen, zonder dat de "
               "woonlasten van huurders daardoor stijgen. De aanpak is gebaseerd op de wijkuitvoeringsplannen uit "
               "de Transitievisie Warmte en het duurzaamheidsprogramma van De Lierstroom.",
        "ch3": "Huurders moeten kunnen rekenen op een veilige, gezonde en goed onderhouden woning. Het aantal "
               "meldingen van vocht en schimmel is de afgelopen jaren toegenomen; tegelijk groeit het aantal "
               "ouderen dat langer zelfstandig blijft wonen.",
        "ch4": "In Molenkamp en Lierhoven staat de leefbaarheid onder druk. Partijen werken samen met het "
               "sociaal wijkteam, de politie en zorgaanbieders om problemen vroeg te signaleren en bewoners te "
               "ondersteunen bij eigen initiatieven.",
        "ch5": "Goede afspraken vragen om een zorgvuldig proces. In dit hoofdstuk staan de afspraken over "
               "monitoring, de jaarlijkse cyclus van bod en jaarschijf en de ondersteuning van de "
               "huurdersorganisaties.",
    }
    if part in intro:
        return [("p", intro[part])]
    return []


def closing_blocks(year, part):
    if part == "slot":
        return [("h2", "Looptijd"),
                ("p", "De kaderafspraken gelden van 1 januari 2025 tot en met 31 december 2027. Deze jaarschijf "
                      "treedt in werking op 1 januari %d en geldt tot en met 31 december %d." % (year, year)),
                ("h2", "Wijzigingen en bijzondere omstandigheden"),
                ("p", "Wanneer wet- of regelgeving, rijksbeleid of de financiële positie van een van de partijen "
                      "wezenlijk verandert, treden partijen met elkaar in overleg over aanpassing van de afspraken. "
                      "Investeringen van De Lierstroom vinden plaats binnen de kaders van haar financiële "
                      "meerjarenbegroting en na goedkeuring door de raad van commissarissen.")]
    if part == "onder":
        return [("p", "Aldus overeengekomen en ondertekend te Lierbeek op %d december %d." %
                 (12 if year != 2026 else 10, year - 1)),
                ("space", 6),
                ("sig", [("Gemeente Lierbeek", "M.J. (Marieke) Verhoeff", "wethouder Wonen"),
                         (data.CORP, "drs. H. (Hendrik) van Assendelft", "directeur-bestuurder"),
                         (data.HO[0], "A. (Anouk) Brinkhorst", "voorzitter"),
                         (data.HO[1], "R. (Rachid) el Khatib", "voorzitter")])]
    if part == "bijlagen":
        return [("bul", ["Bijlage 1 Nieuwbouwprogramma De Lierstroom %d-2030 per project" % year,
                         "Bijlage 2 Monitor prestatieafspraken, stand per 1 oktober %d" % (year - 1),
                         "Bijlage 3 Begrippenlijst"])]
    return []
