# -*- coding: utf-8 -*-
"""Context (non-afspraak) texts per year for the zwaluwdijk family."""
import data

MONTHS = {2024: "11 december 2023", 2025: "10 december 2024", 2026: "9 december 2025"}

TERUG = {
    2024: ["In 2023 zijn in Zwaluwdijk 64 nieuwe sociale huurwoningen opgeleverd, tegen 72 die in de afspraken voor dat jaar waren opgenomen. De vertraging deed zich vooral voor bij het project Molenkade, waar de aanbesteding opnieuw moest worden uitgevoerd. Er werden 31 woningen verkocht en 8 woningen geliberaliseerd.",
           "Op het gebied van duurzaamheid hebben de corporaties 185 woningen geïsoleerd; het aantal woningen met een E-, F- of G-label daalde daarmee naar 260. De gemeente heeft het warmteprogramma voor De Horst in concept gereed gemaakt. Er vonden 7 huisuitzettingen plaats, waarvan 4 als gevolg van huurachterstand."],
    2025: ["In 2024 zijn 78 nieuwe sociale huurwoningen opgeleverd; het plan Kievitshoek-Zuid liep enkele maanden uit door de stikstofproblematiek. De corporaties verkochten 14 woningen, minder dan het afgesproken maximum. Het aantal woningen met een E-, F- of G-label nam af van 260 naar 120.",
           "De nieuwe woonvisie is in 2024 niet meer vastgesteld, omdat de gemeenteraad aanvullende participatie wenste. De energiecoaches bezochten ruim 300 huishoudens. Het aantal huisuitzettingen wegens huurachterstand bleef met 5 precies op het streefniveau."],
    2026: ["In 2025 werden 66 nieuwe sociale huurwoningen opgeleverd en begon de bouw van 48 woningen aan de Molenkade. De woonvisie is in maart 2025 door de raad vastgesteld en vormt samen met de regionale woondeal de basis voor deze afspraken. Van de woningen met een E-, F- of G-label resteerden eind 2025 nog 60.",
           "De gemeentelijke locatie voor tijdelijke woningen aan de Spoorzone is in gebruik genomen. Het wijkuitvoeringsplan voor De Horst is in juni 2025 vastgesteld. In 2025 vonden 4 huisuitzettingen wegens huurachterstand plaats; de corporaties kwamen gemiddeld na 24 dagen in contact met huurders met een betalingsachterstand."],
}

KERN = {
    2024: [["Sociale huurwoningen corporaties (1-1-2023)", "5.412", "5.384"], ["Gemiddelde zoektijd starters (jaren)", "4,6", "4,9"],
           ["Woningen met label E, F of G", "445", "260"], ["Huurders met huurachterstand > 2 maanden", "118", "104"]],
    2025: [["Sociale huurwoningen corporaties", "5.384", "5.441"], ["Gemiddelde zoektijd starters (jaren)", "4,9", "4,7"],
           ["Woningen met label E, F of G", "260", "120"], ["Huurders met huurachterstand > 2 maanden", "104", "96"]],
    2026: [["Sociale huurwoningen corporaties", "5.441", "5.493"], ["Gemiddelde zoektijd starters (jaren)", "4,7", "5,1"],
           ["Woningen met label E, F of G", "120", "60"], ["Huurders met huurachterstand > 1 maand", "151", "139"]],
}


def year_texts(y):
    chs = [c for c, _ in data.CHAPTERS[y]]
    T = {}
    T["cover_date"] = "Vastgesteld in het bestuurlijk overleg van %s" % MONTHS[y]
    T["toc"] = ["Inleiding"] + chs + ["6 Slotbepalingen", "Bijlage 1 Overzicht van de afspraken"]
    T["leeswijzer"] = [
        "Dit document bevat de prestatieafspraken voor het jaar %d tussen de gemeente Zwaluwdijk, Woonstichting Oeverland, Woningbouwvereniging Brederwaard en Huurdersvereniging De Zwaluwkring. Na de inleiding volgen vijf thematische hoofdstukken. Elk hoofdstuk begint met een korte schets van de opgave, gevolgd door de afspraken." % y,
        "Iedere afspraak draagt een code die aangeeft welke partij de afspraak op zich neemt. De nummering loopt per partij door over het hele document, zodat een afspraak in de monitor eenvoudig terug te vinden is. In bijlage 1 staan alle afspraken in verkorte vorm bij elkaar, met de beoogde termijn van gereedkomen. Waar de verkorte omschrijving afwijkt van de tekst in de hoofdstukken, is de tekst in de hoofdstukken leidend.",
    ]
    T["inleiding"] = [
        "Zwaluwdijk is een groeiende gemeente met ruim 41.000 inwoners, waarvan ongeveer een op de vier huishoudens een sociale huurwoning huurt. De druk op de woningmarkt is onverminderd groot: starters, senioren en spoedzoekers concurreren om een beperkt aanbod, terwijl de opgave in de bestaande voorraad op het gebied van verduurzaming en kwaliteit omvangrijk blijft.",
        "De Woningwet schrijft voor dat gemeente, corporaties en huurdersorganisatie jaarlijks prestatieafspraken maken op basis van het volkshuisvestingsbeleid van de gemeente. Voor %d vormen %s, de regionale woondeal en de Nationale Prestatieafspraken het kader. De corporaties hebben voor 1 juli %d hun bod uitgebracht, waarop De Zwaluwkring schriftelijk heeft gereageerd." % (
            y, "de woonvisie 2025-2030" if y == 2026 else "de woonvisie Wonen in Zwaluwdijk 2019-2024", y - 1),
    ]
    T["terugblik"] = TERUG[y]
    T["kern_head"] = ["Indicator", "Stand %d" % (y - 2), "Stand %d" % (y - 1)]
    T["kern_rows"] = KERN[y]
    intro = {
        data.CH_BESCH: ["De vraag naar betaalbare huurwoningen overstijgt het aanbod ruimschoots. De regionale woondeal gaat voor Zwaluwdijk uit van een groei van de sociale voorraad met gemiddeld 75 woningen per jaar. Tegelijk vraagt de betaalbaarheid van het wonen aandacht, nu de vaste lasten van veel huishoudens hoog zijn."],
        data.CH_DUUR: ["Het bezit van de corporaties is gemiddeld ruim veertig jaar oud. Het Rijk heeft met de sector afgesproken dat er eind 2028 geen woningen met een E-, F- of G-label meer zijn. In Zwaluwdijk ligt de lat hoger, omdat partijen in de woonvisie hebben vastgelegd dat dit doel twee jaar eerder wordt bereikt."],
        data.CH_KWAL: ["Een goede woning is droog, veilig en past bij de levensfase van de bewoner. Het aantal 75-plussers in Zwaluwdijk neemt de komende tien jaar met bijna de helft toe, waardoor de vraag naar geschikte woningen en naar wonen met zorg stijgt."],
        data.CH_LEEF_OLD: ["In een aantal buurten staat de leefbaarheid onder druk. De Leefbaarometer laat voor delen van De Horst en Kievitshoek een score zien die onder het gemeentelijk gemiddelde ligt. Ook het aantal kwetsbare huurders dat zelfstandig woont, is de afgelopen jaren toegenomen."],
        data.CH_LEEF_NEW: ["In een aantal buurten staat de leefbaarheid onder druk. De Leefbaarometer laat voor delen van De Horst en Kievitshoek een score zien die onder het gemeentelijk gemiddelde ligt. Omdat energiearmoede vooral in deze buurten voorkomt, is de inzet van energiecoaches vanaf dit jaar in dit hoofdstuk opgenomen."],
        data.CH_PROC: ["Goede afspraken vragen om een goede samenwerking. Partijen overleggen op bestuurlijk niveau en in een ambtelijke werkgroep waarin ook De Zwaluwkring vertegenwoordigd is. De onderstaande afspraken gaan over de cyclus van bod, afspraken en monitoring en over de ondersteuning van de huurders."],
    }
    T["chapter_intro"] = intro
    T["slot"] = [
        ("Looptijd", ["Deze afspraken gelden van 1 januari tot en met 31 december %d. Afspraken met een langere doorlooptijd worden bij de volgende jaarafspraken opnieuw bezien." % y]),
        ("Wijzigingen en onvoorziene omstandigheden", ["Wanneer omstandigheden de uitvoering van een afspraak wezenlijk beïnvloeden, melden partijen dit zo spoedig mogelijk aan elkaar. Een wijziging van de afspraken wordt schriftelijk vastgelegd en door alle partijen ondertekend."]),
        ("Geschillen", ["Bij een geschil over de uitvoering van deze afspraken zoeken partijen eerst in het bestuurlijk overleg naar een oplossing. Lukt dat niet, dan kan ieder van de partijen het geschil voorleggen aan de Adviescommissie geschilbeslechting prestatieafspraken, zoals bedoeld in de Woningwet."]),
    ]
    T["aldus"] = "Aldus overeengekomen en ondertekend te Zwaluwdijk op %s." % MONTHS[y]
    T["signatories"] = [
        ("Gemeente Zwaluwdijk", "L.M. van Rietschoten" if y < 2026 else "H.A. Bakkenes", "wethouder Wonen"),
        ("Woonstichting Oeverland", "drs. P.J. Hoogendijk", "directeur-bestuurder"),
        ("Woningbouwvereniging Brederwaard", "ir. S. Ouwerkerk", "directeur-bestuurder"),
        ("Huurdersvereniging De Zwaluwkring", "mevr. A. Fennema-de Bruin", "voorzitter"),
    ]
    T["bijlagen"] = ["Bijlage 1 Overzicht van de afspraken", "Bijlage 2 Nieuwbouwprogramma %d-%d per project (separaat)" % (y, y + 4),
                     "Bijlage 3 Monitor prestatieafspraken %d (separaat)" % (y - 1)]
    T["annex_intro"] = "Onderstaande tabel geeft alle afspraken uit dit document in verkorte vorm weer. De volledige tekst van iedere afspraak staat in het betreffende hoofdstuk."
    return T
