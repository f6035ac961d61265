# -*- coding: utf-8 -*-
"""Context text and document structure per year for the lindewaard family.

A structure is a list of blocks:
  ("h1", text) / ("h2", text)       numbered headings as printed
  ("p", text)                       context paragraph (may hold [^id] footnote markers)
  ("toel", text)                    paragraph headed "Toelichting"
  ("table", rows, colwidths_cm)     context table (kerncijfers, bijlage)
  ("box", key)                      an afspraak box
  ("sign",) / ("pagebreak",)
"""

SIGN = {
    2024: "12 december 2023",
    2025: "10 december 2024",
    2026: "9 december 2025",
}
SIGNERS = [
    ("Gemeente Lindewaard", "J.H. van Dalsum", "wethouder Wonen en Ruimte"),
    ("Woonstichting De Linde", "ir. M. Holtrop", "directeur-bestuurder"),
    ("Waardborg Wonen", "drs. R.A. el Amrani", "bestuurder"),
    ("Huurdersvereniging Lindeboog", "A. Westerveld-Bos", "voorzitter"),
    ("Huurdersraad Waardborg", "T. Kamphuis", "voorzitter"),
]

TB = {  # terugblik figures: the year before the document year
    2024: dict(prev=2023, opgeleverd=86, verkocht=12, lib=0, vh=54, taak=52, efg=210, hv="5,4", uitz=6, wacht="6,3",
               voorraad_dl=4120, voorraad_wb=2310, efg_rest=275, achterstand="1,1"),
    2025: dict(prev=2024, opgeleverd=78, verkocht=11, lib=0, vh=60, taak=58, efg=185, hv="4,9", uitz=5, wacht="6,1",
               voorraad_dl=4170, voorraad_wb=2298, efg_rest=95, achterstand="1,0"),
    2026: dict(prev=2025, opgeleverd=52, verkocht=7, lib=6, vh=66, taak=71, efg=81, hv="3,1", uitz=3, wacht="5,8",
               voorraad_dl=4205, voorraad_wb=2301, efg_rest=14, achterstand="0,9"),
}


def structure(y):
    t = TB[y]
    p = t["prev"]
    ch4 = "4. Duurzaam wonen" if y == 2024 else "4. Energietransitie en klimaat"
    ch6 = "6. Prettig wonen in de wijk" if y == 2026 else "6. Leefbare wijken"
    s33 = "3.3 Huurbeleid en woonlasten" if y == 2026 else "3.3 Huurbeleid en betaalbaarheid"
    S = []
    a = S.append
    # ------------------------------------------------------------ 1 inleiding
    a(("h1", "1. Inleiding"))
    a(("h2", "1.1 Partijen en totstandkoming"))
    a(("p", "Voor u liggen de prestatieafspraken voor het jaar %d tussen de gemeente Lindewaard, Woonstichting De Linde, "
            "Waardborg Wonen, Huurdersvereniging Lindeboog en Huurdersraad Waardborg. Woonstichting De Linde verhuurt in "
            "Lindewaard ruim %s woningen, Waardborg Wonen circa %s. Beide corporaties hebben vóór 1 juli %d een bod "
            "uitgebracht op de Woonvisie Lindewaard 2022-2030[^wv], waarna in het najaar van %d in drie tripartiete "
            "sessies over de afspraken is onderhandeld."
        % (y, _n(t["voorraad_dl"]), _n(t["voorraad_wb"]), p, p)))
    a(("p", "De huurdersorganisaties namen als gelijkwaardige partij deel aan het overleg. Zij lieten zich daarbij "
            "ondersteunen door een onafhankelijk adviseur en raadpleegden hun achterban in een digitale peiling."))
    a(("h2", "1.2 Beleidskader"))
    a(("p", "De woonvisie beschrijft de ambities van de gemeente tot 2030: voldoende betaalbare woningen voor starters en "
            "senioren, een versnelde verduurzaming van de bestaande voorraad en wijken waarin bewoners zich thuis "
            "voelen. Lindewaard heeft zich bovendien in de regionale woondeal verbonden aan een forse bouwopgave, "
            "waarvan ongeveer een derde als sociale huur wordt gerealiseerd."))
    if y >= 2025:
        a(("p", "Op landelijk niveau zal de Wet versterking regie volkshuisvesting[^wvrv] gemeenten verplichten een "
                "volkshuisvestingsprogramma op te stellen. Zodra dit programma is vastgesteld, wordt het de basis voor "
                "toekomstige afspraken. Tot die tijd blijft de woonvisie het kader."))
    else:
        a(("p", "De Nationale Prestatieafspraken van het Rijk en de koepels werden in 2022 vertaald naar de regio. De "
                "doelen voor betaalbaarheid, nieuwbouw en verduurzaming zijn in deze afspraken zo veel mogelijk "
                "overgenomen, rekening houdend met de financiële ruimte van beide corporaties."))
    a(("h2", "1.3 Leeswijzer"))
    a(("p", "Hoofdstuk 2 blikt terug op %d. In de hoofdstukken 3 tot en met 7 staan de afspraken per thema. Elke afspraak "
            "is opgenomen in een kader en doorlopend genummerd; tekst buiten de kaders is toelichting en heeft niet de "
            "status van een afspraak. Hoofdstuk 8 bevat de ondertekening en de lijst van bijlagen." % p))
    # ------------------------------------------------------------ 2 terugblik
    a(("h1", "2. Terugblik op %d" % p))
    a(("p", "In %d werden in Lindewaard %d sociale huurwoningen opgeleverd. Woonstichting De Linde verkocht %d woningen "
            "uit de bestaande voorraad en er werden %s woningen geliberaliseerd. Daarmee nam de sociale voorraad per "
            "saldo licht toe." % (p, t["opgeleverd"], t["verkocht"], _w(t["lib"]))))
    a(("p", "De corporaties huisvestten samen %d vergunninghouders, tegenover een taakstelling van %d. De gemiddelde "
            "huurverhoging bedroeg %s%%. Het aantal huisuitzettingen wegens huurachterstand kwam uit op %d, mede doordat "
            "het team Vroegsignalering eerder in beeld was." % (t["vh"], t["taak"], t["hv"], t["uitz"])))
    a(("p", "Op het gebied van verduurzaming werden %d woningen met een energielabel E, F of G verbeterd. Eind %d hadden "
            "nog %d woningen een van deze labels. Ook werd een start gemaakt met de verkenningen die in de vorige "
            "afspraken waren opgenomen; de resultaten daarvan zijn in deze afspraken verwerkt." % (t["efg"], p, t["efg_rest"])))
    a(("p", "Kerncijfers per 1 januari %d" % y))
    a(("table", [
        ["Kerncijfer", "De Linde", "Waardborg", "Totaal"],
        ["Sociale huurwoningen", _n(t["voorraad_dl"]), _n(t["voorraad_wb"]), _n(t["voorraad_dl"] + t["voorraad_wb"])],
        ["Woningen met label E, F of G", str(t["efg_rest"] * 2 // 3), str(t["efg_rest"] - t["efg_rest"] * 2 // 3),
         str(t["efg_rest"])],
        ["Gemiddelde inschrijfduur starters (jaar)", t["wacht"], t["wacht"], t["wacht"]],
        ["Huishoudens met huurachterstand (%)", t["achterstand"], t["achterstand"], t["achterstand"]],
    ], [7.2, 2.6, 2.6, 2.6]))
    # ------------------------------------------------------------ 3 beschikbaar
    a(("h1", "3. Beschikbaar en betaalbaar wonen"))
    a(("p", "De vraag naar sociale huurwoningen in Lindewaard is groter dan het aanbod. Starters wachten gemiddeld ruim "
            "vijf jaar op een woning en ook senioren vinden moeilijk een passende woning in hun eigen kern. Partijen "
            "willen daarom de voorraad laten groeien en de bestaande woningen beter benutten."))
    a(("h2", "3.1 Nieuwbouw en woningvoorraad"))
    if y == 2024:
        order31 = ["kloosterweide", "nieuwbouw-totaal", "molenstraat",
                   ("toel", "De bouw van Kloosterweide is in 2023 gestart. Voor de locatie Molenstraat werd in het "
                            "voorjaar van 2023 het bestemmingsplan vastgesteld; de aanbesteding wordt door Waardborg "
                            "Wonen in de eerste helft van 2024 afgerond."),
                   "flexwonen", "verkoop", "liberalisatie", "sociale-voorraad", "middenhuur-verkenning"]
    elif y == 2025:
        order31 = ["nieuwbouw-totaal", "kloosterweide", "molenstraat",
                   ("toel", "De oplevering van de woningen aan de Molenstraat schuift op doordat de aannemer de "
                            "aanbesteding in 2024 niet binnen het budget kon gunnen. Het plan werd daarop versoberd "
                            "zonder het aantal woningen aan te passen."),
                   "flexwonen", "middenhuur-kavel", "woningdelen",
                   ("toel", "De verkenning naar middenhuur in Brinkhoven is in 2024 afgerond met de conclusie dat de "
                            "locatie te klein is. In het plan De Meent is wel ruimte voor middenhuur."),
                   "verkoop", "liberalisatie", "sociale-voorraad"]
    else:
        order31 = ["nieuwbouw-totaal",
                   ("toel", "Met de oplevering van de laatste woningen in Kloosterweide in 2025 is dit plan afgerond. "
                            "Aan de Molenstraat is het programma aangepast aan de stijgende bouwkosten; acht woningen "
                            "worden later in een tweede fase gebouwd."),
                   "molenstraat", "flexwonen", "middenhuur-kavel", "woningdelen", "sociale-voorraad", "verkoop",
                   "liberalisatie"]
    a(("boxes", order31))
    a(("h2", "3.2 Woningtoewijzing en doelgroepen"))
    a(("p", "Woningen worden toegewezen volgens de Huisvestingsverordening Lindewaard 2023[^hv]. Daarbij wordt gebruik "
            "gemaakt van de wettelijke ruimte voor lokale voorrang en van urgentie voor bijzondere doelgroepen."))
    if y == 2024:
        a(("boxes", ["statushouders", "doorstroming-senioren", "toewijzing-inkomensgrens"]))
    else:
        a(("boxes", ["statushouders", "toewijzing-inkomensgrens",
                     ("toel", "De taakstelling voor vergunninghouders wordt halfjaarlijks door het Rijk vastgesteld. "
                              "Het genoemde aantal is gebaseerd op de circulaires voor het eerste en tweede halfjaar."),
                     "doorstroming-senioren"]))
    a(("h2", s33))
    a(("p", "De betaalbaarheid van het wonen staat onder druk door gestegen energieprijzen en vaste lasten. De jaarlijkse "
            "huurverhoging wordt door de minister begrensd; binnen die grens maken partijen hun eigen afspraken."))
    if y == 2026:
        a(("boxes", ["huurverhoging", "vroegsignalering", "woonlastenfonds",
                     ("toel", "Het Energieloket richt zich vanaf 2026 op de wijken waar de energielasten van huurders "
                              "het hoogst zijn. Daarom is de afspraak over energiecoaches naar deze paragraaf verplaatst."),
                     "energiecoaches"]))
    else:
        a(("boxes", ["huurverhoging", "vroegsignalering", "huisuitzettingen", "woonlastenfonds"]))
    # ------------------------------------------------------------ 4 duurzaam
    a(("h1", ch4))
    a(("p", "De corporaties verduurzamen hun bezit in lijn met de landelijke doelen: geen woningen meer met een "
            "energielabel E, F of G en een forse stap in isolatie en aardgasvrij wonen. Voor de huurder moet "
            "verduurzaming per saldo leiden tot gelijke of lagere woonlasten."))
    if y == 2024:
        a(("boxes", ["labels-efg", "gemiddeld-label", "isolatie",
                     ("toel", "Het warmtenet in Oosterkamp werd in 2023 door de gemeente aanbesteed. De aansluiting van "
                              "woningen zal pas plaatsvinden nadat de hoofdleiding is aangelegd."),
                     "warmtenet", "zonnepanelen", "energiecoaches", "klimaatadaptatie"]))
    elif y == 2025:
        a(("boxes", ["labels-efg", "isolatie", "gemiddeld-label",
                     ("toel", "De aanbesteding van het warmtenet in Oosterkamp is in 2024 vertraagd, omdat de "
                              "warmtebron opnieuw moest worden beoordeeld. Hierdoor is onzeker wanneer woningen kunnen "
                              "worden aangesloten."),
                     "warmtenet", "zonnepanelen", "energiecoaches", "klimaatadaptatie"]))
    else:
        a(("boxes", ["labels-efg", "isolatie",
                     ("toel", "Waardborg Wonen gaat voor de resterende complexen uit van rijkssubsidie. Zonder deze "
                              "bijdrage past de verduurzaming niet binnen de begroting van de corporatie."),
                     "gemiddeld-label", "warmtenet", "zonnepanelen"]))
    # ------------------------------------------------------------ 5 kwaliteit
    a(("h1", "5. Kwaliteit, wonen en zorg"))
    a(("p", "Huurders moeten kunnen rekenen op een gezonde, veilige en goed onderhouden woning. Tegelijk neemt het aantal "
            "ouderen dat zelfstandig woont toe, waardoor de vraag naar toegankelijke en zorggeschikte woningen groeit."))
    if y == 2024:
        a(("boxes", ["vocht-schimmel", "reparaties", "conditiemeting", "rookmelders",
                     ("toel", "Uit de woningmarktmonitor blijkt dat het aantal 75-plussers in Lindewaard tot 2035 met "
                              "ruim 40% stijgt. Een deel van hen zal een woning met zorg in de nabijheid nodig hebben."),
                     "toegankelijk-onderzoek", "wmo-aanpassingen", "woonzorgvisie"]))
    elif y == 2025:
        a(("boxes", ["vocht-schimmel", "reparaties",
                     ("toel", "Waardborg Wonen heeft in 2024 in 1.140 woningen rookmelders geplaatst en daarmee deze "
                              "opgave afgerond. Het onderzoek naar de geschiktheid van woningen voor ouderen leverde een "
                              "lijst van ruim 400 woningen op die met kleine ingrepen rollatorgeschikt kunnen worden."),
                     "conditiemeting", "rollatorgeschikt", "wmo-aanpassingen", "woonzorgvisie"]))
    else:
        a(("boxes", ["vocht-schimmel", "reparaties", "conditiemeting", "rollatorgeschikt", "wmo-aanpassingen",
                     ("toel", "De woonzorgvisie werd in juni 2025 vastgesteld. Zij beschrijft dat tot 2035 circa 350 "
                              "extra zorggeschikte woningen nodig zijn, waarvan ongeveer de helft in de sociale huur."),
                     "woonzorg-uitvoering"]))
    # ------------------------------------------------------------ 6 leefbaarheid
    a(("h1", ch6))
    a(("p", "In een aantal wijken met veel corporatiebezit staat de leefbaarheid onder druk. De Leefbaarometer laat voor "
            "Het Zand en delen van Oosterkamp een score onder het gemeentelijk gemiddelde zien. Partijen kiezen voor "
            "een gebiedsgerichte aanpak waarin fysieke en sociale maatregelen samenkomen."))
    if y == 2026:
        a(("boxes", ["leefbaarheidsbudget", "wijkbeheerders",
                     ("toel", "De regeling voor bewonersinitiatieven werd in 2025 weinig benut. Partijen kiezen daarom "
                              "voor een wijkbudget in Het Zand, waarover bewoners zelf beslissen."),
                     "wijkbudget-zand", "overlastoverleg", "zachte-landing", "huisuitzettingen", "ontmoeting",
                     "wijkvisie-zand", "klimaatadaptatie"]))
    else:
        a(("boxes", ["leefbaarheidsbudget", "wijkbeheerders", "overlastoverleg", "zachte-landing",
                     "bewonersinitiatieven", "ontmoeting",
                     ("toel", "Een deel van de portiekwoningen in Het Zand voldoet technisch en qua indeling niet meer "
                              "aan de eisen van deze tijd. Over de toekomst van deze woningen wordt met de bewoners een "
                              "zorgvuldig traject doorlopen."),
                     "wijkvisie-zand"]))
    # ------------------------------------------------------------ 7 proces
    a(("h1", "7. Samenwerking en proces"))
    a(("h2", "7.1 Overleg en monitoring"))
    a(("p", "Partijen komen op bestuurlijk niveau bijeen in het bestuurlijk overleg wonen; ambtelijk wordt de uitvoering "
            "voorbereid in een werkgroep waarin alle vijf partijen zijn vertegenwoordigd."))
    if y == 2024:
        a(("boxes", ["monitoring", "bod", "huurdersondersteuning", "huurdersbijeenkomst"]))
    elif y == 2025:
        a(("boxes", ["monitoring", "evaluatie-werkwijze", "bod", "huurdersondersteuning", "huurdersbijeenkomst"]))
    else:
        a(("boxes", [("toel", "Uit de evaluatie van 2025 bleek dat alle partijen de voorkeur geven aan meerjarige "
                              "afspraken, aangevuld met een jaarlijkse jaarschijf. Het jaarlijkse bod blijft daarbij "
                              "het vertrekpunt."),
                     "kaderafspraken", "monitoring", "bod", "huurdersondersteuning"]))
    a(("h2", "7.2 Looptijd, wijzigingen en geschillen"))
    a(("p", "Deze afspraken gelden van 1 januari %d tot en met 31 december %d. Wijzigingen zijn alleen mogelijk als "
            "alle partijen daarmee schriftelijk instemmen. Bij onvoorziene omstandigheden, zoals nieuwe wetgeving of "
            "een wijziging van het rijksbeleid, gaan partijen met elkaar in overleg over de gevolgen." % (y, y)))
    a(("p", "Komen partijen bij een geschil niet tot overeenstemming, dan kan ieder van hen het geschil voorleggen aan de "
            "minister, zoals geregeld in artikel 44 van de Woningwet. Dat is in Lindewaard tot nu toe niet nodig "
            "geweest."))
    # ------------------------------------------------------------ 8 ondertekening
    a(("h1", "8. Ondertekening"))
    a(("p", "Aldus overeengekomen en ondertekend te Lindewaard op %s." % SIGN[y]))
    a(("sign",))
    a(("p", "Bijlagen"))
    a(("list", ["Bijlage 1. Nieuwbouwprogramma sociale huur %d-%d" % (y, y + 3),
                "Bijlage 2. Monitor prestatieafspraken %d (afzonderlijk gepubliceerd)" % p,
                "Bijlage 3. Begrippenlijst (afzonderlijk gepubliceerd)"]))
    a(("pagebreak",))
    a(("h1", "Bijlage 1. Nieuwbouwprogramma sociale huur %d-%d" % (y, y + 3)))
    prog = {
        2024: [["Kloosterweide", "De Linde", "120", "2024-2025"], ["Molenstraat", "Waardborg", "56", "2025"],
               ["Lindelaan-Zuid", "De Linde", "64", "2026"], ["De Meent fase 1", "De Linde", "56", "2027"],
               ["Brinkhoven-Oost", "Waardborg", "84", "2026-2027"]],
        2025: [["Kloosterweide", "De Linde", "48", "2025"], ["Molenstraat", "Waardborg", "56", "2026"],
               ["Lindelaan-Zuid", "De Linde", "64", "2026"], ["De Meent fase 1", "De Linde", "56", "2027"],
               ["Brinkhoven-Oost", "Waardborg", "84", "2027"], ["Stationsweg (tijdelijk)", "Waardborg", "30", "2025"]],
        2026: [["Molenstraat", "Waardborg", "48", "2026"], ["Lindelaan-Zuid", "De Linde", "64", "2026"],
               ["De Meent fase 1", "De Linde", "56", "2027"], ["Brinkhoven-Oost", "Waardborg", "84", "2027-2028"],
               ["De Meent fase 2", "De Linde", "72", "2028-2029"], ["Stationsweg (tijdelijk)", "Waardborg", "30", "2026"]],
    }[y]
    a(("table", [["Project", "Corporatie", "Aantal", "Oplevering"]] + prog, [6.0, 3.5, 2.2, 3.3]))
    a(("p", "Het programma is indicatief. Aantallen en jaren kunnen wijzigen door vertraging in procedures of door "
            "marktomstandigheden; de afspraken in de hoofdstukken 3 tot en met 7 zijn leidend."))
    return S


def _n(x):
    return "{:,}".format(x).replace(",", ".")


def _w(n):
    return {0: "geen", 6: "zes"}.get(n, str(n))


# ---------------------------------------------------------------- kennisgeving 2026
KG_ROWS = [
    ("Wonen", [
        ("nieuwbouw-totaal", "In de periode 2024-2027 worden ten minste 380 sociale huurwoningen toegevoegd, waarvan "
                             "240 door Woonstichting De Linde en 140 door Waardborg Wonen.",
         dict(actors=["partijen", "corporatie"], modality="firm",
              quantities=[(380, "woningen", "min"), (240, "woningen", "exact"), (140, "woningen", "exact")],
              deadline=(2027, "2024-2027"))),
        ("verkoop", "Woonstichting De Linde verkoopt in 2026 geen sociale huurwoningen.",
         dict(actors=["corporatie"], modality="firm", quantities=[(0, "woningen", "max")], deadline=(2026, "in 2026"),
              recurring=True)),
        ("flexwonen", "Waardborg Wonen plaatst 30 tijdelijke woningen aan de Stationsweg, mits de vergunning tijdig "
                      "onherroepelijk is.",
         dict(actors=["corporatie"], modality="firm", quantities=[(30, "woningen", "exact")],
              conditions=["mits de vergunning tijdig onherroepelijk is"])),
    ]),
    ("Betaalbaarheid", [
        ("huurverhoging", "De gemiddelde huurverhoging per 1 juli 2026 blijft ten minste 0,5 procentpunt onder de "
                          "inflatie.",
         dict(actors=["corporatie"], modality="firm", quantities=[(-0.5, "procentpunt boven inflatie", "max")],
              deadline=(2026, "per 1 juli 2026"), recurring=True)),
        ("huisuitzettingen", "Partijen zetten zich ervoor in dat er geen huisuitzettingen wegens huurachterstand "
                             "plaatsvinden.",
         dict(actors=["partijen"], modality="intent", quantities=[(0, "huisuitzettingen", "max")], recurring=True)),
    ]),
    ("Duurzaamheid", [
        ("labels-efg", "De laatste 14 woningen met label E, F of G worden uiterlijk medio 2026 verbeterd.",
         dict(actors=["corporatie"], modality="firm", quantities=[(14, "woningen", "exact")],
              deadline=(2026, "medio 2026"))),
        ("isolatie", "Woonstichting De Linde isoleert in 2026 ten minste 300 woningen.",
         dict(actors=["corporatie"], modality="firm", quantities=[(300, "woningen", "min")], deadline=(2026, "in 2026"),
              recurring=True)),
    ]),
    ("Kwaliteit", [
        ("rollatorgeschikt", "De corporaties maken ten minste 60 woningen rollatorgeschikt.",
         dict(actors=["corporatie"], modality="firm", quantities=[(60, "woningen", "min")], recurring=True)),
        ("woonzorg-uitvoering", "Partijen werken de woonzorgvisie in 2026 uit in een uitvoeringsprogramma.",
         dict(actors=["partijen"], modality="firm", deadline=(2026, "in 2026"))),
    ]),
    ("Leefbaarheid", [
        ("leefbaarheidsbudget", "De corporaties besteden ten minste € 75 per woning aan leefbaarheid.",
         dict(actors=["corporatie"], modality="firm", quantities=[(75, "euro per woning", "min")], recurring=True)),
        ("wijkbudget-zand", "In Het Zand komt een wijkbudget van € 60.000 waarover bewoners zelf beslissen.",
         dict(actors=["gemeente", "corporatie"], modality="firm", quantities=[(60000, "euro", "exact")])),
    ]),
    ("Proces", [
        ("kaderafspraken", "Partijen stellen in 2026 kaderafspraken op voor de periode 2027-2030.",
         dict(actors=["partijen"], modality="firm", deadline=(2026, "in 2026"))),
    ]),
]
