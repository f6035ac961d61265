# -*- coding: utf-8 -*-
"""Document structure (headings, context, non-afspraak lists, tables) of the zandmere family.

Block types:
  ("h1", title) / ("h2", title)     numbered headings (go into the table of contents)
  ("hx", title)                     unnumbered heading (Ondertekening, Bijlagen)
  ("p", text)                       context paragraph
  ("facts", lead, [items])          a bulleted list that is NOT afspraken (past facts)
  ("runin", text)                   bold run-in line before the afspraken
  ("afs", [keys])                   bulleted afspraken
  ("table", [[...], ...], widths)   a table (kerncijfers, nieuwbouwprogramma)
  ("sign", date_line, [(party, name, function), ...])
  ("list", [items])                 plain list (bijlagen)
  ("break",)                        page break
"""

PARTIES_2025 = [
    ("Gemeente Zandmere", "R.C. Ammerlaan", "wethouder Wonen en Ruimte"),
    ("Heidezoom Wonen", "ir. T.J. Schuttevaer", "directeur-bestuurder"),
    ("Huurdersbelangenvereniging De Zandloper", "G.W. Hofkamp", "voorzitter"),
]
PARTIES_2026 = [
    ("Gemeente Zandmere", "mr. E.L. Vrijdag-Bos", "wethouder Wonen en Ruimte"),
    ("Heidezoom Wonen", "ir. T.J. Schuttevaer", "directeur-bestuurder"),
    ("Huurdersbelangenvereniging De Zandloper", "G.W. Hofkamp", "voorzitter"),
]


def agreement_2025():
    return [
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Aanleiding"),
        ("p", "De gemeente Zandmere, Heidezoom Wonen en Huurdersbelangenvereniging De Zandloper leggen in dit "
              "document de prestatieafspraken voor het jaar 2025 vast. De afspraken zijn tot stand gekomen op "
              "basis van de woonvisie Thuis in Zandmere 2021-2025, het bod dat Heidezoom Wonen in juni 2024 heeft "
              "uitgebracht en een reeks tripartiete gesprekken die in het najaar van 2024 zijn gevoerd. Volgens "
              "de Woningwet draagt de corporatie naar redelijkheid bij aan het volkshuisvestingsbeleid van de "
              "gemeente; de huurdersorganisatie neemt daarbij als gelijkwaardige partij deel aan het overleg."),
        ("p", "De opgave waarvoor partijen staan, wordt mede bepaald door afspraken op rijks- en regioniveau. In de "
              "Nationale Prestatieafspraken hebben het Rijk, de koepels van corporaties en huurders en de "
              "gemeenten vastgelegd dat de sociale huurvoorraad moet groeien, dat de huren betaalbaar blijven en "
              "dat uiterlijk in 2028 geen woningen met een E-, F- of G-label meer worden verhuurd. De regionale "
              "Woondeal Zandstreek vertaalt deze ambities naar een bouwopgave van circa 2.400 woningen in de "
              "regio tot en met 2030, waarvan ongeveer een derde sociale huur."),
        ("h2", "1.2 Terugblik op 2024"),
        ("p", "Het afgelopen jaar stond in het teken van de bouw van nieuwe woningen en de verduurzaming van het "
              "bestaande bezit. Heidezoom Wonen leverde in 2024 46 sociale huurwoningen op, waaronder de eerste "
              "fase van Kwartelveld. Daarnaast werden 132 woningen in De Brink geïsoleerd en daalde het aantal "
              "woningen met een E-, F- of G-label tot 86. De gemiddelde inschrijfduur van woningzoekenden die een "
              "woning kregen toegewezen, liep op tot 4,2 jaar. In de tabel hieronder zijn de belangrijkste "
              "kerncijfers samengevat."),
        ("table", [["Kerncijfer", "2023", "2024"],
                   ["Sociale huurwoningen Heidezoom Wonen in Zandmere", "3.912", "3.947"],
                   ["Opgeleverde nieuwbouw", "58", "46"],
                   ["Verkochte woningen", "11", "9"],
                   ["Gemiddelde inschrijfduur bij toewijzing (jaar)", "3,9", "4,2"],
                   ["Woningen met label E, F of G", "161", "86"],
                   ["Huishoudens met huurachterstand > 2 maanden", "74", "61"],
                   ["Huisuitzettingen wegens huurachterstand", "5", "4"]],
         [300, 70, 70]),
        ("p", "De monitor over 2024, die in bijlage 2 is opgenomen, laat zien dat het merendeel van de afspraken "
              "is nagekomen. De transformatie van het kantoorpand aan de Stationsweg en de aansluiting van "
              "woningen op een warmtenet bleken meer tijd te vragen dan partijen vooraf hadden verwacht."),
        ("h2", "1.3 Leeswijzer"),
        ("p", "De hoofdstukken 2 tot en met 6 volgen de thema's van de woonvisie. Iedere paragraaf opent met een "
              "korte toelichting op de achtergrond en de cijfers; daarna volgen onder het kopje 'Wat spreken we "
              "af?' de concrete afspraken. Alleen deze afspraken worden in de monitor gevolgd. Hoofdstuk 7 "
              "beschrijft de wijze waarop partijen samenwerken en de afspraken bewaken."),
        ("break",),
        ("h1", "2 Beschikbaarheid van sociale huurwoningen"),
        ("h2", "2.1 Nieuwbouw en woningvoorraad"),
        ("p", "De vraag naar sociale huurwoningen in Zandmere is de afgelopen jaren sterk gestegen, onder meer door "
              "de groei van het aantal eenpersoonshuishoudens en de huisvesting van vergunninghouders. De "
              "woonvisie gaat uit van een groei van de sociale voorraad met ten minste 300 woningen in de periode "
              "tot en met 2030. Heidezoom Wonen bezit ongeveer 85% van de sociale huurwoningen in de gemeente en "
              "is daarmee de belangrijkste partner bij deze opgave."),
        ("p", "De gemeente heeft in 2024 een versnellingsteam woningbouw ingesteld dat vergunningsprocedures "
              "begeleidt en knelpunten bij netcongestie en stikstof tijdig signaleert. Voor de periode 2025-2027 "
              "is in de Woondeal Zandstreek een regionaal budget beschikbaar voor tijdelijke woningen, waarop de "
              "gemeente en Heidezoom Wonen samen aanspraak willen maken."),
        ("facts", "Ontwikkelingen in 2024:",
         ["de eerste fase van Kwartelveld werd met 32 woningen opgeleverd;",
          "de gemeenteraad stelde het bestemmingsplan voor de Molenkade vast;",
          "de sloop van 18 verouderde woningen aan de Vlasakker werd afgerond."]),
        ("runin", "Wat spreken we af?"),
        ("afs", ["nieuwbouw-sociaal", "flexwoningen-locatie", "sociaal-aandeel-nieuwbouw", "verkoop-liberalisatie",
                 "transformatie-stationsweg"]),
        ("h2", "2.2 Woningtoewijzing en doorstroming"),
        ("p", "Sociale huurwoningen worden in Zandmere verdeeld via het regionale woonruimteverdeelsysteem van de "
              "Zandstreek. Omdat er weinig woningen vrijkomen, is het bevorderen van doorstroming van groot "
              "belang. Veel senioren wonen in een eengezinswoning die zij zouden willen verruilen voor een "
              "gelijkvloerse woning, mits de huurprijs en de verhuiskosten geen belemmering vormen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["van-groot-naar-beter", "urgentie-voorrang"]),
        ("h2", "2.3 Huisvesting van bijzondere doelgroepen"),
        ("p", "De gemeente heeft de wettelijke taak om vergunninghouders te huisvesten volgens de taakstelling die "
              "het Rijk halfjaarlijks bepaalt. Daarnaast stromen steeds meer mensen uit beschermd wonen en "
              "maatschappelijke opvang uit naar een zelfstandige woning. Een goede verdeling van deze opgave over "
              "de wijken en passende begeleiding zijn voorwaarden om dat verantwoord te laten verlopen."),
        ("runin", "Afspraken:"),
        ("afs", ["statushouders", "uitstroom-beschermd-wonen", "woonwagenbeleid"]),
        ("h1", "3 Betaalbaarheid"),
        ("h2", "3.1 Huurbeleid"),
        ("p", "De betaalbaarheid van het wonen staat onder druk door gestegen energieprijzen en de hogere kosten "
              "van levensonderhoud. Het Rijk stelt jaarlijks de maximale huurverhoging en de inkomensgrenzen vast; "
              "binnen die kaders bepaalt Heidezoom Wonen haar huurbeleid, na advies van de "
              "huurdersbelangenvereniging. Ongeveer 62% van de huurders van Heidezoom Wonen in Zandmere ontvangt "
              "huurtoeslag."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["huurverhoging", "huurbevriezing-efg", "huurverlaging-laag-inkomen", "huurbeleid-advies",
                 "huurtoeslagcheck", "servicekosten-gesprek"]),
        ("h2", "3.2 Huurachterstanden en schulden"),
        ("p", "Huurachterstanden zijn vaak een eerste signaal van bredere financiële problemen. Hoe eerder "
              "huurders in beeld komen, hoe groter de kans dat een huisuitzetting kan worden voorkomen. In 2024 "
              "had een op de vijfenzestig huishoudens een achterstand van meer dan twee maanden."),
        ("p", "Sinds 2023 werken de gemeente en Heidezoom Wonen samen in het convenant vroegsignalering, waarin "
              "ook energieleveranciers en zorgverzekeraars signalen doorgeven aan het team Vroegsignalering."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["vroegsignalering", "huisuitzettingen", "schuldhulp-budget"]),
        ("h1", "4 Duurzaamheid en energietransitie"),
        ("h2", "4.1 Verduurzaming van het woningbezit"),
        ("p", "Heidezoom Wonen heeft in de afgelopen vijf jaar ruim 1.100 woningen verbeterd. De gemiddelde "
              "energie-index van het bezit daalde daardoor van 1,62 naar 1,31. De resterende opgave zit vooral in "
              "de naoorlogse eengezinswoningen in De Brink en Heideveld, waar isolatie en ventilatie tegelijk "
              "moeten worden aangepakt om vocht en schimmel te voorkomen. In 2024 is daarnaast een proef gestart "
              "met isolatie vanaf de binnenzijde, zodat bewoners tijdens de werkzaamheden in hun woning kunnen "
              "blijven."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["labels-efg", "gemiddeld-label", "na-isolatie", "zonnepanelen"]),
        ("h2", "4.2 Warmte, energiearmoede en klimaatadaptatie"),
        ("p", "In de Transitievisie Warmte heeft de gemeente de buurten rond het Kerkplein aangewezen als eerste "
              "gebied dat van het aardgas gaat. Een warmtenet op basis van restwarmte van de nabijgelegen "
              "zuivelfabriek ligt daar het meest voor de hand. Tegelijk hebben veel huishoudens moeite om hun "
              "energierekening te betalen en vragen hevige buien en hittegolven om aanpassingen in de "
              "buitenruimte."),
        ("facts", "Ontwikkelingen in 2024:",
         ["de gemeente ontving een rijksbijdrage voor de aanleg van het hoofdnet rond het Kerkplein;",
          "ruim 400 huishoudens maakten gebruik van een energiebox of een huisbezoek van een energiecoach;",
          "in Heideveld werden twee speelplekken vergroend."]),
        ("runin", "Wat spreken we af?"),
        ("afs", ["warmtenet-kerkplein", "transitievisie-warmte", "energiecoaches", "klimaatadaptatie"]),
        ("h1", "5 Kwaliteit en wonen met zorg"),
        ("h2", "5.1 Onderhoud en woningkwaliteit"),
        ("p", "Huurders mogen erop rekenen dat hun woning veilig, gezond en goed onderhouden is. Het aantal "
              "meldingen van vocht en schimmel nam in 2024 toe tot 212, vooral in woningen die nog niet zijn "
              "geïsoleerd. De huurdersbelangenvereniging heeft gevraagd om snellere opvolging van die meldingen "
              "en om meer inzicht in de planning van het onderhoud."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "brandveiligheidsscan"]),
        ("h2", "5.2 Wonen met zorg"),
        ("p", "Het aantal inwoners van 75 jaar en ouder in Zandmere verdubbelt naar verwachting tot 2040. Zij "
              "blijven steeds langer zelfstandig wonen, vaak met ondersteuning uit de Wmo. Dat vraagt om "
              "geschikte woningen dicht bij voorzieningen en om een goede afstemming tussen gemeente en "
              "corporatie bij woningaanpassingen."),
        ("runin", "Afspraken:"),
        ("afs", ["woningaanpassingen-wmo", "nultredenwoningen"]),
        ("h1", "6 Leefbaarheid"),
        ("h2", "6.1 Wijken en buurten"),
        ("p", "De leefbaarheid in de meeste buurten van Zandmere is goed, maar in delen van De Brink en Heideveld "
              "staat zij onder druk. In de Leefbaarometer scoren deze buurten onder het gemeentelijk gemiddelde. "
              "Zichtbare aanwezigheid van wijkbeheerders en snelle opvolging van overlast dragen volgens bewoners "
              "het meest bij aan een prettige woonomgeving."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["leefbaarheidsbudget", "wijkbeheerders", "woonoverlast"]),
        ("h2", "6.2 Kwetsbare huurders"),
        ("p", "Door de uitstroom uit instellingen en het langer zelfstandig wonen van ouderen wonen er meer "
              "kwetsbare huurders in de wijken. Partijen vinden het belangrijk dat deze huurders de begeleiding "
              "krijgen die zij nodig hebben en dat buren weten waar zij terechtkunnen met zorgen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["zachte-landing"]),
        ("h1", "7 Samenwerking en proces"),
        ("h2", "7.1 Overleg en monitoring"),
        ("p", "Partijen komen vier keer per jaar bijeen in het tripartiete overleg, waarin de wethouder, de "
              "directeur-bestuurder van Heidezoom Wonen en het bestuur van de huurdersbelangenvereniging zitting "
              "hebben. Ambtelijk wordt het overleg voorbereid door een werkgroep met een vertegenwoordiger van "
              "iedere partij."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["monitoring", "ondersteuning-hbv", "bod-procedure", "woonvisie-evaluatie"]),
        ("h2", "7.2 Looptijd, wijzigingen en geschillen"),
        ("p", "Deze prestatieafspraken gelden van 1 januari 2025 tot en met 31 december 2025. Wanneer de "
              "omstandigheden daartoe aanleiding geven, kan iedere partij voorstellen de afspraken tussentijds te "
              "wijzigen; een wijziging wordt schriftelijk vastgelegd en door alle partijen ondertekend. Afspraken "
              "die in 2025 niet zijn afgerond, worden betrokken bij het opstellen van de afspraken voor 2026."),
        ("runin", "Afspraak:"),
        ("afs", ["geschillen"]),
        ("hx", "Ondertekening"),
        ("sign", "Aldus overeengekomen en ondertekend te Zandmere op 12 december 2024.", PARTIES_2025),
        ("hx", "Bijlagen"),
        ("list", ["Bijlage 1  Nieuwbouwprogramma Heidezoom Wonen 2025-2029",
                  "Bijlage 2  Monitor prestatieafspraken 2024",
                  "Bijlage 3  Begrippenlijst"]),
        ("break",),
        ("hx", "Bijlage 1  Nieuwbouwprogramma Heidezoom Wonen 2025-2029"),
        ("table", [["Project", "Wijk", "Aantal", "Type", "Oplevering"],
                   ["Kwartelveld fase 1b", "Kwartelveld", "40", "eengezins en appartement", "2025"],
                   ["Molenkade", "Centrum", "24", "appartement", "2025"],
                   ["Kwartelveld fase 2", "Kwartelveld", "36", "eengezins", "2026"],
                   ["Oude Veiling", "Heideveld", "28", "appartement", "2026-2027"],
                   ["Stationsweg (transformatie)", "Centrum", "ca. 20", "studio", "nog onbekend"],
                   ["Vlasakker herontwikkeling", "De Brink", "45", "levensloopbestendig", "2028-2029"]],
         [130, 80, 50, 130, 80]),
        ("p", "Bijlage 2 (monitor 2024) en bijlage 3 (begrippenlijst) zijn als afzonderlijke documenten "
              "beschikbaar via de website van Heidezoom Wonen."),
    ]


def agreement_2026():
    return [
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Aanleiding"),
        ("p", "Met dit document leggen de gemeente Zandmere, Heidezoom Wonen en Huurdersbelangenvereniging De "
              "Zandloper de prestatieafspraken voor 2026 vast. Omdat de looptijd van de woonvisie Thuis in "
              "Zandmere in 2025 is verstreken en de nieuwe woonvisie nog in voorbereiding is, hebben partijen de "
              "afspraken van 2025 als vertrekpunt genomen en waar nodig bijgesteld op basis van de evaluatie en "
              "de financiële ruimte van de corporatie."),
        ("p", "De landelijke en regionale kaders zijn ongewijzigd: de Nationale Prestatieafspraken en de Woondeal "
              "Zandstreek blijven richtinggevend voor de groei en verduurzaming van de sociale huurvoorraad. Wel "
              "heeft Heidezoom Wonen aangegeven dat de gestegen bouwkosten en de verplichte huurbevriezing van "
              "2024 haar investeringsruimte voor 2026 beperken."),
        ("h2", "1.2 Terugblik op 2025"),
        ("p", "In 2025 leverde Heidezoom Wonen 61 sociale huurwoningen op, drie minder dan was afgesproken omdat "
              "de oplevering van een deel van de Molenkade naar januari 2026 is verschoven. Het aantal woningen "
              "met een E-, F- of G-label daalde van 86 naar 41. De gemeentelijke locatie voor flexwoningen kwam "
              "nog niet beschikbaar, omdat een bezwaarprocedure liep. De kerncijfers staan in de tabel hieronder."),
        ("table", [["Kerncijfer", "2024", "2025"],
                   ["Sociale huurwoningen Heidezoom Wonen in Zandmere", "3.947", "3.996"],
                   ["Opgeleverde nieuwbouw", "46", "61"],
                   ["Verkochte woningen", "9", "7"],
                   ["Gemiddelde inschrijfduur bij toewijzing (jaar)", "4,2", "4,4"],
                   ["Woningen met label E, F of G", "86", "41"],
                   ["Huishoudens met huurachterstand > 2 maanden", "61", "57"],
                   ["Huisuitzettingen wegens huurachterstand", "4", "2"]],
         [300, 70, 70]),
        ("h2", "1.3 Leeswijzer"),
        ("p", "De opbouw van dit document is gelijk aan die van 2025. Per paragraaf staat eerst een toelichting; "
              "de afspraken zelf staan onder het kopje 'Wat spreken we af?'. Ten opzichte van vorig jaar is "
              "hoofdstuk 4 opnieuw ingedeeld en zijn de afspraken over energiearmoede ondergebracht bij "
              "betaalbaarheid in hoofdstuk 3."),
        ("break",),
        ("h1", "2 Beschikbaarheid van sociale huurwoningen"),
        ("h2", "2.1 Nieuwbouw en woningvoorraad"),
        ("p", "De vraag naar sociale huurwoningen blijft groter dan het aanbod. De woonvisie ging uit van een "
              "groei van de sociale voorraad met ten minste 300 woningen tot en met 2030; met de opleveringen van "
              "2024 en 2025 is daarvan ongeveer een derde gerealiseerd. Om de regionale afspraken uit de Woondeal "
              "Zandstreek te halen, willen partijen het aandeel sociale huur in nieuwe plannen verhogen."),
        ("facts", "Ontwikkelingen in 2025:",
         ["de woningen van Kwartelveld fase 1b werden in september opgeleverd;",
          "tegen de vergunning voor de flexwoningen aan de Heikant werd bezwaar aangetekend;",
          "het kantoorpand aan de Stationsweg werd door Heidezoom Wonen aangekocht."]),
        ("runin", "Wat spreken we af?"),
        ("afs", ["sociaal-aandeel-nieuwbouw", "nieuwbouw-sociaal", "flexwoningen-locatie", "verkoop-liberalisatie",
                 "transformatie-stationsweg"]),
        ("h2", "2.2 Woningtoewijzing en doorstroming"),
        ("p", "De gemiddelde inschrijfduur bij toewijzing steeg in 2025 verder tot 4,4 jaar. Partijen zien in de "
              "regeling Van Groot naar Beter een bescheiden maar nuttig middel: in 2025 verhuisden 23 senioren "
              "met deze regeling naar een gelijkvloerse woning, waardoor evenveel eengezinswoningen vrijkwamen "
              "voor gezinnen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["van-groot-naar-beter", "urgentie-voorrang"]),
        ("h2", "2.3 Huisvesting van bijzondere doelgroepen"),
        ("p", "De taakstelling voor de huisvesting van vergunninghouders is voor 2026 iets lager vastgesteld dan "
              "voor 2025. De uitstroom uit beschermd wonen neemt daarentegen toe, omdat de regio de intramurale "
              "capaciteit verder afbouwt. Het woonwagenbeleid is in 2025 door de gemeenteraad vastgesteld; de "
              "uitwerking van de standplaatsen aan de Heikant is opgenomen in het gemeentelijke programma wonen."),
        ("runin", "Afspraken:"),
        ("afs", ["statushouders", "uitstroom-beschermd-wonen"]),
        ("h1", "3 Betaalbaarheid"),
        ("h2", "3.1 Huurbeleid"),
        ("p", "Het Rijk heeft de maximale huurverhoging en de inkomensgrenzen voor 2026 inmiddels bekendgemaakt. "
              "De huurdersbelangenvereniging heeft in haar advies over het huurbeleid gevraagd om een "
              "huurverhoging die duidelijk onder de inflatie blijft en om meer inzicht in de servicekosten. Het "
              "gesprek over de servicekosten in de liftcomplexen is in 2025 gevoerd."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["huurverhoging", "huurbevriezing-efg", "huurtoeslagcheck", "huurverlaging-laag-inkomen",
                 "huurbeleid-advies", "servicekosten-overzicht"]),
        ("h2", "3.2 Huurachterstanden, schulden en energiearmoede"),
        ("p", "Het aantal huishoudens met een huurachterstand van meer dan twee maanden daalde in 2025 licht, en "
              "het aantal huisuitzettingen wegens huurachterstand halveerde tot twee. Partijen willen deze lijn "
              "voortzetten en betrekken daarbij ook de energielasten, omdat een hoge energierekening vaak samengaat "
              "met betalingsproblemen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["vroegsignalering", "huisuitzettingen", "schuldhulp-budget", "energiecoaches"]),
        ("h1", "4 Duurzaamheid en energietransitie"),
        ("h2", "4.1 Energetische verbetering van het bezit"),
        ("p", "Met de verbetering van 45 woningen in 2025 is Heidezoom Wonen goed op weg om in 2026 geen woningen "
              "met een E-, F- of G-label meer te verhuren. Voor de langere termijn heeft de corporatie haar "
              "duurzaamheidsambitie herijkt, omdat de kosten per woning voor verdergaande maatregelen sterk zijn "
              "gestegen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["labels-efg", "gemiddeld-label", "na-isolatie", "zonnepanelen"]),
        ("h2", "4.2 Warmtetransitie"),
        ("p", "De aanleg van het hoofdnet rond het Kerkplein loopt vertraging op doordat de aanbesteding opnieuw "
              "moest worden uitgevoerd. De gemeente verwacht de geactualiseerde Transitievisie Warmte in het "
              "voorjaar van 2026 aan de raad voor te leggen."),
        ("facts", "Ontwikkelingen in 2025:",
         ["de aanbesteding van het warmtenet rond het Kerkplein werd ingetrokken en opnieuw uitgeschreven;",
          "de huurdersbelangenvereniging organiseerde twee informatieavonden over hybride warmtepompen."]),
        ("runin", "Wat spreken we af?"),
        ("afs", ["warmtenet-kerkplein", "transitievisie-warmte", "warmtepompen-pilot"]),
        ("h2", "4.3 Klimaatadaptatie"),
        ("p", "De zomer van 2025 was opnieuw uitzonderlijk warm en in september leidde een wolkbreuk tot "
              "wateroverlast in een deel van Heideveld. Het waterschap en de gemeente werken aan een "
              "klimaatadaptatieplan waarin ook de buitenruimte rond huurwoningen wordt meegenomen."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["klimaatadaptatie"]),
        ("h1", "5 Woningkwaliteit, wonen en zorg"),
        ("h2", "5.1 Onderhoud en veiligheid"),
        ("p", "Het aantal meldingen van vocht en schimmel daalde in 2025 tot 174, maar blijft volgens de "
              "huurdersbelangenvereniging te hoog. De brandveiligheidsscan in de galerijflats is in 2025 "
              "uitgevoerd; daaruit bleek onder meer dat in een deel van de woningen rookmelders op de "
              "verdiepingen ontbreken."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "rookmelders"]),
        ("h2", "5.2 Wonen met zorg"),
        ("p", "In 2025 hebben partijen afspraken gemaakt over het labelen van nultredenwoningen en hebben de "
              "gemeente en Heidezoom Wonen het convenant woningaanpassingen ondertekend. In 2026 staat de "
              "uitvoering van beide centraal."),
        ("runin", "Afspraken:"),
        ("afs", ["nultredenwoningen", "woningaanpassingen-wmo"]),
        ("h1", "6 Prettig wonen in de wijk"),
        ("h2", "6.1 Wijken en buurten"),
        ("p", "Bewoners waarderen de aanwezigheid van de wijkbeheerders, en ook buiten De Brink en Heideveld wordt "
              "om meer zichtbaarheid gevraagd. Omdat een groter deel van het budget naar de wijkbeheerders gaat, "
              "is het leefbaarheidsbudget per woning voor overige activiteiten bijgesteld."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["wijkbeheerders", "leefbaarheidsbudget", "woonoverlast"]),
        ("h2", "6.2 Kwetsbare huurders"),
        ("p", "Het wijkteam heeft in 2025 te maken gehad met een wachtlijst voor begeleiding. De gemeente werft "
              "extra medewerkers, maar verwacht niet dat de wachtlijst in 2026 volledig is weggewerkt."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["zachte-landing"]),
        ("h1", "7 Samenwerking en proces"),
        ("h2", "7.1 Overleg en monitoring"),
        ("p", "Partijen hebben in de evaluatie van 2025 geconstateerd dat de halfjaarlijkse monitor veel "
              "ambtelijke capaciteit vraagt. Het tripartiete overleg komt in 2026 drie keer bijeen. De evaluatie "
              "van de woonvisie Thuis in Zandmere is in november 2025 afgerond."),
        ("runin", "Wat spreken we af?"),
        ("afs", ["monitoring", "ondersteuning-hbv", "bod-procedure", "woonvisie-nieuw"]),
        ("h2", "7.2 Looptijd, wijzigingen en geschillen"),
        ("p", "Deze prestatieafspraken gelden van 1 januari 2026 tot en met 31 december 2026. Iedere partij kan "
              "voorstellen de afspraken tussentijds te wijzigen; een wijziging wordt schriftelijk vastgelegd en "
              "door alle partijen ondertekend. Na vaststelling van de nieuwe woonvisie worden de afspraken voor "
              "2027 en verder daarop afgestemd."),
        ("runin", "Afspraak:"),
        ("afs", ["geschillen"]),
        ("hx", "Ondertekening"),
        ("sign", "Aldus overeengekomen en ondertekend te Zandmere op 11 december 2025.", PARTIES_2026),
        ("hx", "Bijlagen"),
        ("list", ["Bijlage 1  Nieuwbouwprogramma Heidezoom Wonen 2026-2030",
                  "Bijlage 2  Monitor prestatieafspraken 2025",
                  "Bijlage 3  Begrippenlijst"]),
        ("break",),
        ("hx", "Bijlage 1  Nieuwbouwprogramma Heidezoom Wonen 2026-2030"),
        ("table", [["Project", "Wijk", "Aantal", "Type", "Oplevering"],
                   ["Molenkade (restant)", "Centrum", "3", "appartement", "2026"],
                   ["Kwartelveld fase 2", "Kwartelveld", "30", "eengezins", "2026"],
                   ["Oude Veiling", "Heideveld", "28", "appartement", "2026-2027"],
                   ["Stationsweg (transformatie)", "Centrum", "20", "studio", "2026"],
                   ["Vlasakker herontwikkeling", "De Brink", "45", "levensloopbestendig", "2028-2029"],
                   ["Kwartelveld fase 3", "Kwartelveld", "40", "eengezins en appartement", "2029-2030"]],
         [130, 80, 50, 130, 80]),
        ("p", "Bijlage 2 (monitor 2025) en bijlage 3 (begrippenlijst) zijn als afzonderlijke documenten "
              "beschikbaar via de website van Heidezoom Wonen."),
    ]


def bod_2025():
    """The bod letter: ('letterhead',), paragraphs, ('theme', title) headings and ('items', [keys])."""
    return [
        ("p", "Hierbij bieden wij u, zoals bedoeld in artikel 44 van de Woningwet, ons overzicht van voorgenomen "
              "werkzaamheden aan voor het jaar 2025, met een doorkijk naar de jaren daarna. Dit bod is onze "
              "bijdrage aan de woonvisie Thuis in Zandmere en vormt de basis voor de prestatieafspraken die wij "
              "dit najaar met u en met Huurdersbelangenvereniging De Zandloper willen maken. De "
              "huurdersbelangenvereniging heeft het concept van dit bod in mei besproken; haar reactie is "
              "als bijlage bijgevoegd."),
        ("p", "Het afgelopen jaar hebben wij 58 sociale huurwoningen opgeleverd en 154 woningen verduurzaamd. "
              "Tegelijk zien wij dat onze financiële ruimte kleiner wordt: de bouwkosten liggen ruim 20% hoger "
              "dan drie jaar geleden en de huurbevriezing die het Rijk voor een deel van onze woningen heeft "
              "opgelegd, drukt op onze inkomsten. Wij hebben daarom keuzes gemaakt. Nieuwbouw en het wegwerken van "
              "slechte energielabels krijgen voorrang; enkele wensen uit de woonvisie kunnen wij in 2025 niet of "
              "slechts gedeeltelijk oppakken."),
        ("p", "Hieronder leest u per thema welke activiteiten wij voor 2025 aanbieden."),
        ("theme", "Betaalbaarheid en beschikbaarheid"),
        ("items", ["nieuwbouw-sociaal", "verkoop-liberalisatie", "transformatie-stationsweg", "van-groot-naar-beter",
                   "urgentie-voorrang", "statushouders", "uitstroom-beschermd-wonen", "huurverhoging",
                   "huurbevriezing-efg", "huurverlaging-laag-inkomen", "vroegsignalering", "incassokosten"]),
        ("theme", "Duurzaamheid"),
        ("items", ["labels-efg", "gemiddeld-label", "na-isolatie", "zonnepanelen", "warmtenet-kerkplein",
                   "klimaatadaptatie", "groene-daken"]),
        ("theme", "Kwaliteit van woningen en wonen met zorg"),
        ("items", ["vocht-schimmel", "planmatig-onderhoud", "huurdersoordeel", "brandveiligheidsscan",
                   "nultredenwoningen", "ontmoetingsruimte-lindehof"]),
        ("theme", "Leefbaarheid"),
        ("items", ["leefbaarheidsbudget", "wijkbeheerders", "woonoverlast"]),
        ("theme", "Samenwerking met huurders"),
        ("items", ["ondersteuning-hbv"]),
        ("p", "Onze financiële meerjarenbegroting laat zien dat dit pakket haalbaar is binnen de normen van de "
              "Autoriteit woningcorporaties, mits de rente en de bouwkosten zich niet ongunstiger ontwikkelen dan "
              "wij nu verwachten. In de bijlage bij deze brief vindt u de financiële onderbouwing en het "
              "nieuwbouwprogramma tot en met 2029."),
        ("p", "Wij zien uit naar het overleg met u en met de huurdersbelangenvereniging in het najaar, zodat de "
              "prestatieafspraken voor 2025 uiterlijk op 15 december 2024 kunnen worden ondertekend. Voor vragen "
              "over dit bod kunt u contact opnemen met mevrouw S. Oudeboon, manager Wonen en Vastgoed."),
    ]
