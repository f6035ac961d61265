# -*- coding: utf-8 -*-
"""Minutes (non-afspraak prose) of the three bestuurlijke overleggen."""

AANW_BASE = [
    "Gemeente Ossendrecht: dhr. R. van Dommelen (wethouder Wonen, voorzitter), mevr. S. Aarts (beleidsadviseur wonen)",
    "Woonstichting De Kreekrug: mevr. J. Verhoeven-Kools (directeur-bestuurder), dhr. M. Bastiaansen (manager vastgoed)",
    "Woningbouwvereniging Zuidhof: dhr. T. de Wit (bestuurder), mevr. L. Jacobs (adviseur strategie)",
    "Huurdersbelang De Kreek: dhr. H. Mertens (voorzitter), mevr. A. Koenraadt (secretaris)",
    "Huurdersraad Zuidhof: mevr. E. van Gils (voorzitter)",
]

MINUTES = {
    2025: {
        "datum": "20 november 2024",
        "locatie": "Gemeentehuis Ossendrecht, raadzaal, Markt 1",
        "aanwezig": AANW_BASE,
        "afwezig": "dhr. P. Snoeck (Huurdersraad Zuidhof, met bericht van verhindering)",
        "notulist": "mevr. C. Hendrikx (gemeente Ossendrecht)",
        "items": [
            ("1. Opening en vaststelling agenda", [
                "De wethouder opent de vergadering om 14.00 uur en heet alle aanwezigen welkom. Hij meldt dat de "
                "heer Snoeck zich heeft afgemeld. De agenda wordt ongewijzigd vastgesteld, met dien verstande dat "
                "de Huurdersraad Zuidhof bij de rondvraag een punt over de servicekosten inbrengt.",
            ]),
            ("2. Verslag vorig overleg (17 april 2024)", [
                "Het verslag wordt zonder wijzigingen vastgesteld. Naar aanleiding van het verslag merkt mevrouw "
                "Van Gils op dat de toegezegde toelichting op de mutatiegraad inmiddels is ontvangen. Actiepunt "
                "A3 uit het vorige overleg kan daarmee vervallen; de overige actiepunten zijn afgehandeld.",
            ]),
            ("3. Terugblik 2024", [
                "Mevrouw Aarts geeft een toelichting op de monitor over de eerste drie kwartalen van 2024. In "
                "2024 werden 31 sociale huurwoningen opgeleverd, tegen 36 die waren voorzien; de vertraging bij "
                "het project Vlasstraat werd veroorzaakt door een langere vergunningprocedure. De corporaties "
                "huisvestten 19 vergunninghouders, waarmee de taakstelling voor het eerste halfjaar werd gehaald.",
                "Mevrouw Verhoeven-Kools meldt dat De Kreekrug in 2024 bij 104 woningen isolatiemaatregelen "
                "uitvoerde en dat het aantal woningen met een E-, F- of G-label daalde tot 61. De heer Mertens "
                "vraagt aandacht voor huurders die tijdens de werkzaamheden overlast ervoeren; hij stelt voor "
                "bewonerscommissies eerder te betrekken. De corporaties nemen dit mee in de planvorming.",
                [["Kerncijfer", "2023", "2024 (t/m Q3)"],
                 ["Sociale huurvoorraad (woningen)", "2.296", "2.318"],
                 ["Gemiddelde inschrijfduur bij toewijzing", "4,6 jaar", "4,4 jaar"],
                 ["Huisuitzettingen wegens huurachterstand", "5", "3"],
                 ["Woningen met label E, F of G", "88", "61"]],
            ]),
            ("4. Afspraken 2025 per thema", [
                "De wethouder licht toe dat het concept van de afsprakenlijst in drie ambtelijke sessies is "
                "voorbereid en aansluit op de woonvisie 'Thuis in Ossendrecht' en de regionale woondeal. Per "
                "thema worden de belangrijkste punten besproken.",
                "Beschikbaar en betaalbaar wonen. De heer De Wit licht toe dat Zuidhof voor de locatie Molenakker "
                "nog geen definitief besluit kan nemen, omdat de grondprijs en de stikstofruimte nog onzeker zijn. "
                "Mevrouw Koenraadt merkt op dat de huurders blij zijn dat Zuidhof in 2025 geen woningen "
                "liberaliseert. Afgesproken wordt dat de corporaties de huurstijging dit jaar niet boven het "
                "inflatieniveau laten uitkomen. De heer Mertens vraagt of de voorrang voor starters ook geldt voor "
                "jongeren die tijdelijk buiten de gemeente wonen; de wethouder zegt toe dit na te gaan.",
                "Duurzaamheid. De heer Bastiaansen geeft aan dat het isolatieprogramma van De Kreekrug in 2025 "
                "drie complexen omvat. De wethouder meldt dat het wijkuitvoeringsplan voor Kreekzicht ambtelijk "
                "in voorbereiding is. Mevrouw Jacobs wijst erop dat het aanbod van zonnepanelen bij Zuidhof goed "
                "wordt ontvangen.",
                "Kwaliteit en wonen met zorg. Mevrouw Van Gils brengt de klachten over vocht en schimmel in "
                "enkele portiekflats aan de Zandweg in. Afgesproken wordt dat meldingen over vocht en schimmel "
                "voortaan binnen twee weken tot een inspectie in de woning leiden.",
                "Leefbaarheid. Partijen constateren dat de inzet van de huismeester in Kreekzicht en Oude Haven "
                "positief wordt gewaardeerd. De heer Mertens vraagt aandacht voor eenzaamheid onder oudere "
                "huurders.",
            ]),
            ("5. Monitoring en samenwerking", [
                "Mevrouw Aarts stelt voor de monitor voortaan in april en november te bespreken. De "
                "huurdersorganisaties vragen of de vergoeding voor onafhankelijke ondersteuning kan worden "
                "verhoogd; de corporaties houden het bedrag voor 2025 gelijk en komen hier volgend jaar op terug.",
            ]),
            ("6. Rondvraag", [
                "Mevrouw Van Gils vraagt naar de afrekening van de servicekosten over 2023, die bij een aantal "
                "huurders van Zuidhof laat is ontvangen. De heer De Wit zegt toe dit buiten de vergadering te "
                "bespreken. Verder zijn er geen vragen.",
            ]),
            ("7. Sluiting", [
                "De wethouder dankt de aanwezigen voor hun inbreng en sluit de vergadering om 16.10 uur. De "
                "besluitenlijst hieronder bevat de afspraken voor 2025; de actiepunten zijn daarna opgenomen.",
            ]),
        ],
        "besluit_intro": "In het overleg zijn de volgende afspraken voor 2025 vastgesteld. De kolom Wie noemt "
                         "de trekker; de kolom Uiterlijk de datum waarop de afspraak gerealiseerd moet zijn.",
        "actie_intro": "De onderstaande actiepunten betreffen de organisatie van het overleg en maken geen deel "
                       "uit van de prestatieafspraken.",
        "acties": [
            ("Notulist stuurt het conceptverslag binnen twee weken rond aan alle deelnemers.", "Notulist",
             "4 december 2024"),
            ("Gemeente plant het voorjaarsoverleg in en verstuurt de uitnodiging.", "Gemeente", "januari 2025"),
            ("Wethouder gaat na of de startersvoorrang ook geldt voor jongeren die tijdelijk elders wonen.",
             "Gemeente", "februari 2025"),
            ("Zuidhof bespreekt de servicekostenafrekening 2023 met de Huurdersraad Zuidhof.", "Zuidhof",
             "januari 2025"),
        ],
        "vastgesteld": "Vastgesteld in het overleg van 9 april 2025.",
    },
    2026: {
        "datum": "19 november 2025",
        "locatie": "Kantoor Woonstichting De Kreekrug, Havenweg 12, Ossendrecht",
        "aanwezig": AANW_BASE[:4] + [
            "Huurdersraad Zuidhof: mevr. E. van Gils (voorzitter), dhr. P. Snoeck (lid)"],
        "afwezig": "mevr. A. Koenraadt (Huurdersbelang De Kreek)",
        "notulist": "mevr. C. Hendrikx (gemeente Ossendrecht)",
        "items": [
            ("1. Opening en vaststelling agenda", [
                "De wethouder opent het overleg en dankt De Kreekrug voor de gastvrijheid. Mevrouw Koenraadt "
                "heeft zich afgemeld. De agenda wordt vastgesteld.",
            ]),
            ("2. Verslag vorig overleg (9 april 2025)", [
                "Het verslag wordt met een tekstuele correctie op pagina 2 vastgesteld. De heer Snoeck merkt op "
                "dat de actie over de startersvoorrang is afgerond: jongeren die tijdelijk elders wonen, behouden "
                "hun lokale binding als zij ten minste zes jaar in Ossendrecht hebben gewoond.",
            ]),
            ("3. Terugblik 2025", [
                "Mevrouw Aarts presenteert de monitor. In 2025 werden 38 sociale huurwoningen opgeleverd. De "
                "bouw in het Havenkwartier liep vertraging op doordat de aannemer failliet ging; De Kreekrug "
                "heeft inmiddels een nieuwe aannemer gecontracteerd. Er vonden 2 huisuitzettingen wegens "
                "huurachterstand plaats. De doorstroomregeling voor senioren kwam in 2025 nog niet gereed.",
                "De heer Bastiaansen meldt dat De Kreekrug 126 woningen isoleerde en dat nog 38 woningen met een "
                "E-, F- of G-label resteren. Alle rookmelders in het bezit van beide corporaties zijn in 2025 "
                "gecontroleerd. De woonvisie werd in september 2025 door de raad vastgesteld.",
                [["Kerncijfer", "2024", "2025 (t/m Q3)"],
                 ["Sociale huurvoorraad (woningen)", "2.318", "2.327"],
                 ["Gemiddelde inschrijfduur bij toewijzing", "4,4 jaar", "4,3 jaar"],
                 ["Huisuitzettingen wegens huurachterstand", "3", "2"],
                 ["Woningen met label E, F of G", "61", "38"]],
            ]),
            ("4. Afspraken 2026 per thema", [
                "De wethouder geeft aan dat de afspraken voor 2026 zijn afgestemd op de nieuwe woonvisie en op "
                "de taakstelling vergunninghouders die het Rijk voor het eerste en tweede halfjaar heeft "
                "bekendgemaakt.",
                "Beschikbaar en betaalbaar wonen. Mevrouw Verhoeven-Kools licht toe dat het Havenkwartier door "
                "de herziene verkaveling minder sociale huurwoningen telt. De heer De Wit meldt dat het besluit "
                "over Molenakker positief is uitgevallen. De huurdersorganisaties zijn kritisch over de "
                "liberalisatie bij Zuidhof; de heer De Wit licht toe dat het om een zeer beperkt aantal woningen "
                "in complexen met veel sociale huur gaat. Afgesproken wordt dat de huurverhoging in 2026 een half "
                "procentpunt onder de inflatie blijft. Mevrouw Van Gils vraagt of de corporaties huurders met een "
                "betalingsachterstand eerder kunnen benaderen; dit wordt in de afsprakenlijst opgenomen.",
                "Energietransitie en klimaat. De wethouder meldt dat het wijkuitvoeringsplan voor Kreekzicht "
                "vertraging heeft opgelopen door onzekerheid over de netcapaciteit. Zuidhof wil het aanbod van "
                "zonnepanelen eerst in een pilot evalueren. Zuidhof brengt haar streven naar gemiddeld label B terug "
                "naar label C, gelet op de financiële ruimte.",
                "Kwaliteit en wonen met zorg. Partijen waarderen dat de woningaanpassingen vanuit de Wmo nu "
                "volgens vaste afspraken verlopen. De heer Mertens betreurt dat de termijn voor overige "
                "reparaties bij Zuidhof wordt verlengd.",
                "Leefbaarheid. De energiecoaches worden voortaan onder dit thema besproken, omdat zij vooral via "
                "de wijkteams worden ingezet. De huisbezoeken aan oudere huurders worden vervangen door "
                "ontmoetingsbijeenkomsten in de kernen.",
            ]),
            ("5. Monitoring en samenwerking", [
                "De gemeente kondigt een openbaar dashboard aan. De vergoeding voor ondersteuning van de "
                "huurdersorganisaties blijft in 2026 op hetzelfde niveau; de huurdersorganisaties tekenen "
                "hiertegen bezwaar aan en vragen het punt in 2026 opnieuw te agenderen.",
            ]),
            ("6. Rondvraag", [
                "De heer Snoeck vraagt naar de stand van zaken rond de nieuwe huisvestingsverordening. De "
                "wethouder antwoordt dat de verordening in het eerste kwartaal van 2026 aan de raad wordt "
                "voorgelegd.",
            ]),
            ("7. Sluiting", [
                "De wethouder sluit het overleg om 16.25 uur. De afspraken voor 2026 zijn opgenomen in de "
                "besluitenlijst hieronder.",
            ]),
        ],
        "besluit_intro": "De afspraken voor 2026 zijn in het overleg vastgesteld. Wie = trekker van de afspraak; "
                         "Uiterlijk = datum van realisatie.",
        "actie_intro": "Actiepunten voor de secretariële afhandeling (geen prestatieafspraken).",
        "acties": [
            ("Notulist stuurt het verslag rond en verwerkt de reacties.", "Notulist", "3 december 2025"),
            ("Gemeente plant het vervolgoverleg in april 2026.", "Gemeente", "januari 2026"),
            ("Gemeente stuurt de planning van de huisvestingsverordening naar de huurdersorganisaties.",
             "Gemeente", "februari 2026"),
            ("Corporaties agenderen de hoogte van de ondersteuningsvergoeding voor het voorjaarsoverleg.",
             "Corporaties", "april 2026"),
            ("Secretariaat actualiseert de deelnemerslijst van het overleg.", "Notulist", "januari 2026"),
        ],
        "vastgesteld": "Vastgesteld in het overleg van 15 april 2026.",
    },
    2027: {
        "datum": "18 november 2026",
        "locatie": "Gemeentehuis Ossendrecht, kamer 2.14",
        "aanwezig": [
            "Gemeente Ossendrecht: mevr. D. Schellekens (wethouder Wonen, voorzitter), mevr. S. Aarts "
            "(beleidsadviseur wonen)"] + AANW_BASE[1:4] + [
            "Huurdersraad Zuidhof: mevr. E. van Gils (voorzitter), dhr. P. Snoeck (lid)"],
        "afwezig": "geen",
        "notulist": "dhr. W. Adriaansen (gemeente Ossendrecht)",
        "items": [
            ("1. Opening en vaststelling agenda", [
                "Mevrouw Schellekens opent als nieuwe wethouder Wonen het overleg en stelt zich kort voor. Zij "
                "volgt de heer Van Dommelen op. De agenda wordt met een extra punt over de urgentieregeling "
                "vastgesteld.",
            ]),
            ("2. Verslag vorig overleg (15 april 2026)", [
                "Het verslag wordt vastgesteld. Mevrouw Van Gils merkt op dat de hoogte van de "
                "ondersteuningsvergoeding, zoals toegezegd, op de agenda van dit overleg staat.",
            ]),
            ("3. Terugblik 2026", [
                "Mevrouw Aarts licht de monitor toe. In 2026 werden 24 woningen in het Havenkwartier opgeleverd; "
                "de resterende woningen volgen in 2027. De bouw op de locatie Molenakker is nog niet gestart "
                "omdat tegen de omgevingsvergunning bezwaar werd gemaakt. De laatste woningen met een E-, F- of "
                "G-label zijn in 2026 verbeterd.",
                "De heer Bastiaansen meldt dat De Kreekrug 152 woningen isoleerde. De pilot met zonnepanelen bij "
                "Zuidhof werd in september 2026 positief geëvalueerd. Het dashboard is nog niet opgeleverd; de "
                "gemeente had meer tijd nodig voor de koppeling met de systemen van de corporaties.",
                [["Kerncijfer", "2025", "2026 (t/m Q3)"],
                 ["Sociale huurvoorraad (woningen)", "2.327", "2.349"],
                 ["Gemiddelde inschrijfduur bij toewijzing", "4,3 jaar", "3,9 jaar"],
                 ["Huisuitzettingen wegens huurachterstand", "2", "1"],
                 ["Woningen met label E, F of G", "38", "0"]],
            ]),
            ("4. Afspraken 2027 per thema", [
                "Beschikbaar en betaalbaar wonen. Partijen spreken de ambitie uit de sociale voorraad te laten "
                "groeien. Afgesproken wordt dat De Kreekrug in 2027 geen sociale huurwoningen meer verkoopt. "
                "De liberalisatie bij Zuidhof komt te vervallen. Mevrouw Van Gils is verheugd over de "
                "huurverlaging voor huishoudens met een laag inkomen. Op voorstel van de wethouder wordt de "
                "urgentieregeling in 2027 geëvalueerd.",
                "Energietransitie en klimaat. Nu de laatste E-, F- en G-labels zijn verdwenen, richten de "
                "corporaties zich op het label D. Het wijkuitvoeringsplan voor Kreekzicht wordt niet langer "
                "apart opgesteld, maar opgenomen in de nieuwe transitievisie warmte. De heer Bastiaansen "
                "wijst erop dat de isolatieopgave van De Kreekrug afhankelijk is van rijkssubsidie.",
                "Kwaliteit en wonen met zorg. De heer Mertens vraagt waarom de levensloopgeschikte aanpassingen "
                "aan een voorbehoud worden gekoppeld; de heer Bastiaansen licht toe dat enkele complexen "
                "bouwtechnisch niet geschikt zijn. De meting van het huurdersoordeel wordt voortaan in de "
                "eigen rapportages van de corporaties opgenomen.",
                "Prettig wonen in de wijk. Het thema Leefbaarheid krijgt een nieuwe naam. Partijen spreken af "
                "dat complexe overlastsituaties sneller in het overleg Zorg en Veiligheid worden besproken. "
                "Afgesproken wordt dat de gemeente het budget voor bewonersinitiatieven zonder voorbehoud "
                "beschikbaar stelt.",
            ]),
            ("5. Monitoring en samenwerking", [
                "Omdat het dashboard de voortgang per kwartaal zichtbaar gaat maken, volstaat volgens partijen "
                "voortaan één bestuurlijk overleg per jaar. De corporaties verhogen de vergoeding voor "
                "onafhankelijke ondersteuning van de huurdersorganisaties.",
            ]),
            ("6. Rondvraag", [
                "De heer Snoeck vraagt of de huurdersorganisaties vooraf inzage krijgen in het bod van 2027. De "
                "corporaties bevestigen dit. Er zijn verder geen vragen.",
            ]),
            ("7. Sluiting", [
                "Mevrouw Schellekens sluit het overleg om 15.55 uur en dankt de heer Van Dommelen, die als "
                "toehoorder aanwezig was, voor zijn jarenlange inzet.",
            ]),
        ],
        "besluit_intro": "Afsprakenlijst 2027 zoals vastgesteld in het bestuurlijk overleg. De nummering volgt het "
                         "afsprakenjaar.",
        "actie_intro": "Secretariële actiepunten; deze vallen buiten de prestatieafspraken.",
        "acties": [
            ("Notulist stuurt het verslag binnen drie weken rond.", "Notulist", "9 december 2026"),
            ("Gemeente plant het overleg van november 2027 en een ambtelijke tussenbespreking.", "Gemeente",
             "februari 2027"),
            ("Corporaties sturen het concept-bod ter inzage aan de huurdersorganisaties.", "Corporaties",
             "mei 2027"),
        ],
        "vastgesteld": "Vastgesteld in het overleg van 17 november 2027, na schriftelijke ronde.",
    },
}
