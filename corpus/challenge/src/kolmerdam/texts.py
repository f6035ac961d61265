# -*- coding: utf-8 -*-
"""Context text (not afspraken) of the kolmerdam documents, per year."""


def intro(y):
    return [
        (None, [
            "Voor u liggen de prestatieafspraken voor %d tussen de gemeente Kolmerdam, Woonstichting Kolmerhof, "
            "Wooncorporatie Vlietzicht en het Huurdersplatform Kolmerdam. Deze afspraken zijn tot stand gekomen in het "
            "tripartiete overleg dat in de periode van juli tot en met november %d is gevoerd, op basis van de biedingen "
            "die beide corporaties vóór 1 juli %d hebben uitgebracht." % (y, y - 1, y - 1),
        ]),
        ("1.1 Beleidscontext", [
            "De woonvisie Thuis in Kolmerdam, die de gemeenteraad in 2023 heeft vastgesteld, vormt het kader voor deze "
            "afspraken. Daarnaast werken de afspraken de regionale woondeal van de regio Kolmerdal uit, waarin de "
            "gemeenten met het Rijk hebben vastgelegd hoeveel betaalbare woningen tot en met 2030 worden toegevoegd. "
            "Ook de Nationale Prestatieafspraken, waarin onder meer is opgenomen dat eind 2028 geen corporatiewoningen "
            "met een E-, F- of G-label meer bestaan, zijn richtinggevend geweest.",
            "De opgave in Kolmerdam is onverminderd groot. De wachtlijst voor een sociale huurwoning is het afgelopen jaar "
            "verder opgelopen, terwijl de bouwkosten en de rente de investeringsruimte van de corporaties onder druk "
            "zetten. Partijen hebben daarom bij het maken van deze afspraken scherpe keuzes gemaakt."
            + (" Ten opzichte van vorig jaar is een aantal afspraken aangepast aan de gewijzigde financiële "
               "situatie van de corporaties." if y > 2025 else ""),
        ]),
        ("1.2 Leeswijzer", [
            "Hoofdstuk 2 blikt terug op het afgelopen jaar. In de hoofdstukken 3 tot en met 8 staan de afspraken per "
            "thema. Iedere afspraak heeft een nummer en een korte titel; de inhoudsopgave geeft een overzicht van alle "
            "afspraken. Waar in een afspraak over de corporaties wordt gesproken, worden Kolmerhof en Vlietzicht "
            "gezamenlijk bedoeld. Hoofdstuk 9 bevat de slotbepalingen en hoofdstuk 10 de ondertekening.",
            "Dit document is een conceptversie die ter informatie aan de gemeenteraad wordt gezonden. Aan de tekst "
            "kunnen geen rechten worden ontleend totdat partijen de afspraken hebben ondertekend.",
        ]),
    ]


TB = {
    2025: ["In 2024 zijn 118 nieuwe sociale huurwoningen opgeleverd, waarvan 72 in de eerste fase van Molenakker-Zuid. "
           "Dat waren er 22 minder dan afgesproken, doordat de start van de bouw van de tweede fase door bezwaren "
           "enkele maanden vertraging opliep.",
           "De corporaties hebben in 2024 in totaal 231 woningen verduurzaamd. Het aantal woningen met een E-, F- of "
           "G-label daalde daarmee naar 164. De taakstelling voor de huisvesting van vergunninghouders werd voor 94% "
           "gerealiseerd; de achterstand is in het eerste kwartaal van 2025 ingelopen."],
    2026: ["In 2025 zijn 131 nieuwe sociale huurwoningen opgeleverd, 9 minder dan de afgesproken 140. De tweede fase "
           "van Molenakker-Zuid is in oktober gestart. Het onderzoek naar de kazernelocatie aan de Kolmerweg is "
           "afgerond en was positief.",
           "In 2025 werden 268 woningen verduurzaamd en zijn er nog 96 woningen met een E-, F- of G-label over. De "
           "woonzorgvisie is niet in 2025 vastgesteld, omdat de behoefteraming meer tijd vergde dan voorzien. Er vonden "
           "in 2025 vijf ontruimingen plaats wegens huurachterstand."],
    2027: ["In 2026 zijn 104 nieuwe sociale huurwoningen opgeleverd. Van de 60 te labelen seniorenwoningen waren er "
           "eind september 35 gelabeld. De gemeenteraad heeft in maart 2026 de herijkte transitievisie warmte "
           "vastgesteld en in juni de woonzorgvisie.",
           "De corporaties hebben in 2026 295 woningen verduurzaamd. Het complex Vlietstaete is in mei 2026 op het "
           "warmtenet aangesloten, nadat 81% van de bewoners had ingestemd. Het aantal ontruimingen bleef met zeven "
           "onder het afgesproken maximum."],
}


def terugblik(y):
    return TB[y]


KC = {
    2025: [("Sociale huurwoningen (1 januari)", "6.412", "6.498"), ("Opgeleverde nieuwbouw", "97", "118"),
           ("Gemiddelde inschrijfduur bij toewijzing (jaren)", "5,4", "5,7"), ("Woningen met label E, F of G", "251", "164"),
           ("Huishoudens met huurachterstand > 2 maanden", "143", "128"), ("Ontruimingen", "7", "6")],
    2026: [("Sociale huurwoningen (1 januari)", "6.498", "6.611"), ("Opgeleverde nieuwbouw", "118", "131"),
           ("Gemiddelde inschrijfduur bij toewijzing (jaren)", "5,7", "5,5"), ("Woningen met label E, F of G", "164", "96"),
           ("Huishoudens met huurachterstand > 2 maanden", "128", "117"), ("Ontruimingen", "6", "5")],
    2027: [("Sociale huurwoningen (1 januari)", "6.611", "6.702"), ("Opgeleverde nieuwbouw", "131", "104"),
           ("Gemiddelde inschrijfduur bij toewijzing (jaren)", "5,5", "5,6"), ("Woningen met label E, F of G", "96", "41"),
           ("Huishoudens met huurachterstand > 2 maanden", "117", "122"), ("Ontruimingen", "5", "7")],
}


def kerncijfers(y):
    return [("Indicator", str(y - 2), str(y - 1))] + [tuple(r) for r in KC[y]]


CTX = {
    3: ["Kolmerdam heeft een tekort aan betaalbare woningen. In de woonvisie is het doel opgenomen dat het aandeel "
        "sociale huur in de totale voorraad niet onder de 32% zakt. Voor nieuwbouw is de gemeente afhankelijk van "
        "beschikbare locaties en van de investeringsruimte van de corporaties."],
    4: ["Steeds meer inwoners met een zorg- of ondersteuningsvraag wonen zelfstandig. Dat vraagt om geschikte "
        "woningen, maar ook om een goede samenwerking tussen de corporaties, de gemeente en zorg- en welzijnspartijen."],
    5: ["De corporaties hebben in hun portefeuilleplannen de route naar een CO2-arm woningbezit in 2050 vastgelegd. "
        "Bij het verduurzamen staat voor partijen voorop dat de woonlasten van huurders niet stijgen."],
    6: ["Huurders moeten kunnen rekenen op een gezonde en veilige woning. De afgelopen jaren is het aantal meldingen "
        "over vocht en schimmel toegenomen, mede door hogere energieprijzen en minder ventileren."],
    7: ["In een aantal buurten staat de leefbaarheid onder druk. De Leefbaarometer laat voor delen van Vlietpolder en "
        "De Dreven een score zien die onder het gemeentelijk gemiddelde ligt."],
    8: ["Een goede samenwerking tussen de drie partijen is een voorwaarde voor het nakomen van deze afspraken. "
        "Partijen komen daarvoor ten minste vier keer per jaar bijeen in het ambtelijk overleg."],
}


def context(y, ch):
    out = list(CTX[ch])
    if ch == 7 and y > 2025:
        out = ["Het hoofdstuk over leefbaarheid heeft dit jaar een nieuwe titel gekregen, omdat partijen meer nadruk "
               "willen leggen op ontmoeting en het gevoel van thuis zijn in de eigen buurt."] + out
    return out


def slot(y):
    r = [("Looptijd", "Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken die een "
          "langere looptijd hebben, blijven van kracht totdat zij in een volgende jaarafspraak worden gewijzigd." % (y, y)),
         ("Wijzigingen", "Wanneer omstandigheden daartoe aanleiding geven, kan iedere partij voorstellen de afspraken "
          "tussentijds te wijzigen. Een wijziging wordt schriftelijk vastgelegd en door alle partijen ondertekend.")]
    if y == 2025:
        r.append(("Geschillen", "Bij geschillen over de uitvoering van deze afspraken treden partijen eerst met elkaar in "
                  "overleg. Desgewenst kan een geschil worden voorgelegd aan de Minister, zoals de Woningwet voorziet."))
    r.append(("Openbaarheid", "Na ondertekening worden de afspraken gepubliceerd op de websites van de gemeente en de "
              "corporaties en ter kennisname aan de gemeenteraad gezonden."))
    return r


SIGN = {2025: "12 december 2024", 2026: "11 december 2025", 2027: "10 december 2026"}


def aldus(y):
    return "Aldus overeengekomen en ondertekend te Kolmerdam op %s." % SIGN[y]


def signatures(y):
    wh = "drs. P.J. van Reeuwijk" if y < 2027 else "mr. A.C. Hoefnagel"
    return [("Gemeente Kolmerdam\n\n\n__________________________\n%s\nwethouder Wonen" % wh,
             "Woonstichting Kolmerhof\n\n\n__________________________\nir. M.E. Stoutjesdijk\ndirecteur-bestuurder"),
            ("Wooncorporatie Vlietzicht\n\n\n__________________________\nE.W. Baarsma MBA\nbestuurder",
             "Huurdersplatform Kolmerdam\n\n\n__________________________\nJ. Oudejans-Pieterse\nvoorzitter")]


def bijlagen(y):
    return ["Bijlage 1: Nieuwbouwprogramma %d-%d per project" % (y, y + 4),
            "Bijlage 2: Monitor prestatieafspraken %d (stand per 1 oktober %d)" % (y - 1, y - 1),
            "Bijlage 3: Inkomensgrenzen en huurgrenzen, prijspeil %d" % y,
            "Bijlage 4: Begrippenlijst"]
