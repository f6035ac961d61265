# -*- coding: utf-8 -*-
"""Non-afspraak text of the ternhaven jaarschijven (cover, inleiding, terugblik, kerncijfers,
slotbepalingen, ondertekening, bijlagen). None of this is an afspraak."""

ORDINAL = {2025: "tweede", 2026: "derde", 2027: "vierde en laatste"}

INTRO = {
    "kader": (
        "Op 12 december 2023 hebben de gemeente Ternhaven, Woonbedrijf Zilvermeeuw en Huurdersvereniging "
        "Havenlicht de Prestatieafspraken Ternhaven 2024-2027 ondertekend. Die kaderafspraken beschrijven voor "
        "de hele periode 2024-2027 de gezamenlijke ambities op het gebied van betaalbaarheid, beschikbaarheid, "
        "duurzaamheid, kwaliteit en leefbaarheid. Elk jaar worden de kaderafspraken uitgewerkt in een "
        "jaarschijf met concrete afspraken voor het komende kalenderjaar. Voor u ligt de Jaarschijf {y}, de "
        "{ord} jaarschijf binnen de looptijd van de kaderafspraken."),
    "beleid": (
        "De afspraken sluiten aan op de woonvisie Thuis aan de kust 2023-2030, die de gemeenteraad in maart "
        "2023 heeft vastgesteld, en op de Woondeal Kustregio Zuidwest die de regiogemeenten met het Rijk en de "
        "provincie hebben gesloten. In die woondeal is voor Ternhaven een indicatieve opgave van 650 sociale "
        "huurwoningen tot en met 2030 opgenomen. Ook de Nationale Prestatieafspraken uit 2022 werken door in "
        "deze jaarschijf, onder meer via de landelijke doelstelling dat eind 2028 geen corporatiewoningen met "
        "een energielabel E, F of G meer bestaan."),
    "extra": {
        2025: ("Het jaar 2025 staat in het teken van de start van twee grote nieuwbouwprojecten en de verdere "
               "versnelling van de verduurzaming. Tegelijk is de druk op de sociale huurmarkt onverminderd hoog: "
               "de gemiddelde inschrijfduur van starters is in het afgelopen jaar opnieuw gestegen."),
        2026: ("Ten opzichte van de vorige jaarschijf is het hoofdstuk over duurzaamheid van Woonbedrijf "
               "Zilvermeeuw hernoemd tot Energietransitie en klimaat. Enkele afspraken uit 2025 zijn afgerond en "
               "komen niet meer terug; zij worden verantwoord in de eindmonitor over 2025."),
        2027: ("Omdat 2027 het laatste jaar van de kaderafspraken is, bevat deze jaarschijf ook de afspraak "
               "over de totstandkoming van nieuwe meerjarige prestatieafspraken voor de periode 2028-2031. De "
               "gezamenlijke afspraken staan voortaan in het hoofdstuk Wat we samen oppakken."),
    },
}

LEESWIJZER = (
    "Hoofdstuk 1 schetst de aanleiding en de beleidscontext en hoofdstuk 2 blikt terug op het afgelopen jaar. "
    "De hoofdstukken 3 tot en met 6 bevatten de afspraken, geordend per partij: eerst wat de gemeente doet, "
    "daarna wat Woonbedrijf Zilvermeeuw en Huurdersvereniging Havenlicht doen, en tot slot wat partijen "
    "gezamenlijk doen. De afspraken zijn per hoofdstuk genummerd; de nummering begint in elk hoofdstuk "
    "opnieuw bij 1. In de monitor wordt naar een afspraak verwezen met het hoofdstuknummer en het "
    "afspraaknummer, bijvoorbeeld 4.7. Hoofdstuk 7 bevat de slotbepalingen.")

TERUGBLIK = {
    2025: [
        "Het eerste jaar van de kaderafspraken stond vooral in het teken van de voorbereiding van de grote "
        "bouwprojecten. In het Havenkwartier werd de sloop van de oude flats afgerond en werd in het najaar de "
        "eerste paal geslagen. Elders leverde Woonbedrijf Zilvermeeuw 41 sociale huurwoningen op, waarvan 25 aan "
        "de Havenkade en 16 na transformatie van een voormalig schoolgebouw.",
        "In 2024 werden 164 woningen verduurzaamd. Het aantal woningen met een energielabel E, F of G daalde "
        "daarmee van 212 naar 131. De gemeente huisvestte 39 vergunninghouders, tegen een taakstelling van 44; "
        "de achterstand wordt in 2025 ingelopen. De energiecoaches bezochten ruim 420 huishoudens.",
        "Niet alle afspraken werden volledig uitgevoerd. Het wijkprogramma in de Meeuwenwijk kwam later op gang "
        "dan gepland, omdat de werving van een wijkregisseur meer tijd kostte.",
    ],
    2026: [
        "In 2025 leverde Woonbedrijf Zilvermeeuw 61 sociale huurwoningen op in de projecten Kop van de Kreek en "
        "Schoolstraat-Zuid, drie minder dan afgesproken door vertraging in de afbouw. In het Havenkwartier "
        "werden de eerste 36 woningen opgeleverd. De 36 portiekwoningen aan de Zilverschoonstraat zijn "
        "gesloopt; alle huishoudens vonden een andere woning.",
        "Er werden 183 woningen verduurzaamd, waarvan 141 naar label B of beter. Het onderzoek naar een "
        "gemeentelijke starterslening leidde niet tot invoering, omdat de regeling te weinig huishoudens zou "
        "bereiken. De inventarisatie van de behoefte aan woonwagenstandplaatsen is in september afgerond en "
        "wordt betrokken bij de herziening van de woonvisie.",
        "De gemeente huisvestte 49 vergunninghouders. De gemiddelde inschrijfduur van starters liep op tot 5,3 "
        "jaar, zodat het streven van maximaal vier jaar niet werd gehaald.",
    ],
    2027: [
        "In 2026 leverde Woonbedrijf Zilvermeeuw 54 sociale huurwoningen op aan de Zoutkeetweg en in "
        "Duinzicht-Noord. In het Havenkwartier werden 44 woningen opgeleverd, zodat daar nog 40 woningen "
        "resteren. De gewijzigde huisvestingsverordening werd op 25 juni 2026 door de gemeenteraad vastgesteld.",
        "Het wijkuitvoeringsplan aardgasvrij voor de Ternsche Polder werd in maart 2026 vastgesteld. Het doel om "
        "eind 2026 geen woningen met een energielabel E, F of G meer te hebben, werd niet gehaald: op 1 december "
        "2026 hadden nog 23 woningen een dergelijk label, vooral in complexen waar de benodigde instemming van "
        "bewoners ontbrak.",
        "In september 2026 werd de bewonerscommissie Meeuwenwijk opgericht, met zeven actieve leden. De "
        "vergroening van de binnenterreinen van de Kreekrug is vertraagd door de aanbesteding.",
    ],
}

# kerncijfers: (label, value previous, value current)
KERN_COLS = {2025: ("1 januari 2024", "1 oktober 2024"), 2026: ("1 januari 2025", "1 oktober 2025"),
             2027: ("1 januari 2026", "1 oktober 2026")}
KERN = {
    2025: [("Sociale huurwoningen Woonbedrijf Zilvermeeuw", "4.812", "4.851"),
           ("Gemiddelde inschrijfduur starters (jaar)", "4,6", "4,9"),
           ("Woningen met energielabel E, F of G", "212", "131"),
           ("Huishoudens met huurachterstand > 2 maanden", "74", "69"),
           ("Huisuitzettingen wegens huurachterstand", "6", "4"),
           ("Gemiddelde netto huur per maand", "€ 598", "€ 631")],
    2026: [("Sociale huurwoningen Woonbedrijf Zilvermeeuw", "4.851", "4.912"),
           ("Gemiddelde inschrijfduur starters (jaar)", "4,9", "5,3"),
           ("Woningen met energielabel E, F of G", "131", "58"),
           ("Huishoudens met huurachterstand > 2 maanden", "69", "71"),
           ("Huisuitzettingen wegens huurachterstand", "4", "3"),
           ("Gemiddelde netto huur per maand", "€ 631", "€ 652")],
    2027: [("Sociale huurwoningen Woonbedrijf Zilvermeeuw", "4.912", "4.987"),
           ("Gemiddelde inschrijfduur starters (jaar)", "5,3", "5,1"),
           ("Woningen met energielabel E, F of G", "58", "23"),
           ("Huishoudens met huurachterstand > 2 maanden", "71", "62"),
           ("Huisuitzettingen wegens huurachterstand", "3", "2"),
           ("Gemiddelde netto huur per maand", "€ 652", "€ 669")],
}

SLOT = [
    ("Looptijd", "Deze jaarschijf heeft betrekking op het kalenderjaar {y} en vormt één geheel met de "
                 "Prestatieafspraken Ternhaven 2024-2027. Bij strijdigheid tussen beide documenten is de tekst "
                 "van deze jaarschijf bepalend voor het jaar {y}."),
    ("Monitoring", "De stand van zaken per afspraak wordt bijgehouden in de gezamenlijke monitor, die in het "
                   "bestuurlijk overleg wordt besproken. Na afloop van het jaar verschijnt een eindmonitor, die "
                   "ook aan de gemeenteraad wordt toegezonden."),
    ("Wijzigingen", "Voor tussentijdse wijzigingen geldt de procedure uit artikel 9 van de kaderafspraken. "
                    "Wijzigingen in rijksbeleid of in de financiële positie van Woonbedrijf Zilvermeeuw kunnen "
                    "aanleiding zijn voor heroverweging."),
    ("Geschillen", "De regeling voor geschillen is opgenomen als afspraak {g} in hoofdstuk 6."),
]

SIGNERS = [
    ("Gemeente Ternhaven", "M.J. Verkerk-Dibbets", "wethouder Wonen en Ruimte"),
    ("Woonbedrijf Zilvermeeuw", "ir. H.A. Sloothaak", "directeur-bestuurder"),
    ("Huurdersvereniging Havenlicht", "A. Korkmaz-van Dam", "voorzitter"),
]

BIJLAGEN = [
    "Bijlage 1  Nieuwbouwprogramma {y}-{y2} per project",
    "Bijlage 2  Begrippenlijst",
    "Bijlage 3  Eindmonitor jaarschijf {yp} (separaat gepubliceerd)",
]

NIEUWBOUW = {
    2025: [("Kop van de Kreek", "Kreekrug", "48", "2025", "in aanbouw"),
           ("Schoolstraat-Zuid", "Oude Haven", "16", "2025", "in aanbouw"),
           ("Havenkwartier fase 1 en 2", "Oude Haven", "120", "2025-2027", "in aanbouw"),
           ("Zoutkeetweg", "Ternsche Polder", "36", "2026", "vergunning verleend"),
           ("Duinzicht-Noord", "Duinzicht", "42", "2026-2027", "in voorbereiding")],
    2026: [("Zoutkeetweg", "Ternsche Polder", "36", "2026", "in aanbouw"),
           ("Duinzicht-Noord", "Duinzicht", "42", "2026-2027", "in aanbouw"),
           ("Havenkwartier fase 2", "Oude Haven", "84", "2026-2027", "in aanbouw"),
           ("Voormalige gemeentewerf", "Ternsche Polder", "44", "2027", "vergunning aangevraagd"),
           ("Dijkgraafstraat", "Meeuwenwijk", "30", "2028", "initiatief")],
    2027: [("Havenkwartier fase 2", "Oude Haven", "40", "2027", "in aanbouw"),
           ("Voormalige gemeentewerf", "Ternsche Polder", "44", "2027", "in aanbouw"),
           ("Duinzicht-Noord", "Duinzicht", "26", "2027", "in aanbouw"),
           ("Dijkgraafstraat", "Meeuwenwijk", "30", "2028", "in voorbereiding"),
           ("Kreekzoom (tijdelijk)", "Kreekrug", "30", "2027", "vergunning aangevraagd")],
}

BEGRIPPEN = [
    ("Bod", "het overzicht van voorgenomen werkzaamheden dat de corporatie jaarlijks vóór 1 juli uitbrengt."),
    ("Jaarschijf", "de uitwerking van de kaderafspraken voor één kalenderjaar."),
    ("Kernvoorraad", "het deel van de sociale huurvoorraad dat niet voor verkoop of liberalisatie in "
                     "aanmerking komt."),
    ("Passend toewijzen", "het toewijzen van een woning met een huur die past bij het inkomen van het "
                          "huishouden, conform de Woningwet."),
    ("Spoedzoeker", "een woningzoekende die door een plotselinge verandering in de levenssituatie op korte "
                    "termijn woonruimte nodig heeft."),
    ("Vergunninghouder", "een asielzoeker met een verblijfsvergunning die door de gemeente moet worden "
                         "gehuisvest."),
]
