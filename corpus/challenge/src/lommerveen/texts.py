# -*- coding: utf-8 -*-
"""Non-afspraak text of the lommerveen family: context ('Waar staan we?') and results ('Wat levert het op?')
per theme and year, introduction, terugblik, kerncijfers, closing provisions, and the raadsmededeling."""


def context(sec, y):
    p = y - 1
    B = {
        2024: ["In {p} zijn in Lommerveen 64 sociale huurwoningen opgeleverd, minder dan de 80 woningen die waren "
               "voorzien, vooral doordat de start van Lommerhof fase 2 vertraging opliep.",
               "De gemiddelde inschrijfduur van woningzoekenden die in {p} een woning accepteerden, bedroeg 5,4 jaar; "
               "voor eengezinswoningen lag deze boven de zeven jaar.",
               "De woonvisie Thuis in Lommerveen 2022-2030 gaat uit van een groei van de sociale voorraad met "
               "ongeveer 600 woningen tot 2030. In de regionale woondeal is afgesproken dat ten minste 30% van de "
               "nieuwbouw sociale huur betreft.",
               "Het aantal huishoudens met een huurachterstand van meer dan drie maanden daalde in {p} van 71 naar 58."],
        2025: ["In {p} zijn 79 sociale huurwoningen opgeleverd; daarmee bleef de productie achter bij de afgesproken "
               "85 woningen. Voor fase 3 van Lommerhof is de omgevingsvergunning in het najaar verleend.",
               "De gemiddelde inschrijfduur liep in {p} op naar 5,9 jaar. Vooral jongeren en kleine huishoudens "
               "wachten lang.",
               "Sinds de vaststelling van de woonvisie zijn 212 sociale huurwoningen toegevoegd. De regionale "
               "woondeal is in {p} herijkt; het aandeel sociale huur in nieuwe plannen blijft ten minste 30%.",
               "In {p} vonden in de gemeente drie ontruimingen wegens huurachterstand plaats."],
        2026: ["In {p} zijn 97 sociale huurwoningen opgeleverd, het hoogste aantal sinds 2018, maar minder dan de "
               "beoogde 110.",
               "De stijgende bouwkosten en de hogere rente drukken op de investeringsruimte van beide corporaties; "
               "de begrotingen tonen een krappere marge voor nieuwbouw na 2026.",
               "De gemiddelde inschrijfduur bedroeg in {p} 6,1 jaar. Het aandeel toewijzingen aan starters met "
               "lokale binding was 22%.",
               "In {p} vonden twee ontruimingen wegens huurachterstand plaats; in beide gevallen was eerder hulp "
               "aangeboden."],
    }
    D = {
        2024: ["Eind {p} hadden de corporaties samen nog 98 woningen met een E-, F- of G-label. Het gemiddelde "
               "label van Veenhorst was C, dat van Lommergoed B.",
               "De gemeente heeft de transitievisie warmte in {p} geactualiseerd. De Lommerd is aangewezen als "
               "eerste wijk waar een collectief warmtenet wordt onderzocht.",
               "Op 410 woningen van Veenhorst liggen inmiddels zonnepanelen."],
        2025: ["Eind {p} resteerden 38 woningen met een E-, F- of G-label. De renovatie van de Zwanenhof liep "
               "vertraging op door de late levering van warmtepompen.",
               "Door de gestegen renovatiekosten heeft Veenhorst haar verduurzamingsplanning herzien.",
               "De energiecoaches bezochten in {p} ruim 300 huishoudens."],
        2026: ["Eind {p} resteerden nog 12 woningen met een E-, F- of G-label; bij een deel daarvan weigerden "
               "bewoners de renovatie.",
               "Het stroomnet in Lommerveen is zwaar belast. De netbeheerder heeft aangegeven dat nieuwe "
               "aansluitingen en teruglevering in sommige wijken tot 2028 beperkt blijven.",
               "De pilot in Veldzicht liet een gemiddelde besparing op de energierekening van 28% zien."],
    }
    K = {
        2024: ["In {p} ontvingen de corporaties 214 meldingen van vocht en schimmel. Het huurdersoordeel over "
               "reparaties was gemiddeld een 7,3.",
               "Het aantal 75-plussers in Lommerveen neemt tot 2030 met ongeveer 40% toe; veel van hen wonen in een "
               "eengezinswoning zonder slaapkamer op de begane grond."],
        2025: ["Het aantal meldingen van vocht en schimmel daalde in {p} naar 176. Het huurdersoordeel over "
               "reparaties steeg naar een 7,6.",
               "Veenhorst heeft in {p} 620 woningen op toegankelijkheid gelabeld; bij Lommergoed is het labelen nog "
               "niet gestart."],
        2026: ["In {p} kwamen 161 meldingen van vocht en schimmel binnen; de gemiddelde tijd tot inspectie was "
               "2,8 werkdagen.",
               "De brandveiligheidsscan bracht bij vier portiekflats gebreken aan het licht, die alle zijn hersteld.",
               "Het huurdersoordeel over reparaties kwam in {p} uit op een 7,9."],
    }
    L = {
        2024: ["De leefbaarheidsmonitor laat voor De Lommerd en Veldzicht een lagere score zien dan het "
               "gemeentelijke gemiddelde. Bewoners noemen vooral vervuiling en overlast van jongeren.",
               "In {p} kregen 17 huishoudens via het convenant Zachte landing een woning."],
        2025: ["Het aantal overlastmeldingen bij de corporaties steeg in {p} met 12%. Buurtbemiddeling werd in {p} "
               "slechts incidenteel ingezet.",
               "In {p} vonden in alle wijken schouwen plaats; bewoners waardeerden vooral de snelle opvolging."],
        2026: ["Het aantal overlastmeldingen bleef in {p} stabiel. Het buurtbemiddelingsteam behandelde 41 zaken, "
               "waarvan er 29 werden opgelost.",
               "De ontmoetingsruimten in Lommerhoeve en De Veenstede werden wekelijks door gemiddeld 60 bewoners "
               "bezocht."],
    }
    O = {
        2024: ["De prestatieafspraken worden jaarlijks gemaakt op basis van de woonvisie en de biedingen van de "
               "corporaties. Huurdersbelang Lommerveen neemt als gelijkwaardige partij deel aan het overleg.",
               "Geschillen over de uitvoering worden in eerste instantie in het bestuurlijk overleg besproken; de "
               "Woningwet voorziet daarna in een uitspraak van de minister."],
        2025: ["Het bestuurlijk overleg kwam in {p} drie keer bijeen. De gemeenteraad vroeg om een beter inzicht in "
               "de voortgang van de afspraken.",
               "Geschillen worden eerst in het bestuurlijk overleg besproken; de Woningwet voorziet daarna in een "
               "uitspraak van de minister."],
        2026: ["De Wet versterking regie volkshuisvesting verandert de positie van de woonvisie, die een "
               "volkshuisvestingsprogramma wordt.",
               "Geschillen worden eerst in het bestuurlijk overleg besproken; de Woningwet voorziet daarna in een "
               "uitspraak van de minister."],
    }
    d = {"B": B, "D": D, "K": K, "L": L, "O": O}[sec][y]
    return [s.format(p=p) for s in d]


def results(sec, y):
    R = {
        "B": {2024: ["85 nieuwe sociale huurwoningen, waarvan 50 in Lommerhof", "Een actueel overzicht van de "
                     "plancapaciteit", "Een huurverhoging die de inflatie niet overstijgt", "62 vergunninghouders "
                     "gehuisvest", "Een vastgestelde doorstroomregeling voor senioren"],
              2025: ["110 nieuwe sociale huurwoningen", "Een huurverhoging onder de inflatie", "Geen liberalisatie "
                     "van sociale huurwoningen", "58 vergunninghouders gehuisvest", "Inzicht in de haalbaarheid "
                     "van middenhuur in Lommerhof"],
              2026: ["Ongeveer 110 nieuwe sociale huurwoningen", "Een huurverhoging van ten minste 0,5% onder de "
                     "inflatie", "71 vergunninghouders gehuisvest", "Een besluit over de gezamenlijke "
                     "woonruimteverdeling in de regio"]},
        "D": {2024: ["60 woningen minder met een E-, F- of G-label", "150 woningen met zonnepanelen",
                     "De Zwanenhof gerenoveerd naar label B"],
              2025: ["Geen woningen meer met een E-, F- of G-label bij Lommergoed", "200 woningen met zonnepanelen",
                     "Resultaten van de pilot all-electric in Veldzicht"],
              2026: ["De laatste woningen met een E-, F- of G-label in uitvoering", "40 portiekwoningen in "
                     "Veldzicht all-electric", "Een vastgesteld wijkuitvoeringsplan De Lommerd"]},
        "K": {2024: ["Sneller herstel bij vocht en schimmel", "Een gezamenlijke opgave wonen en zorg",
                     "Alle woningen gelabeld op toegankelijkheid"],
              2025: ["Inspectie binnen 3 werkdagen na een melding", "Brandveilige portiekflats",
                     "Een huurdersoordeel over reparaties van minimaal 7,5"],
              2026: ["Een overzicht van woningen met structurele vochtproblemen", "25 rollatorgeschikte "
                     "benedenwoningen", "Een bouwopgave wonen en zorg per kern"]},
        "L": {2024: ["€ 135 per woning voor leefbaarheid", "Zichtbare wijkbeheerders in De Lommerd en Veldzicht",
                     "20 woningen voor uitstroom uit beschermd wonen"],
              2025: ["€ 140 per woning voor leefbaarheid", "Wijkbeheerders in alle grotere wijken",
                     "Snellere aanpak van burenconflicten"],
              2026: ["€ 120 per woning voor leefbaarheid", "Zes wijkoverleggen per jaar", "Een besluit over een "
                     "buurtkamer in Oostlommer"]},
        "O": {2024: ["Twee monitorrapportages", "Een bod vóór de zomer", "Een goed toegeruste huurdersorganisatie"],
              2025: ["Een geactualiseerde woonvisie in voorbereiding", "Twee monitorrapportages"],
              2026: ["Een vastgestelde woonvisie", "Een openbaar dashboard met de voortgang per kwartaal"]},
    }
    return R[sec][y]


INTRO = {
    2024: ["Voor u liggen de prestatieafspraken voor 2024 tussen de gemeente Lommerveen, Woonstichting Veenhorst, "
           "Stichting Lommergoed Wonen en Huurdersbelang Lommerveen. De afspraken zijn gebaseerd op de woonvisie "
           "Thuis in Lommerveen 2022-2030 en op de biedingen die de corporaties in juni 2023 hebben uitgebracht.",
           "Landelijk vormen de Nationale Prestatieafspraken van 2022 het kader: meer sociale huurwoningen, "
           "betaalbare huren en uiterlijk in 2028 geen woningen meer met een slecht energielabel. In de regionale "
           "woondeal heeft Lommerveen zich verbonden aan een bouwopgave van 1.400 woningen tot 2030."],
    2025: ["Dit document bevat de prestatieafspraken voor 2025. Partijen bouwen voort op de afspraken van vorig "
           "jaar en hebben de biedingen van juni 2024 en de uitkomsten van de monitor als vertrekpunt genomen.",
           "De hoge bouwkosten, de krapte op het stroomnet en de toegenomen vraag naar woningen voor "
           "kwetsbare groepen vragen om keuzes. Waar partijen een doel niet met zekerheid kunnen halen, is dat in "
           "de tekst aangegeven."],
    2026: ["Dit zijn de prestatieafspraken voor 2026. Het is het laatste jaar waarin de afspraken op de huidige "
           "woonvisie zijn gebaseerd; de gemeente werkt aan een volkshuisvestingsprogramma op grond van de nieuwe "
           "Wet versterking regie volkshuisvesting.",
           "De financiële ruimte van de corporaties is kleiner geworden. Partijen hebben daarom een aantal ambities "
           "bijgesteld en andere juist aangescherpt, in lijn met de regionale woondeal."],
}

LEESWIJZER = ("Per thema vindt u een pagina met drie kolommen. In de kolom 'Waar staan we?' staan de feiten en "
              "cijfers die de aanleiding vormen. De kolom 'Wat spreken we af?' bevat de afspraken waaraan partijen "
              "zich verbinden. De derde kolom beschrijft wat partijen aan het einde van het jaar verwachten te "
              "hebben bereikt; dit zijn geen afzonderlijke afspraken.")

TERUGBLIK = {
    2024: ["In 2023 zijn de meeste afspraken uitgevoerd. Er werden 64 sociale huurwoningen opgeleverd en 71 "
           "woningen verbeterd van een E-, F- of G-label naar label B of beter.",
           "De huurverhoging bleef beperkt tot gemiddeld 5,3%. De gemeente huisvestte 59 vergunninghouders, twee "
           "minder dan de taakstelling."],
    2025: ["In 2024 werden 79 sociale huurwoningen opgeleverd. Veenhorst verkocht 11 woningen en liberaliseerde er "
           "vier. De renovatie van de Zwanenhof kon niet in het derde kwartaal worden afgerond.",
           "De huurverhoging bedroeg gemiddeld 4,9%. De doorstroomregeling voor senioren werd in september "
           "vastgesteld en leidde tot 14 verhuizingen."],
    2026: ["In 2025 werden 97 sociale huurwoningen opgeleverd. De laatste woningen van de Zwanenhof werden in "
           "maart opgeleverd met label A. Er werden 26 woningen met een slecht label verbeterd.",
           "De huurverhoging lag gemiddeld 0,7% onder de inflatie. Het toegankelijkheidslabel is voor het volledige "
           "bezit vastgelegd."],
}

KERN = {
    2024: [("Sociale huurwoningen (1 januari)", "6.412", "6.471"), ("Opgeleverde sociale huurwoningen", "58", "64"),
           ("Woningen met label E, F of G", "169", "98"), ("Gemiddelde inschrijfduur (jaar)", "5,1", "5,4"),
           ("Ontruimingen wegens huurachterstand", "6", "5")],
    2025: [("Sociale huurwoningen (1 januari)", "6.471", "6.539"), ("Opgeleverde sociale huurwoningen", "64", "79"),
           ("Woningen met label E, F of G", "98", "38"), ("Gemiddelde inschrijfduur (jaar)", "5,4", "5,9"),
           ("Ontruimingen wegens huurachterstand", "5", "3")],
    2026: [("Sociale huurwoningen (1 januari)", "6.539", "6.622"), ("Opgeleverde sociale huurwoningen", "79", "97"),
           ("Woningen met label E, F of G", "38", "12"), ("Gemiddelde inschrijfduur (jaar)", "5,9", "6,1"),
           ("Ontruimingen wegens huurachterstand", "3", "2")],
}

SLOT = ["Deze afspraken gelden van 1 januari tot en met 31 december {y}. Afspraken die een langere looptijd "
        "hebben, worden in de jaarafspraken van {z} opnieuw bezien.",
        "Wijzigingen in de afspraken gedurende het jaar worden alleen doorgevoerd als alle partijen daarmee "
        "schriftelijk instemmen."]

SIGN = {2024: "13 december 2023", 2025: "11 december 2024", 2026: "10 december 2025"}
SIGNERS = [("Gemeente Lommerveen", "J.A. Roozendaal", "wethouder Wonen"),
           ("Woonstichting Veenhorst", "M. El Khatib", "directeur-bestuurder"),
           ("Stichting Lommergoed Wonen", "drs. P.H. Verschuur", "bestuurder"),
           ("Huurdersbelang Lommerveen", "A. Bosscha-de Wit", "voorzitter")]
BIJLAGEN = ["Bijlage 1 Nieuwbouwprogramma per project", "Bijlage 2 Monitor prestatieafspraken {p}",
            "Bijlage 3 Begrippenlijst"]

# raadsmededeling 2025: summary of the agreement, with a bulleted list of the main afspraken
KG = {
    "meta": [("Onderwerp", "Prestatieafspraken 2025"), ("Datum", "17 december 2024"),
             ("Portefeuillehouder", "J.A. Roozendaal"), ("Registratienummer", "RM 2024/0817")],
    "intro": ["Het college informeert de raad met deze raadsmededeling over de prestatieafspraken voor 2025, die op "
              "11 december 2024 zijn ondertekend door de gemeente, Woonstichting Veenhorst, Stichting Lommergoed "
              "Wonen en Huurdersbelang Lommerveen.",
              "De afspraken geven uitvoering aan de woonvisie Thuis in Lommerveen 2022-2030. In vergelijking met "
              "2024 is de nieuwbouwambitie verhoogd; tegelijk is een aantal afspraken over verduurzaming en wonen "
              "en zorg voorzichtiger geformuleerd. De belangrijkste afspraken zijn:"],
    "outro": ["De volledige tekst van de afspraken is als bijlage bij deze mededeling gevoegd. Het college "
              "rapporteert in het najaar van 2025 over de voortgang."],
}
