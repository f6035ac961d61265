# -*- coding: utf-8 -*-
"""Narrative (non-afspraak) content and document structure for the eikendonk family."""

GEMEENTE = "Eikendonk"
CORPORATIES = ["Woonstichting Lindehof", "Stichting Brugwonen"]
HUURDERS = ["Huurdersvereniging De Sleutel", "Huurdersraad Brugwonen"]

SIGNED = {2024: "12 december 2023", 2025: "10 december 2024", 2026: "11 december 2025"}

WETHOUDER = {2024: ("mevrouw drs. M.A. Verhoeven-Baas", "wethouder Wonen en Ruimte"),
             2025: ("mevrouw drs. M.A. Verhoeven-Baas", "wethouder Wonen en Ruimte"),
             2026: ("de heer R.J. Hoekstra", "wethouder Volkshuisvesting en Ruimtelijke Ordening")}


def partijen(y):
    w = WETHOUDER[y]
    return [
        "De gemeente Eikendonk, zetelend aan het Raadhuisplein 1 te Eikendonk, op grond van artikel 171 van de "
        "Gemeentewet vertegenwoordigd door %s, %s, hierna te noemen: de gemeente;" % (w[0], w[1]),
        "Woonstichting Lindehof, statutair gevestigd te Eikendonk, vertegenwoordigd door haar directeur-bestuurder, "
        "de heer ir. J.P. Scholten, hierna te noemen: Lindehof;",
        "Stichting Brugwonen, statutair gevestigd te Molenbeek, vertegenwoordigd door haar bestuurder, mevrouw "
        "mr. H. El Amrani, hierna te noemen: Brugwonen;",
        "Huurdersvereniging De Sleutel, de huurdersorganisatie van Lindehof, vertegenwoordigd door haar voorzitter, "
        "mevrouw A. de Wilde-Kramer, hierna te noemen: De Sleutel;",
        "Huurdersraad Brugwonen, de huurdersorganisatie van Brugwonen, vertegenwoordigd door haar voorzitter, de "
        "heer P. Overdijk, hierna te noemen: de Huurdersraad.",
    ]


def signatures(y):
    w = WETHOUDER[y]
    return [
        ("Gemeente Eikendonk", w[0].replace("mevrouw ", "").replace("de heer ", ""), w[1]),
        ("Woonstichting Lindehof", "ir. J.P. Scholten", "directeur-bestuurder"),
        ("Stichting Brugwonen", "mr. H. El Amrani", "bestuurder"),
        ("Huurdersvereniging De Sleutel", "A. de Wilde-Kramer", "voorzitter"),
        ("Huurdersraad Brugwonen", "P. Overdijk", "voorzitter"),
    ]


# ------------------------------------------------------------------ Inleiding
def inleiding(y):
    """list of (subheading, [paragraph strings]) ; the string 'TABLE' marks the kerncijfers table."""
    prev = y - 1
    aanleiding = {
        2024: "Voor u liggen de prestatieafspraken 2024 tussen de gemeente Eikendonk, Woonstichting Lindehof, "
              "Stichting Brugwonen en de huurdersorganisaties De Sleutel en Huurdersraad Brugwonen. De afspraken "
              "zijn tot stand gekomen in vier tripartiete overleggen in het najaar van 2023, op basis van de "
              "overzichten van voorgenomen werkzaamheden die beide corporaties in juni 2023 hebben uitgebracht. "
              "Zoals in voorgaande jaren maken partijen afspraken voor één kalenderjaar; zij bouwen daarbij voort "
              "op de prestatieafspraken 2023 en hebben deze waar nodig aangescherpt.",
        2025: "Voor u liggen de prestatieafspraken 2025 tussen de gemeente Eikendonk, Woonstichting Lindehof, "
              "Stichting Brugwonen en de huurdersorganisaties De Sleutel en Huurdersraad Brugwonen. De afspraken "
              "zijn voorbereid in vijf tripartiete overleggen tussen september en november 2024, op basis van de "
              "overzichten van voorgenomen werkzaamheden die de corporaties in juni 2024 hebben uitgebracht. In de "
              "loop van 2024 hebben partijen besproken of de overstap naar meerjarige kaderafspraken mogelijk was. "
              "Omdat de gevolgen van nieuwe wetgeving en van de gestegen bouwkosten nog onvoldoende duidelijk "
              "waren, is ervoor gekozen ook voor 2025 jaarafspraken te maken.",
        2026: "Voor u liggen de prestatieafspraken 2026 tussen de gemeente Eikendonk, Woonstichting Lindehof, "
              "Stichting Brugwonen en de huurdersorganisaties De Sleutel en Huurdersraad Brugwonen. Het overleg "
              "vond plaats in het najaar van 2025 en werd voor het eerst voorgezeten door een onafhankelijke "
              "procesbegeleider. Partijen hebben de opbouw van het document op onderdelen aangepast: de hoofdstukken "
              "over kwaliteit en over wonen en zorg zijn van plaats gewisseld en een aantal afspraken is "
              "samengevoegd of vervallen omdat zij in 2025 zijn uitgevoerd.",
    }[y]
    kader = [
        "De Woonvisie Eikendonk 2022-2030, die de gemeenteraad in maart 2022 heeft vastgesteld, vormt het "
        "vertrekpunt. De woonvisie kent drie pijlers: voldoende en betaalbare woningen, duurzame en gezonde "
        "woningen, en vitale wijken en kernen waar inwoners met en zonder zorgvraag prettig samenleven. "
        "Daarnaast spelen de regionale woondeal Donkervallei, waarin voor Eikendonk een opgave van 1.450 woningen "
        "tot en met 2030 is opgenomen, en de Nationale Prestatieafspraken van juni 2022 een belangrijke rol.",
    ]
    if y >= 2025:
        kader.append(
            "Het Rijk heeft met het wetsvoorstel Versterking regie op de volkshuisvesting aangekondigd dat gemeenten "
            "een volkshuisvestingsprogramma gaan opstellen, waarin ten minste twee derde van de nieuwbouw betaalbaar "
            "moet zijn. Partijen houden in deze afspraken al zoveel mogelijk rekening met die verwachte kaders.")
    if y == 2026:
        kader.append(
            "De gemeente werkt in 2026 aan het eerste volkshuisvestingsprogramma voor Eikendonk. De uitkomsten "
            "daarvan worden in de prestatieafspraken voor 2027 verwerkt.")
    terugblik = {
        2024: [
            "In 2023 leverden de corporaties samen 71 sociale huurwoningen op: Lindehof voltooide 47 woningen in "
            "Heesveld-Zuid en Brugwonen 24 woningen aan de Kerkstraat in Molenbeek. Daarnaast werden 164 woningen "
            "geïsoleerd en kregen 96 woningen een beter energielabel, waardoor het aantal woningen met een label E, "
            "F of G daalde van 301 naar 212.",
            "Er werden 52 vergunninghouders gehuisvest, drie meer dan de taakstelling. Vier huishoudens werden "
            "wegens een huurachterstand uit hun woning gezet; in 2022 waren dat er nog zes. De gemiddelde "
            "inschrijfduur van woningzoekenden die een woning kregen, liep op van 3,9 naar 4,3 jaar.",
        ],
        2025: [
            "In 2024 leverde Lindehof 40 woningen op in Vlasakker-Noord (fase 1). Het project Heesveld-Kerkpad liep "
            "vertraging op door een langdurige bezwaarprocedure en is doorgeschoven naar 2025. Brugwonen startte in "
            "mei met de bouw aan de Molenbeekse Dreef. Door gestegen bouwkosten en de beperkte capaciteit van het "
            "elektriciteitsnet in het oosten van de gemeente werd het nieuwbouwprogramma van Lindehof bijgesteld.",
            "Lindehof isoleerde 186 woningen, zes meer dan afgesproken, en het aantal woningen met een label E, F of "
            "G daalde naar 131. Er werden 61 vergunninghouders gehuisvest bij een taakstelling van 58 en er vonden "
            "twee huisuitzettingen wegens huurachterstand plaats. De pilot met hybride warmtepompen in De Beemd werd "
            "positief beoordeeld: 34 van de 40 deelnemende huishoudens waren tevreden over comfort en energiekosten.",
        ],
        2026: [
            "In 2025 werd het project Heesveld-Kerkpad met 24 woningen opgeleverd. De tijdelijke woningen op de "
            "Oude Veiling konden niet in 2025 worden opgeleverd, omdat de netbeheerder de aansluiting pas in het "
            "voorjaar van 2026 kan realiseren. Lindehof verkocht zeven woningen, drie minder dan het afgesproken "
            "maximum.",
            "Lindehof isoleerde 204 woningen; het afgesproken aantal van 210 werd niet gehaald doordat een "
            "aannemer failliet ging. Het aantal woningen met een label E, F of G daalde naar 58. Er werden 66 "
            "vergunninghouders gehuisvest, vijf minder dan de taakstelling, en er vond één huisuitzetting wegens "
            "huurachterstand plaats. Het wijkuitvoeringsplan Kloosterveld werd in september vastgesteld.",
        ],
    }[y]
    kern_intro = ("In de onderstaande tabel staan de belangrijkste kerncijfers per 1 januari %d. De cijfers zijn "
                  "afkomstig uit de jaarverslagen van de corporaties en de woonruimteverdeling in de regio." % y)
    lees = ("Hoofdstuk I beschrijft de aanleiding en het beleidskader. In de hoofdstukken II tot en met VI staan "
            "de inhoudelijke afspraken per thema; elk hoofdstuk begint met een korte toelichting. Hoofdstuk VII "
            "bevat de afspraken over het proces en de monitoring. De afspraken zijn per hoofdstuk genummerd "
            "(bijvoorbeeld III.2). Waar dat van toepassing is, staat achter een afspraak tussen haakjes wie de "
            "trekker of eigenaar is en wanneer de afspraak gereed moet zijn.")
    return [
        ("Aanleiding", [aanleiding]),
        ("Beleidskader", kader),
        ("Terugblik op %d" % prev, terugblik),
        ("Kerncijfers", [kern_intro, "TABLE"]),
        ("Leeswijzer", [lees]),
    ]


KERNCIJFERS = {
    2024: [("Sociale huurwoningen in Eikendonk", "4.112", "2.286", "6.398"),
           ("Gemiddelde netto huurprijs", "€ 612", "€ 598", "€ 607"),
           ("Woningen met energielabel E, F of G", "141", "71", "212"),
           ("Huishoudens met huurachterstand van meer dan twee maanden", "38", "19", "57"),
           ("Gemiddelde inschrijfduur slagende woningzoekenden", "", "", "4,3 jaar")],
    2025: [("Sociale huurwoningen in Eikendonk", "4.149", "2.281", "6.430"),
           ("Gemiddelde netto huurprijs", "€ 641", "€ 627", "€ 636"),
           ("Woningen met energielabel E, F of G", "84", "47", "131"),
           ("Huishoudens met huurachterstand van meer dan twee maanden", "35", "17", "52"),
           ("Gemiddelde inschrijfduur slagende woningzoekenden", "", "", "4,5 jaar")],
    2026: [("Sociale huurwoningen in Eikendonk", "4.171", "2.287", "6.458"),
           ("Gemiddelde netto huurprijs", "€ 663", "€ 650", "€ 658"),
           ("Woningen met energielabel E, F of G", "35", "23", "58"),
           ("Huishoudens met huurachterstand van meer dan twee maanden", "31", "18", "49"),
           ("Gemiddelde inschrijfduur slagende woningzoekenden", "", "", "4,4 jaar")],
}


# ------------------------------------------------------------------ chapter intros
def intro(chapter, y):
    if chapter == "beschikbaar":
        t = ["De woonvisie zet in op voldoende betaalbare woningen voor iedereen die op een sociale huurwoning is "
             "aangewezen. De vraag is de afgelopen jaren verder toegenomen, onder meer door de groei van het aantal "
             "kleine huishoudens, de huisvesting van vergunninghouders en de uitstroom uit zorginstellingen. In de "
             "regionale woondeal Donkervallei is vastgelegd dat in de nieuwbouw tot 2030 ten minste 30% sociale "
             "huur wordt gerealiseerd."]
        if y >= 2025:
            t.append("De gestegen bouw- en financieringskosten en de netcongestie in het oostelijk deel van de "
                     "gemeente zetten de nieuwbouw onder druk. Partijen hebben de programmering daarom kritisch "
                     "bezien en aangesloten bij wat realistisch haalbaar is.")
        return t
    if chapter == "huur":
        return ["De corporaties voeren een gematigd huurbeleid. De maximale huurverhoging wordt jaarlijks door het "
                "Rijk vastgesteld; de voorgenomen huurverhoging wordt in het voorjaar met de huurdersorganisaties "
                "besproken. Voor de toewijzing van woningen geldt de regionale huisvestingsverordening."]
    if chapter == "schulden":
        return ["Huurders met betalingsproblemen worden zo vroeg mogelijk in beeld gebracht. Sinds 2021 zijn "
                "verhuurders wettelijk verplicht om betalingsachterstanden te melden bij de gemeente, zodat "
                "schuldhulpverlening tijdig hulp kan aanbieden."]
    if chapter == "zorg":
        return ["Steeds meer inwoners met een zorg- of ondersteuningsvraag wonen zelfstandig. In Eikendonk is het "
                "aandeel inwoners van 75 jaar en ouder gestegen van 8%% in 2015 naar 11%% in %d. Dat vraagt om "
                "geschikte woningen, om passende begeleiding en om een goede samenwerking tussen corporaties, "
                "gemeente en zorgaanbieders." % (y - 1)]
    if chapter == "duurzaam":
        t = ["Partijen onderschrijven de doelen uit het Klimaatakkoord en de Nationale Prestatieafspraken: na 2028 "
             "zijn er geen corporatiewoningen meer met een energielabel E, F of G en in 2050 is de woningvoorraad "
             "aardgasvrij. De gemeente heeft in 2021 de Transitievisie Warmte vastgesteld, waarin Kloosterveld als "
             "eerste wijk is aangewezen. Verduurzaming moet bijdragen aan lagere woonlasten voor huurders."]
        if y >= 2025:
            t.append("Naast de energietransitie krijgt klimaatadaptatie meer aandacht. De stresstest van het "
                     "waterschap laat zien dat delen van Vlasakker en Centrum-Oost gevoelig zijn voor hittestress "
                     "en wateroverlast.")
        return t
    if chapter == "kwaliteit":
        return ["Een goede, veilige en gezonde woning is de basis voor prettig wonen. De huurdersorganisaties "
                "hebben aangegeven dat vocht en schimmel en de doorlooptijd van reparaties voor hun achterban de "
                "belangrijkste aandachtspunten zijn. De corporaties werken met meerjarige onderhoudsbegrotingen per "
                "complex."]
    if chapter == "leefbaar":
        return ["De leefbaarheid in de meeste buurten van Eikendonk is goed. De Leefbaarometer laat voor Vlasakker "
                "en een deel van Kloosterveld echter een lichte daling zien, onder meer door een toename van "
                "overlast en eenzaamheid. Partijen kiezen voor een wijkgerichte aanpak waarin bewoners, "
                "wijkteams, politie en corporaties samenwerken."]
    raise KeyError(chapter)


# ------------------------------------------------------------------ chapter VII context paragraphs
def looptijd(y):
    return ["Deze prestatieafspraken gelden van 1 januari %d tot en met 31 december %d. Afspraken met een langere "
            "doorlooptijd worden bij de afspraken voor het volgende jaar opnieuw bezien." % (y, y)]


def monitoring_ctx(y):
    return ["De monitor bevat per afspraak de stand van zaken. Na afloop van het jaar wordt de eindstand als "
            "bijlage bij de volgende prestatieafspraken gevoegd; zie voor %d bijlage 2." % (y - 1)
            if y >= 2025 else
            "De monitor bevat per afspraak de stand van zaken. Na afloop van het jaar wordt de eindstand als "
            "bijlage bij de volgende prestatieafspraken gevoegd."]


def cyclus_ctx(y):
    return ["Volgens de Woningwet worden de prestatieafspraken vóór 15 december ondertekend. Het overleg over de "
            "afspraken vindt doorgaans in september en oktober plaats, na de behandeling van de biedingen in het "
            "bestuurlijk overleg."]


def geschillen(y):
    return ["Komen partijen er bij een verschil van inzicht in het bestuurlijk overleg niet uit, dan kan ieder van "
            "hen het geschil op grond van artikel 44 van de Woningwet voorleggen aan de minister, die daarover "
            "advies vraagt aan de Adviescommissie geschilbeslechting prestatieafspraken."]


def wijzigingen(y):
    return ["Een tussentijdse wijziging van deze afspraken is alleen mogelijk als alle partijen daarmee "
            "schriftelijk instemmen. De door de corporaties genoemde investeringen zijn onder voorbehoud van "
            "goedkeuring door hun raden van commissarissen. Wijzigt het Rijk het beleid op een wijze die de "
            "uitvoering wezenlijk raakt, dan kan elk van de partijen het bestuurlijk overleg vragen de afspraken "
            "te heroverwegen."]


# ------------------------------------------------------------------ structure
# chapter = (roman, title, intro-key or None, [(subheading or None, [items])])
# an item is an afspraak key, or ("p", callable) for a context paragraph list
def structure(y):
    II_nieuw = ["nieuwbouw-lindehof", "nieuwbouw-dreef"] + (["flexwonen"] if y >= 2025 else []) + \
               ["grondposities", "aandeel-sociaal", "verkoop-lindehof", "liberalisatie-brugwonen"]
    if y == 2026:
        II_huur = ("Woonruimteverdeling en huurbeleid",
                   [("p", "huur"), "lokale-binding", "slaagkansen", "passend-toewijzen", "taakstelling",
                    "huurverhoging"])
    else:
        II_huur = ("Huurbeleid en woonruimteverdeling",
                   [("p", "huur"), "huurverhoging", "lokale-binding", "passend-toewijzen", "taakstelling"])
    II = ("II", "Betaalbaar en beschikbaar wonen", "beschikbaar", [
        ("Nieuwbouw en woningvoorraad", II_nieuw),
        II_huur,
        ("Betaalbaarheid en schulden", [("p", "schulden"), "vroegsignalering", "huisuitzettingen"]),
    ])
    if y == 2024:
        zorg = ["uitstroom-bw", "levensloop", "wmo-aanpassingen", "seniorenregeling", "woonzorgcluster-beemd",
                "toegankelijkheid"]
        kwal = ["vocht-schimmel", "reparaties", "onderhoudsbegroting", "brandveiligheid", "loden-leidingen"]
        duur = ["efg-uitfasering", "label-brugwonen", "isolatie-lindehof", "zonnepanelen", "energiecoaches",
                "warmte-kloosterveld", "hybride"]
        leef = ["leefbaarheidsbudget", "woonoverlast", "wijkschouw", "huiskamer-molenbeek", "zachte-landing"]
    elif y == 2025:
        zorg = ["uitstroom-bw", "levensloop", "wmo-aanpassingen", "seniorenregeling", "kloosterhof"]
        kwal = ["vocht-schimmel", "reparaties", "onderhoudsbegroting", "loden-leidingen", "toegankelijkheid"]
        duur = ["efg-uitfasering", "label-brugwonen", "isolatie-lindehof", "zonnepanelen", "energiecoaches",
                "warmte-kloosterveld", "hybride"]
        leef = ["leefbaarheidsbudget", "woonoverlast", "wijkschouw", "ontmoetingsruimte", "zachte-landing"]
    else:
        zorg = ["uitstroom-bw", "kloosterhof", "levensloop", "wmo-aanpassingen", "seniorenregeling"]
        kwal = ["vocht-schimmel", "reparaties", "onderhoudsbegroting"]
        duur = ["efg-uitfasering", "label-brugwonen", "isolatie-lindehof", "warmtenet-kloosterveld",
                "zonnepanelen", "hybride", "energiecoaches"]
        leef = ["leefbaarheidsbudget", "woonoverlast", "wijkschouw", "ontmoetingsruimte", "zachte-landing"]
    duur_title = "Duurzaam wonen" if y == 2024 else "Energietransitie en klimaat"
    ZORG = ("Wonen en zorg", "zorg", [(None, zorg)])
    KWAL = ("Kwaliteit en onderhoud", "kwaliteit", [(None, kwal)])
    DUUR = (duur_title, "duurzaam", [(None, duur)])
    LEEF = ("Leefbare wijken en kernen", "leefbaar", [(None, leef)])
    order = [ZORG, DUUR, KWAL, LEEF] if y < 2026 else [KWAL, ZORG, DUUR, LEEF]
    chapters = [II]
    for roman, ch in zip(["III", "IV", "V", "VI"], order):
        chapters.append((roman, ch[0], ch[1], ch[2]))
    last = ("Evaluatie en vervolg", ["kaderafspraken"]) if y < 2026 else \
        ("Huurdersparticipatie", ["huurdersparticipatie"])
    VII = ("VII", "Proces en monitoring", None, [
        ("Looptijd", [("p", "looptijd")]),
        ("Monitoring en verantwoording", ["monitoring", ("p", "monitoring")]),
        ("Bod en jaarcyclus", ["bod-datum", ("p", "cyclus")]),
        ("Ondersteuning van de huurdersorganisaties", ["ondersteuning-ho"]),
        last,
        ("Geschillen", [("p", "geschillen")]),
        ("Wijzigingen en bijzondere omstandigheden", [("p", "wijzigingen")]),
    ])
    chapters.append(VII)
    return chapters


def context_paras(name, y):
    return {
        "huur": lambda: intro("huur", y),
        "schulden": lambda: intro("schulden", y),
        "looptijd": lambda: looptijd(y),
        "monitoring": lambda: monitoring_ctx(y),
        "cyclus": lambda: cyclus_ctx(y),
        "geschillen": lambda: geschillen(y),
        "wijzigingen": lambda: wijzigingen(y),
    }[name]()


# ------------------------------------------------------------------ bijlagen
NIEUWBOUW = {
    2024: [("Vlasakker-Noord fase 1", "Eikendonk", "Lindehof", "40", "2024"),
           ("Heesveld-Kerkpad", "Heesveld", "Lindehof", "24", "2024"),
           ("Vlasakker-Noord fase 2", "Eikendonk", "Lindehof", "56", "2026"),
           ("De Lindeboom", "Eikendonk", "Lindehof", "60", "2027"),
           ("Marktstraat", "Eikendonk", "Lindehof", "40", "2027"),
           ("Molenbeekse Dreef", "Molenbeek", "Brugwonen", "36", "2025")],
    2025: [("Vlasakker-Noord fase 1", "Eikendonk", "Lindehof", "40", "opgeleverd 2024"),
           ("Heesveld-Kerkpad", "Heesveld", "Lindehof", "24", "2025"),
           ("Vlasakker-Noord fase 2", "Eikendonk", "Lindehof", "56", "2026"),
           ("De Lindeboom", "Eikendonk", "Lindehof", "40", "2027"),
           ("Marktstraat", "Eikendonk", "Lindehof", "30", "2027"),
           ("Molenbeekse Dreef", "Molenbeek", "Brugwonen", "36", "medio 2026"),
           ("Oude Veiling (tijdelijk)", "Eikendonk", "Brugwonen", "24", "eind 2025"),
           ("Kloosterhof (transformatie)", "Eikendonk", "Lindehof", "30", "eind 2026")],
    2026: [("Vlasakker-Noord fase 2", "Eikendonk", "Lindehof", "56", "2026"),
           ("De Lindeboom", "Eikendonk", "Lindehof", "40", "2027"),
           ("Marktstraat", "Eikendonk", "Lindehof", "30", "2027"),
           ("Molenbeekse Dreef", "Molenbeek", "Brugwonen", "36", "Q1 2026"),
           ("Oude Veiling (tijdelijk)", "Eikendonk", "Brugwonen", "20", "medio 2026"),
           ("Kloosterhof (transformatie)", "Eikendonk", "Lindehof", "30", "eind 2026")],
}

# monitor of the previous year's afspraken: key -> (short subject, status)
MONITOR = {
    2025: [("nieuwbouw-lindehof", "Nieuwbouw Lindehof 2024-2027", "Bijgesteld; 40 woningen opgeleverd"),
           ("nieuwbouw-dreef", "Bouw Molenbeekse Dreef", "Gestart in mei; oplevering vertraagd"),
           ("verkoop-lindehof", "Verkoop Lindehof", "Negen woningen verkocht"),
           ("huurverhoging", "Huurverhoging 1 juli", "Gerealiseerd, gemiddeld 4,9%"),
           ("taakstelling", "Vergunninghouders", "61 personen gehuisvest"),
           ("seniorenregeling", "Verhuisregeling senioren", "Verkenning afgerond"),
           ("woonzorgcluster-beemd", "Woonzorgcluster De Beemd", "Niet haalbaar gebleken"),
           ("toegankelijkheid", "Toegankelijkheid seniorencomplexen", "Lindehof gereed, Brugwonen loopt"),
           ("isolatie-lindehof", "Isolatie Lindehof", "186 woningen geïsoleerd"),
           ("hybride", "Pilot hybride warmtepompen", "Afgerond en geëvalueerd"),
           ("brandveiligheid", "Brandveiligheidsscan portiekflats", "Afgerond"),
           ("huiskamer-molenbeek", "Huiskamer Molenbeek", "Geen geschikte locatie"),
           ("kaderafspraken", "Meerjarige kaderafspraken", "Uitgesteld")],
    2026: [("nieuwbouw-lindehof", "Nieuwbouw Lindehof 2024-2027", "24 woningen Heesveld-Kerkpad opgeleverd"),
           ("nieuwbouw-dreef", "Bouw Molenbeekse Dreef", "Netaansluiting gereed"),
           ("flexwonen", "Tijdelijke woningen Oude Veiling", "Vertraagd door netcongestie"),
           ("verkoop-lindehof", "Verkoop Lindehof", "Zeven woningen verkocht"),
           ("taakstelling", "Vergunninghouders", "66 van 71 personen gehuisvest"),
           ("seniorenregeling", "Verhuisregeling senioren", "Ingevoerd; negen verhuizingen"),
           ("toegankelijkheid", "Toegankelijkheid Brugwonen", "Afgerond in maart"),
           ("warmte-kloosterveld", "Wijkuitvoeringsplan Kloosterveld", "Vastgesteld in september"),
           ("isolatie-lindehof", "Isolatie Lindehof", "204 woningen geïsoleerd"),
           ("loden-leidingen", "Loden drinkwaterleidingen", "Afgerond; 14 woningen gesaneerd"),
           ("kaderafspraken", "Meerjarige kaderafspraken", "Jaarafspraken tot en met 2026")],
}

BEGRIPPEN = [
    ("Aftoppingsgrens", "de huurgrens waarboven huurtoeslag slechts gedeeltelijk wordt vergoed; het Rijk stelt de "
                        "aftoppingsgrenzen jaarlijks vast."),
    ("Liberalisatiegrens", "de huurprijs waarboven een woning niet langer tot de sociale huur behoort."),
    ("Passend toewijzen", "de wettelijke regel dat huishoudens met recht op huurtoeslag een woning krijgen met een "
                          "huur tot de voor hen geldende aftoppingsgrens."),
    ("Vergunninghouder", "een asielzoeker met een verblijfsvergunning die door het Rijk aan een gemeente wordt "
                         "gekoppeld voor huisvesting."),
    ("Verhuureenheid", "een woning of andere zelfstandige eenheid die door een corporatie wordt verhuurd."),
]
