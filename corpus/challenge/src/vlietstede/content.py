# -*- coding: utf-8 -*-
"""Content of the vlietstede family (fictional): gemeente Vlietstede, Woningbouwvereniging Zuidvliet,
Huurdersraad De Sluiswachter. Prestatieafspraken 2024, bod 2025, prestatieafspraken 2025.

Every afspraak is a dict made with A(); its `key` is stable over the documents. The change links between
documents are listed in PAIRS at the bottom."""

GEMEENTE = "Vlietstede"
CORPORATIE = "Woningbouwvereniging Zuidvliet"
HUURDERS = "Huurdersraad De Sluiswachter"

BB = "beschikbaarheid_betaalbaarheid"
DK = "duurzaamheid_klimaat"
KW = "kwaliteit"
LB = "leefbaarheid"
OV = "overig"


def Q(value, unit, comparator="exact", value_max=None):
    return {"value": value, "unit": unit, "comparator": comparator, "value_max": value_max}


def D(year, text):
    return {"year": year, "text": text}


def A(key, text, theme, actors, modality, q=(), dl=None, rec=False, cond=(), themes=None,
      trekker=None, planning=None):
    return {
        "key": key, "text": text, "theme": theme, "themes": list(themes or [theme]),
        "trekker": trekker, "planning": planning,
        "frame": {"actors": list(actors), "modality": modality, "quantities": list(q),
                  "deadline": dl, "recurring": rec, "conditions": list(cond)},
    }


C, G, H, P = "corporatie", "gemeente", "huurdersorganisatie", "partijen"

# ---------------------------------------------------------------------------------------------------------
# Afspraken that keep the identical text in 2024 and 2025
# ---------------------------------------------------------------------------------------------------------
URGENTIE = A("urgentie-aandeel",
    "Partijen spreken af dat ten hoogste 20% van de vrijkomende sociale huurwoningen van Zuidvliet wordt "
    "toegewezen via urgentie of bijzondere voorrang, zodat reguliere woningzoekenden voldoende kans houden op "
    "een woning.", BB, [P], "firm", [Q(20, "%", "max")])

WARMTEPOMP = A("hybride-warmtepomp",
    "Zuidvliet plaatst vanaf 2024 bij de vervanging van een cv-ketel een hybride warmtepomp, tenzij dit "
    "technisch niet mogelijk is of de woning binnen vijf jaar wordt aangesloten op een warmtenet.",
    DK, [C], "firm", [], None, False,
    ["tenzij dit technisch niet mogelijk is of de woning binnen vijf jaar wordt aangesloten op een warmtenet"])

WMO = A("wmo-aanpassingen",
    "De gemeente en Zuidvliet handelen aanvragen voor woningaanpassingen vanuit de Wmo binnen acht weken af. "
    "Bij grote aanpassingen bekijken zij samen of een verhuizing naar een geschikte woning een beter "
    "alternatief is.", KW, [G, C], "firm", [Q(8, "weken", "max")], trekker="gemeente en corporatie")

MONITORING = A("monitoring",
    "Partijen bespreken de voortgang van deze afspraken twee keer per jaar in het tripartiete overleg, aan de "
    "hand van een monitor die Zuidvliet uiterlijk twee weken voor het overleg toestuurt.",
    OV, [P], "firm", [Q(2, "keer per jaar"), Q(2, "weken", "min")], None, True)

GESCHILLEN = A("geschillen",
    "Partijen leggen een geschil over de uitvoering van deze afspraken dat zij niet in onderling overleg "
    "kunnen oplossen eerst voor aan een onafhankelijke bemiddelaar, voordat een van hen de minister verzoekt "
    "om een bindend advies op grond van de Woningwet.", OV, [P], "firm")

# ---------------------------------------------------------------------------------------------------------
# PRESTATIEAFSPRAKEN 2024
# ---------------------------------------------------------------------------------------------------------
A24 = {}


def _24(a):
    A24[a["key"]] = a
    return a


_24(A("nieuwbouw-oplevering",
    "Zuidvliet levert vóór eind 2025 in totaal 110 nieuwe sociale huurwoningen op in de projecten Vlietzoom "
    "fase 2 en Ruwielhof. De gemeente draagt er zorg voor dat de benodigde omgevingsvergunningen tijdig "
    "worden verleend en dat de openbare ruimte rond beide projecten gelijktijdig met de oplevering gereed is.",
    BB, [C, G], "firm", [Q(110, "woningen")], D(2025, "vóór eind 2025"),
    trekker="corporatie en gemeente", planning="eind 2025"))
_24(A("bouwstart",
    "Zuidvliet start in 2024 de bouw van ten minste 40 sociale huurwoningen en informeert de gemeente en de "
    "Huurdersraad vooraf over de start van elk project.",
    BB, [C], "firm", [Q(40, "woningen", "min")], D(2024, "in 2024"), True))
_24(A("schoolstraat",
    "Onder voorbehoud van een bijdrage uit de provinciale regeling voor de versnelling van de woningbouw "
    "transformeert Zuidvliet het voormalige schoolgebouw aan de Schoolstraat tot 18 zelfstandige "
    "jongerenwoningen.",
    BB, [C], "firm", [Q(18, "woningen")], None, False,
    ["Onder voorbehoud van een bijdrage uit de provinciale regeling voor de versnelling van de woningbouw"],
    trekker="corporatie"))
_24(A("plancapaciteit-sociaal",
    "De gemeente zet zich ervoor in dat in nieuwe woningbouwplannen vanaf twintig woningen ten minste 30% van "
    "de woningen in de sociale huur wordt gerealiseerd.",
    BB, [G], "intent", [Q(30, "%", "min"), Q(20, "woningen", "min")]))
_24(A("grondprijs",
    "De gemeente hanteert voor grond bestemd voor sociale huurwoningen een vaste grondprijs van € 24.500 per "
    "woning (prijspeil 2024, exclusief btw), die jaarlijks wordt geïndexeerd met de bouwkostenindex.",
    BB, [G], "firm", [Q(24500, "euro")], trekker="gemeente"))
_24(A("flexwonen-kanaaldijk",
    "Partijen verkennen in 2024 of op de voormalige sportvelden aan de Kanaaldijk tijdelijke woningen kunnen "
    "worden geplaatst voor spoedzoekers, zoals jongeren, mensen na een scheiding en arbeidsmigranten.",
    BB, [P], "explore", [], D(2024, "in 2024"), planning="eind 2024"))
_24(A("verkoop",
    "Zuidvliet verkoopt in 2024 maximaal 12 bestaande huurwoningen, uitsluitend bij mutatie en alleen "
    "eengezinswoningen buiten de wijk Ruwiel; de opbrengst wordt volledig ingezet voor nieuwbouw in "
    "Vlietstede.",
    BB, [C], "firm", [Q(12, "woningen", "max")], D(2024, "in 2024"), True))
A24["urgentie-aandeel"] = URGENTIE
_24(A("statushouders",
    "Zuidvliet levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting "
    "van vergunninghouders. Voor 2024 bedraagt de door het Rijk vastgestelde taakstelling voor de gemeente 47 "
    "personen; de gemeente zorgt voor begeleiding van deze nieuwe inwoners gedurende het eerste jaar.",
    BB, [C, G], "firm", [Q(47, "personen")], D(2024, "Voor 2024"), True, trekker="gemeente en corporatie"))
_24(A("zoektijd",
    "Partijen streven ernaar de gemiddelde zoektijd voor een sociale huurwoning in Vlietstede terug te "
    "brengen tot maximaal drie jaar.",
    BB, [P], "intent", [Q(3, "jaar", "max")]))
_24(A("mantelzorg-voorrang",
    "Zuidvliet geeft mantelzorgers en de mensen voor wie zij zorgen voorrang bij de toewijzing van een woning "
    "in elkaars nabijheid, op voorwaarde dat de zorgrelatie door het Wmo-loket is bevestigd.",
    BB, [C], "firm", [], None, False, ["op voorwaarde dat de zorgrelatie door het Wmo-loket is bevestigd"],
    themes=[BB, KW]))
_24(A("doorstroming-senioren",
    "Zuidvliet onderzoekt in 2024 of een verhuisvergoeding en voorrang bij toewijzing senioren kunnen "
    "stimuleren om vanuit een grote eengezinswoning te verhuizen naar een passende gelijkvloerse woning.",
    BB, [C], "explore", [], D(2024, "in 2024")))
# § 2
_24(A("huurverhoging",
    "Zuidvliet houdt de gemiddelde huurverhoging per 1 juli 2024 maximaal gelijk aan de inflatie en blijft "
    "daarbij in alle gevallen binnen de door het Rijk vastgestelde maximale huursomstijging.",
    BB, [C], "firm", [Q(0, "% boven inflatie", "max")], D(2024, "per 1 juli 2024"), True))
_24(A("huurbevriezing-efg",
    "Voor woningen met energielabel E, F of G wordt de huur per 1 juli 2024 niet verhoogd.",
    BB, [C], "firm", [], D(2024, "per 1 juli 2024"), True, themes=[BB, DK]))
_24(A("passend-toewijzen",
    "Zuidvliet hanteert per 1 januari 2024 de geactualiseerde inkomensgrenzen en huurtoeslaggrenzen en wijst "
    "ten minste 95% van de vrijkomende woningen aan huishoudens met recht op huurtoeslag passend toe.",
    BB, [C], "firm", [Q(95, "%", "min")], D(2024, "per 1 januari 2024"), True))
_24(A("huurachterstand-contact",
    "Zuidvliet neemt uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op "
    "met de huurder en meldt de achterstand conform het convenant vroegsignalering bij het team Schulden en "
    "Geldzaken van de gemeente.",
    BB, [C], "firm", [Q(2, "maanden", "max")]))
_24(A("ontruimingen",
    "Partijen streven ernaar het aantal ontruimingen wegens huurachterstand in 2024 te beperken tot maximaal "
    "drie. Een ontruiming wordt alleen in gang gezet nadat de gemeente en Zuidvliet samen hebben vastgesteld "
    "dat alle mogelijkheden voor hulp zijn benut.",
    BB, [P], "intent", [Q(3, "ontruimingen", "max")], D(2024, "in 2024"), True, themes=[BB, LB]))
# § 3
_24(A("label-efg",
    "Zuidvliet heeft uiterlijk eind 2025 geen woningen meer in bezit met energielabel E, F of G.",
    DK, [C], "firm", [Q(0, "woningen met label E, F of G", "max")], D(2025, "uiterlijk eind 2025"),
    trekker="corporatie", planning="eind 2025"))
_24(A("gemiddeld-label",
    "Zuidvliet streeft ernaar dat het woningbezit in Vlietstede eind 2028 gemiddeld energielabel A heeft.",
    DK, [C], "intent", [Q("A", "label", "min")], D(2028, "eind 2028")))
_24(A("isolatie",
    "Zuidvliet isoleert in de periode 2024 tot en met 2026 in totaal 240 woningen in de complexen "
    "Oudeland-Zuid, Kerkebuurt en De Schouw tot ten minste energielabel B, waarbij de huur na isolatie niet "
    "wordt verhoogd.",
    DK, [C], "firm", [Q(240, "woningen"), Q("B", "label", "min")], D(2026, "2024 tot en met 2026")))
_24(A("zonnepanelen",
    "Zuidvliet plaatst in 2024 zonnepanelen op ten minste 150 eengezinswoningen in de wijken Ruwiel en De "
    "Schouw. Huurders betalen hiervoor een vaste vergoeding van maximaal € 10 per maand, die lager is dan de "
    "gemiddelde besparing op de energierekening.",
    DK, [C], "firm", [Q(150, "woningen", "min"), Q(10, "euro", "max")], D(2024, "in 2024"), True))
A24["hybride-warmtepomp"] = WARMTEPOMP
_24(A("warmtenet",
    "Partijen maken in 2024 afspraken over de aansluiting van de vier flats in De Schouw op het warmtenet, "
    "waarbij uitgangspunt is dat de totale woonlasten van de huurders niet stijgen.",
    DK, [P], "discuss", [Q(4, "flats")], D(2024, "in 2024"), themes=[DK, BB]))
_24(A("energiecoaches",
    "De gemeente zet in 2024 vier energiecoaches in die huurders van Zuidvliet in Oudeland en Ruwiel "
    "kosteloos adviseren over energiebesparing en hen wijzen op regelingen tegen energiearmoede.",
    DK, [G], "firm", [Q(4, "energiecoaches")], D(2024, "in 2024"), True, themes=[DK, BB],
    trekker="gemeente"))
_24(A("circulair-sloop",
    "Zuidvliet onderzoekt bij de sloop van de oude portiekflats van Ruwielhof of ten minste 30% van de "
    "vrijkomende bouwmaterialen kan worden hergebruikt in de nieuwbouw of in andere projecten in de regio.",
    DK, [C], "explore", [Q(30, "%", "min")]))
# § 4
_24(A("reparatie-termijn",
    "Zuidvliet zegt toe dat reparatieverzoeken die niet spoedeisend zijn binnen tien werkdagen na de melding "
    "worden uitgevoerd.",
    KW, [C], "firm", [Q(10, "werkdagen", "max")]))
_24(A("vocht-schimmel",
    "Zuidvliet pakt elke melding van vocht of schimmel met voorrang op. Binnen vijf werkdagen na de melding "
    "vindt een inspectie in de woning plaats en binnen vier weken ontvangt de huurder een plan van aanpak, dat "
    "Zuidvliet vervolgens zo snel mogelijk uitvoert.",
    KW, [C], "firm", [Q(5, "werkdagen", "max"), Q(4, "weken", "max")], trekker="corporatie"))
_24(A("asbest",
    "Zuidvliet rondt de inventarisatie van asbesthoudende materialen in alle woningen die vóór 1994 zijn "
    "gebouwd af vóór eind 2026 en informeert de bewoners van elk onderzocht complex schriftelijk over de "
    "uitkomsten.",
    KW, [C], "firm", [], D(2026, "vóór eind 2026"), planning="eind 2026"))
_24(A("rookmelders",
    "Zuidvliet plaatst in alle woningen die nog niet over rookmelders beschikken op elke verdieping een "
    "gekoppelde rookmelder.",
    KW, [C], "firm"))
A24["wmo-aanpassingen"] = WMO
_24(A("zorgwoningen-ruwielhof",
    "Zuidvliet zet zich ervoor in om in het project Ruwielhof 12 zorggeschikte woningen te realiseren, in "
    "samenwerking met een zorgaanbieder die dag en nacht zorg op afroep kan leveren.",
    KW, [C], "intent", [Q(12, "woningen")], themes=[KW, BB]))
# § 5
_24(A("leefbaarheidsbudget",
    "Zuidvliet stelt in 2024 een leefbaarheidsbudget beschikbaar van € 95 per woning, waarvan ten minste "
    "€ 20.000 is bestemd voor initiatieven van bewoners. De Huurdersraad adviseert over de besteding van dit "
    "deel.",
    LB, [C], "firm", [Q(95, "euro per woning"), Q(20000, "euro", "min")], D(2024, "in 2024"), True))
_24(A("wijkbeheerders",
    "Zuidvliet zet in Oudeland en Ruwiel elk een wijkbeheerder in, die ten minste twee dagdelen per week in de "
    "wijk aanwezig en aanspreekbaar is.",
    LB, [C], "firm", [Q(2, "dagdelen per week", "min")]))
_24(A("woonoverlast",
    "Partijen werken bij ernstige en langdurige woonoverlast samen volgens het convenant woonoverlast "
    "Vlietstede. Casussen waarin zorg en veiligheid samenkomen, worden onder regie van de gemeente besproken "
    "in het overleg Zorg en Veiligheid.",
    LB, [P], "firm", trekker="gemeente"))
_24(A("ontmoetingsruimte",
    "De gemeente zal in samenwerking met Zuidvliet in de Schouwflat een ontmoetingsruimte inrichten die ten "
    "minste vier dagdelen per week openstaat voor alle bewoners van de wijk.",
    LB, [G], "firm", [Q(4, "dagdelen per week", "min")]))
_24(A("buurtbemiddeling",
    "De gemeente financiert in 2024 de inzet van buurtbemiddeling in alle wijken; Zuidvliet verwijst huurders "
    "met burenruzies actief door naar buurtbemiddeling.",
    LB, [G, C], "firm", [], D(2024, "in 2024"), True))
# § 6
_24(A("woonvisie",
    "De gemeente legt in het derde kwartaal van 2024 een geactualiseerde woonvisie voor aan de gemeenteraad en "
    "betrekt Zuidvliet en de Huurdersraad vooraf bij het opstellen daarvan.",
    OV, [G], "firm", [], D(2024, "in het derde kwartaal van 2024"), trekker="gemeente", planning="Q3 2024"))
_24(A("bod-datum",
    "Zuidvliet brengt vóór 1 juli 2024 een bod uit op de woonvisie, waarin zij aangeeft welke bijdrage zij in "
    "de komende vijf jaar levert aan het volkshuisvestingsbeleid van de gemeente.",
    OV, [C], "firm", [Q(5, "jaar")], D(2024, "vóór 1 juli 2024"), True))
A24["monitoring"] = MONITORING
_24(A("ondersteuning-huurdersraad",
    "Zuidvliet stelt de Huurdersraad jaarlijks een budget van € 22.500 beschikbaar voor ondersteuning, "
    "scholing en het inhuren van deskundigen bij de voorbereiding van de prestatieafspraken.",
    OV, [C], "firm", [Q(22500, "euro")], None, True))
A24["geschillen"] = GESCHILLEN

# ---------------------------------------------------------------------------------------------------------
# PRESTATIEAFSPRAKEN 2025
# ---------------------------------------------------------------------------------------------------------
A25 = {}


def _25(a):
    A25[a["key"]] = a
    return a


_25(A("nieuwbouw-oplevering",
    "Zuidvliet levert vóór medio 2026 in totaal 98 nieuwe sociale huurwoningen op in de projecten Vlietzoom "
    "fase 2 en Ruwielhof. De gemeente draagt er zorg voor dat de benodigde omgevingsvergunningen tijdig "
    "worden verleend en dat de openbare ruimte rond beide projecten gelijktijdig met de oplevering gereed is.",
    BB, [C, G], "firm", [Q(98, "woningen")], D(2026, "vóór medio 2026"),
    trekker="corporatie en gemeente", planning="medio 2026"))
_25(A("bouwstart",
    "Zuidvliet start in 2025 de bouw van ten minste 40 sociale huurwoningen en informeert de gemeente en de "
    "Huurdersraad vooraf over de start van elk project.",
    BB, [C], "firm", [Q(40, "woningen", "min")], D(2025, "in 2025"), True))
_25(A("schoolstraat",
    "Zuidvliet transformeert het voormalige schoolgebouw aan de Schoolstraat tot 18 zelfstandige "
    "jongerenwoningen.",
    BB, [C], "firm", [Q(18, "woningen")], trekker="corporatie"))
_25(A("flexwonen-stationsweg",
    "De gemeente stelt het terrein Stationsweg-Noord voor een periode van vijftien jaar beschikbaar voor de "
    "plaatsing van 24 flexwoningen. Zuidvliet plaatst deze woningen en verhuurt ze met een tijdelijk "
    "huurcontract aan spoedzoekers en jongeren; de Huurdersraad wordt betrokken bij het opstellen van de "
    "toewijzingsregels.",
    BB, [G, C], "firm", [Q(24, "woningen"), Q(15, "jaar")], D(2025, "Q4 2025"),
    trekker="gemeente en corporatie", planning="Q4 2025"))
_25(A("middenhuur-vlietzoom",
    "Zuidvliet onderzoekt in 2025 of in Vlietzoom fase 3 ten minste 20 middenhuurwoningen kunnen worden "
    "gerealiseerd, in aanvulling op het sociale programma.",
    BB, [C], "explore", [Q(20, "woningen", "min")], D(2025, "in 2025")))
_25(A("plancapaciteit-sociaal",
    "De gemeente legt in de anterieure overeenkomsten met ontwikkelaars vast dat in nieuwe woningbouwplannen "
    "vanaf twintig woningen ten minste 35% van de woningen in de sociale huur wordt gerealiseerd.",
    BB, [G], "firm", [Q(35, "%", "min"), Q(20, "woningen", "min")], trekker="gemeente"))
_25(A("grondprijs",
    "De gemeente hanteert voor grond bestemd voor sociale huurwoningen een vaste grondprijs van € 25.350 per "
    "woning (prijspeil 2025, exclusief btw), die jaarlijks wordt geïndexeerd met de bouwkostenindex.",
    BB, [G], "firm", [Q(25350, "euro")], trekker="gemeente"))
A25["urgentie-aandeel"] = URGENTIE
_25(A("statushouders",
    "Zuidvliet levert naar rato van haar aandeel in de sociale huurvoorraad een bijdrage aan de huisvesting "
    "van vergunninghouders. Voor 2025 bedraagt de door het Rijk vastgestelde taakstelling voor de gemeente 53 "
    "personen; de gemeente zorgt voor begeleiding van deze nieuwe inwoners gedurende het eerste jaar.",
    BB, [C, G], "firm", [Q(53, "personen")], D(2025, "Voor 2025"), True, trekker="gemeente en corporatie"))
_25(A("zoektijd",
    "Partijen spreken af dat de gemiddelde zoektijd voor een sociale huurwoning in Vlietstede wordt "
    "teruggebracht tot maximaal vier jaar.",
    BB, [P], "firm", [Q(4, "jaar", "max")]))
_25(A("mantelzorg-voorrang",
    "Zuidvliet onderzoekt of mantelzorgers en de mensen voor wie zij zorgen voorrang kunnen krijgen bij de "
    "toewijzing van een woning in elkaars nabijheid, op voorwaarde dat de zorgrelatie door het Wmo-loket is "
    "bevestigd.",
    BB, [C], "explore", [], None, False, ["op voorwaarde dat de zorgrelatie door het Wmo-loket is bevestigd"],
    themes=[BB, KW]))
_25(A("verkoop",
    "Zuidvliet verkoopt in 2025 maximaal 6 bestaande huurwoningen, uitsluitend bij mutatie en alleen "
    "eengezinswoningen buiten de wijk Ruwiel; de opbrengst wordt volledig ingezet voor nieuwbouw in "
    "Vlietstede.",
    BB, [C], "firm", [Q(6, "woningen", "max")], D(2025, "in 2025"), True))
# § 2
_25(A("huurverhoging",
    "Zuidvliet houdt de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie en blijft "
    "daarbij in alle gevallen binnen de door het Rijk vastgestelde maximale huursomstijging.",
    BB, [C], "firm", [Q(-0.5, "% boven inflatie", "max")], D(2025, "per 1 juli 2025"), True))
_25(A("huurbevriezing-efg",
    "Voor woningen met energielabel E, F of G wordt de huur per 1 juli 2025 niet verhoogd.",
    BB, [C], "firm", [], D(2025, "per 1 juli 2025"), True, themes=[BB, DK]))
_25(A("passend-toewijzen",
    "Zuidvliet hanteert per 1 januari 2025 de geactualiseerde inkomensgrenzen en huurtoeslaggrenzen en wijst "
    "ten minste 95% van de vrijkomende woningen aan huishoudens met recht op huurtoeslag passend toe.",
    BB, [C], "firm", [Q(95, "%", "min")], D(2025, "per 1 januari 2025"), True))
_25(A("energiecoaches",
    "De gemeente zet in 2025 vier energiecoaches in die huurders van Zuidvliet in Oudeland en Ruwiel "
    "kosteloos adviseren over energiebesparing en hen wijzen op regelingen tegen energiearmoede, voor zover de "
    "rijksmiddelen voor de aanpak van energiearmoede daarvoor toereikend zijn.",
    DK, [G], "firm", [Q(4, "energiecoaches")], D(2025, "in 2025"), True,
    ["voor zover de rijksmiddelen voor de aanpak van energiearmoede daarvoor toereikend zijn"],
    themes=[DK, BB], trekker="gemeente"))
_25(A("huurachterstand-contact",
    "Zuidvliet neemt uiterlijk één maand na het ontstaan van een huurachterstand persoonlijk contact op met de "
    "huurder en meldt de achterstand conform het convenant vroegsignalering bij het team Schulden en Geldzaken "
    "van de gemeente.",
    BB, [C], "firm", [Q(1, "maanden", "max")]))
_25(A("ontruimingen",
    "Partijen streven ernaar dat in 2025 geen enkele ontruiming wegens huurachterstand plaatsvindt. Een "
    "ontruiming wordt alleen in gang gezet nadat de gemeente en Zuidvliet samen hebben vastgesteld dat alle "
    "mogelijkheden voor hulp zijn benut.",
    BB, [P], "intent", [Q(0, "ontruimingen", "max")], D(2025, "in 2025"), True, themes=[BB, LB]))
# § 3
_25(A("label-efg",
    "Zuidvliet heeft uiterlijk eind 2026 geen woningen meer in bezit met energielabel E, F of G.",
    DK, [C], "firm", [Q(0, "woningen met label E, F of G", "max")], D(2026, "uiterlijk eind 2026"),
    trekker="corporatie", planning="eind 2026"))
_25(A("gemiddeld-label",
    "Zuidvliet streeft ernaar dat het woningbezit in Vlietstede eind 2028 gemiddeld energielabel B heeft.",
    DK, [C], "intent", [Q("B", "label", "min")], D(2028, "eind 2028")))
_25(A("isolatie",
    "Zuidvliet isoleert in 2025 en 2026 de resterende 160 woningen in de complexen Oudeland-Zuid, Kerkebuurt "
    "en De Schouw tot ten minste energielabel B, waarbij de huur na isolatie niet wordt verhoogd.",
    DK, [C], "firm", [Q(160, "woningen"), Q("B", "label", "min")], D(2026, "in 2025 en 2026")))
_25(A("warmtenet",
    "Partijen werken volgens de in 2024 gemaakte afspraken over de aansluiting van de vier flats in De Schouw "
    "op het warmtenet, waarbij uitgangspunt is dat de totale woonlasten van de huurders niet stijgen.",
    DK, [P], "firm", [Q(4, "flats")], None, themes=[DK, BB]))
_25(A("zonnepanelen",
    "Zuidvliet plaatst in 2025 zonnepanelen op ten minste 150 woningen, verspreid over alle wijken van "
    "Vlietstede en met inbegrip van geschikte portiekflats. Huurders betalen hiervoor een vaste vergoeding van "
    "maximaal € 10 per maand, die lager is dan de gemiddelde besparing op de energierekening.",
    DK, [C], "firm", [Q(150, "woningen", "min"), Q(10, "euro", "max")], D(2025, "in 2025"), True))
A25["hybride-warmtepomp"] = WARMTEPOMP
_25(A("tuinen-vergroenen",
    "Zuidvliet en de gemeente organiseren in 2025 in Oudeland en Kerkebuurt een vergroeningsactie, waarbij "
    "huurders tegels uit hun tuin kunnen laten verwijderen en gratis planten en een regenton ontvangen; de "
    "gemeente haalt de tegels kosteloos op.",
    DK, [C, G], "firm", [], D(2025, "in 2025"), themes=[DK, LB], trekker="corporatie en gemeente"))
# § 4
_25(A("vocht-schimmel",
    "Bij een melding van vocht of schimmel inspecteert Zuidvliet de woning binnen vijf werkdagen en stelt zij "
    "binnen vier weken, in overleg met de huurder, een plan van aanpak op, waarvan de uitvoering voorrang "
    "krijgt.",
    KW, [C], "firm", [Q(5, "werkdagen", "max"), Q(4, "weken", "max")], trekker="corporatie"))
_25(A("reparatie-termijn",
    "Zuidvliet zet zich ervoor in dat reparatieverzoeken die niet spoedeisend zijn binnen tien werkdagen na "
    "de melding worden uitgevoerd.",
    KW, [C], "intent", [Q(10, "werkdagen", "max")]))
_25(A("asbest",
    "Zuidvliet rondt de inventarisatie van asbesthoudende materialen in alle woningen die vóór 1994 zijn "
    "gebouwd af vóór eind 2025 en informeert de bewoners van elk onderzocht complex schriftelijk over de "
    "uitkomsten.",
    KW, [C], "firm", [], D(2025, "vóór eind 2025"), planning="eind 2025"))
_25(A("rookmelders",
    "Zuidvliet plaatst bij wijze van pilot in de woningen van de complexen Kerkebuurt en Hoefkamp op elke "
    "verdieping een gekoppelde rookmelder.",
    KW, [C], "firm", [Q(2, "complexen")]))
_25(A("zorgwoningen-ruwielhof",
    "Zuidvliet realiseert in het project Ruwielhof 12 zorggeschikte woningen, in samenwerking met een "
    "zorgaanbieder die dag en nacht zorg op afroep kan leveren.",
    KW, [C], "firm", [Q(12, "woningen")], themes=[KW, BB]))
A25["wmo-aanpassingen"] = WMO
_25(A("doorstroming-senioren",
    "Zuidvliet biedt senioren van 65 jaar en ouder die een eengezinswoning achterlaten een verhuisvergoeding "
    "van € 2.500 en voorrang bij de toewijzing van een passende gelijkvloerse woning.",
    BB, [C], "firm", [Q(2500, "euro"), Q(65, "jaar", "min")]))
# § 5
_25(A("wijkbeheerders",
    "Zuidvliet zet in Oudeland, Ruwiel en De Schouw elk een wijkbeheerder in, die ten minste twee dagdelen per "
    "week in de wijk aanwezig en aanspreekbaar is.",
    LB, [C], "firm", [Q(2, "dagdelen per week", "min")]))
_25(A("leefbaarheidsbudget",
    "Zuidvliet stelt in 2025 een leefbaarheidsbudget beschikbaar van € 80 per woning, waarvan ten minste "
    "€ 20.000 is bestemd voor initiatieven van bewoners. De Huurdersraad adviseert over de besteding van dit "
    "deel.",
    LB, [C], "firm", [Q(80, "euro per woning"), Q(20000, "euro", "min")], D(2025, "in 2025"), True))
_25(A("woonoverlast",
    "Bij ernstige en langdurige woonoverlast handelen partijen volgens het convenant woonoverlast Vlietstede; "
    "de gemeente voert de regie en brengt situaties waarin zorg en veiligheid samenkomen in bij het overleg "
    "Zorg en Veiligheid.",
    LB, [P, G], "firm", trekker="gemeente"))
_25(A("ontmoetingsruimte",
    "De gemeente streeft ernaar in samenwerking met Zuidvliet in de Schouwflat een ontmoetingsruimte in te "
    "richten die ten minste vier dagdelen per week openstaat voor alle bewoners van de wijk.",
    LB, [G], "intent", [Q(4, "dagdelen per week", "min")]))
_25(A("eenzaamheid",
    "Zuidvliet en de Huurdersraad organiseren in 2025, samen met de welzijnsorganisatie, in elke wijk ten "
    "minste twee bijeenkomsten voor oudere huurders om eenzaamheid te voorkomen en de onderlinge contacten in "
    "de buurt te versterken.",
    LB, [C, H], "firm", [Q(2, "bijeenkomsten per wijk", "min")], D(2025, "in 2025")))
# § 6
_25(A("woonvisie",
    "De gemeente legt in het eerste kwartaal van 2025 een geactualiseerde woonvisie voor aan de gemeenteraad en "
    "betrekt Zuidvliet en de Huurdersraad vooraf bij het opstellen daarvan.",
    OV, [G], "firm", [], D(2025, "in het eerste kwartaal van 2025"), trekker="gemeente", planning="Q1 2025"))
_25(A("bod-datum",
    "Zuidvliet brengt vóór 1 juli 2025 een bod uit op de woonvisie, waarin zij aangeeft welke bijdrage zij in "
    "de komende vijf jaar levert aan het volkshuisvestingsbeleid van de gemeente.",
    OV, [C], "firm", [Q(5, "jaar")], D(2025, "vóór 1 juli 2025"), True))
_25(A("ondersteuning-huurdersraad",
    "Voor ondersteuning, scholing en het inhuren van deskundigen bij de voorbereiding van de "
    "prestatieafspraken ontvangt de Huurdersraad van Zuidvliet jaarlijks een budget van € 22.500.",
    OV, [C], "firm", [Q(22500, "euro")], None, True))
A25["monitoring"] = MONITORING
A25["geschillen"] = GESCHILLEN

# ---------------------------------------------------------------------------------------------------------
# BOD 2025 (letter of Zuidvliet, June 2024); numbered 1..n, "wij"
# ---------------------------------------------------------------------------------------------------------
B = {}


def _b(a):
    B[a["key"]] = a
    return a


_b(A("nieuwbouw-oplevering",
    "Wij leveren vóór medio 2026 in totaal 90 nieuwe sociale huurwoningen op in Vlietzoom fase 2 en "
    "Ruwielhof. Voor een tijdige oplevering rekenen wij erop dat de gemeente de vergunningverlening en het "
    "woonrijp maken van de openbare ruimte afstemt op de bouwplanning.",
    BB, [C], "firm", [Q(90, "woningen")], D(2026, "vóór medio 2026")))
_b(A("bouwstart",
    "Wij starten in 2025 met de bouw van ten minste 40 sociale huurwoningen en melden de start van elk "
    "project vooraf bij de gemeente en de Huurdersraad.",
    BB, [C], "firm", [Q(40, "woningen", "min")], D(2025, "in 2025"), True))
_b(A("schoolstraat",
    "Wij transformeren het voormalige schoolgebouw aan de Schoolstraat tot 18 zelfstandige jongerenwoningen; "
    "de provincie heeft de aangevraagde bijdrage in mei 2024 toegekend.",
    BB, [C], "firm", [Q(18, "woningen")]))
_b(A("middenhuur-vlietzoom",
    "Wij bouwen in Vlietzoom fase 3 ten minste 20 middenhuurwoningen, in aanvulling op onze sociale "
    "nieuwbouw.",
    BB, [C], "firm", [Q(20, "woningen", "min")]))
_b(A("flexwonen-stationsweg",
    "Wij plaatsen 24 flexwoningen voor spoedzoekers en jongeren, mits de gemeente daarvoor tijdig een "
    "geschikte locatie beschikbaar stelt.",
    BB, [C], "firm", [Q(24, "woningen")], None, False,
    ["mits de gemeente daarvoor tijdig een geschikte locatie beschikbaar stelt"]))
_b(A("sociale-voorraad",
    "Wij houden onze sociale huurvoorraad in Vlietstede in 2025 op ten minste 2.850 woningen.",
    BB, [C], "firm", [Q(2850, "woningen", "min")], D(2025, "in 2025")))
_b(A("verkoop",
    "Wij verkopen in 2025 maximaal 10 bestaande huurwoningen bij mutatie en zetten de opbrengst in voor "
    "nieuwbouw.",
    BB, [C], "firm", [Q(10, "woningen", "max")], D(2025, "in 2025"), True))
_b(A("mantelzorg-voorrang",
    "Wij geven mantelzorgers en de mensen voor wie zij zorgen voorrang bij de toewijzing van een woning in "
    "elkaars nabijheid.",
    BB, [C], "firm", themes=[BB, KW]))
_b(A("doorstroming-senioren",
    "Wij bieden senioren die een eengezinswoning achterlaten een verhuisvergoeding van € 2.500 en voorrang "
    "bij de toewijzing van een passende gelijkvloerse woning.",
    BB, [C], "firm", [Q(2500, "euro")]))
_b(A("huurverhoging",
    "Wij houden de gemiddelde huurverhoging per 1 juli 2025 ten minste 0,5% onder de inflatie.",
    BB, [C], "firm", [Q(-0.5, "% boven inflatie", "max")], D(2025, "per 1 juli 2025"), True))
_b(A("huurbevriezing-efg",
    "Wij verhogen per 1 juli 2025 de huur van woningen met energielabel E, F of G niet.",
    BB, [C], "firm", [], D(2025, "per 1 juli 2025"), True, themes=[BB, DK]))
_b(A("huurachterstand-contact",
    "Wij nemen uiterlijk twee maanden na het ontstaan van een huurachterstand persoonlijk contact op met de "
    "huurder.",
    BB, [C], "firm", [Q(2, "maanden", "max")]))
_b(A("ontruimingen",
    "Wij streven ernaar dat in 2025 geen enkele huurder wegens een huurachterstand uit huis wordt gezet. Wij "
    "zetten een ontruiming pas in gang nadat wij samen met de gemeente hebben vastgesteld dat alle "
    "mogelijkheden voor hulp zijn benut.",
    BB, [C], "intent", [Q(0, "ontruimingen", "max")], D(2025, "in 2025"), True, themes=[BB, LB]))
_b(A("betalingsregeling",
    "Wij bieden iedere huurder met een betalingsachterstand een betalingsregeling aan van maximaal twaalf "
    "maanden, zonder dat daarbij incassokosten in rekening worden gebracht.",
    BB, [C], "firm", [Q(12, "maanden", "max")]))
_b(A("label-efg",
    "Wij hebben uiterlijk eind 2026 geen woningen met energielabel E, F of G meer in ons bezit.",
    DK, [C], "firm", [Q(0, "woningen met label E, F of G", "max")], D(2026, "uiterlijk eind 2026")))
_b(A("gemiddeld-label",
    "Wij streven naar een gemiddeld energielabel B voor ons woningbezit in Vlietstede eind 2028.",
    DK, [C], "intent", [Q("B", "label", "min")], D(2028, "eind 2028")))
_b(A("isolatie",
    "Wij isoleren in 2025 en 2026 de resterende 160 woningen in de complexen Oudeland-Zuid, Kerkebuurt en De "
    "Schouw tot ten minste energielabel B, zonder dat de huur daarna wordt verhoogd.",
    DK, [C], "firm", [Q(160, "woningen"), Q("B", "label", "min")], D(2026, "in 2025 en 2026")))
_b(A("zonnepanelen",
    "Wij plaatsen in 2025 op ten minste 150 woningen in alle wijken zonnepanelen, tegen een vergoeding van "
    "maximaal € 10 per maand.",
    DK, [C], "firm", [Q(150, "woningen", "min"), Q(10, "euro", "max")], D(2025, "in 2025"), True))
_b(A("hybride-warmtepomp",
    "Wij plaatsen bij de vervanging van een cv-ketel een hybride warmtepomp, behalve als dat technisch niet "
    "kan of als de woning binnen vijf jaar op een warmtenet wordt aangesloten.",
    DK, [C], "firm", [], None, False,
    ["behalve als dat technisch niet kan of als de woning binnen vijf jaar op een warmtenet wordt aangesloten"]))
_b(A("zonneboilers",
    "We onderzoeken in 2025 of zonneboilers in onze seniorencomplexen een betaalbaar alternatief zijn voor "
    "individuele warmtepompen.",
    DK, [C], "explore", [], D(2025, "in 2025")))
_b(A("vocht-schimmel",
    "Wij inspecteren een woning binnen vijf werkdagen na een melding van vocht of schimmel en stellen binnen "
    "vier weken samen met de huurder een plan van aanpak op, dat wij met voorrang uitvoeren.",
    KW, [C], "firm", [Q(5, "werkdagen", "max"), Q(4, "weken", "max")]))
_b(A("reparatie-termijn",
    "Wij zeggen toe dat wij reparatieverzoeken die niet spoedeisend zijn binnen tien werkdagen na de melding "
    "uitvoeren.",
    KW, [C], "firm", [Q(10, "werkdagen", "max")]))
_b(A("asbest",
    "Wij ronden de inventarisatie van asbesthoudende materialen in woningen die vóór 1994 zijn gebouwd af "
    "vóór eind 2026.",
    KW, [C], "firm", [], D(2026, "vóór eind 2026")))
_b(A("rookmelders",
    "We plaatsen in de woningen van de complexen Kerkebuurt en Hoefkamp op elke verdieping een gekoppelde "
    "rookmelder.",
    KW, [C], "firm", [Q(2, "complexen")]))
_b(A("zorgwoningen-ruwielhof",
    "Wij realiseren in Ruwielhof 12 zorggeschikte woningen, in samenwerking met een zorgaanbieder die dag en "
    "nacht zorg op afroep levert.",
    KW, [C], "firm", [Q(12, "woningen")], themes=[KW, BB]))
_b(A("leefbaarheidsbudget",
    "Wij stellen in 2025 een leefbaarheidsbudget beschikbaar van € 80 per woning, waarvan ten minste € 20.000 "
    "voor initiatieven van bewoners.",
    LB, [C], "firm", [Q(80, "euro per woning"), Q(20000, "euro", "min")], D(2025, "in 2025"), True))
_b(A("wijkbeheerders",
    "Wij zetten in Oudeland, Ruwiel en De Schouw elk een wijkbeheerder in die ten minste twee dagdelen per "
    "week in de wijk aanwezig is.",
    LB, [C], "firm", [Q(2, "dagdelen per week", "min")]))
_b(A("eenzaamheid",
    "Wij organiseren in 2025 samen met de Huurdersraad in elke wijk ten minste drie bijeenkomsten voor oudere "
    "huurders om eenzaamheid tegen te gaan.",
    LB, [C], "firm", [Q(3, "bijeenkomsten per wijk", "min")], D(2025, "in 2025")))
_b(A("huismeester-schouwflat",
    "We zetten in de Schouwflat een vaste huismeester in die op werkdagen dagelijks aanwezig is.",
    LB, [C], "firm"))
_b(A("ondersteuning-huurdersraad",
    "Wij stellen de Huurdersraad jaarlijks € 22.500 beschikbaar voor ondersteuning, scholing en het inhuren "
    "van deskundigen.",
    OV, [C], "firm", [Q(22500, "euro")], None, True))

# ---------------------------------------------------------------------------------------------------------
# Document structure: (heading, [context paragraphs], [(subheading or None, [keys])])
# ---------------------------------------------------------------------------------------------------------
STRUCT_2024 = [
    ("§ 1 Wonen voor iedereen", [
        "De vraag naar betaalbare huurwoningen in Vlietstede is de afgelopen jaren verder toegenomen. Eind 2023 "
        "stonden ruim 4.300 woningzoekenden ingeschreven die in de gemeente wonen of er willen wonen. In de "
        "woonvisie is vastgelegd dat de sociale huurvoorraad moet groeien, met nadruk op woningen voor "
        "jongeren, senioren en kleine huishoudens.",
        "In de regionale woondeal Vlietland is afgesproken dat Vlietstede tot en met 2030 circa 1.100 woningen "
        "toevoegt, waarvan twee derde in het betaalbare segment. Een groot deel daarvan komt op rekening van "
        "Zuidvliet, die als enige corporatie bezit heeft in de gemeente."],
     [("Nieuwbouw en transformatie", ["nieuwbouw-oplevering", "bouwstart", "schoolstraat",
                                      "plancapaciteit-sociaal", "grondprijs", "flexwonen-kanaaldijk"]),
      ("Verkoop", ["verkoop"]),
      ("Woonruimteverdeling en doelgroepen", ["urgentie-aandeel", "statushouders", "zoektijd",
                                               "mantelzorg-voorrang", "doorstroming-senioren"])]),
    ("§ 2 Betaalbaarheid en financiële zekerheid", [
        "Betaalbaarheid staat voor veel huurders onder druk door de gestegen kosten van energie en "
        "levensonderhoud. Uit de woonlastenmonitor van de Huurdersraad blijkt dat circa 18% van de huishoudens "
        "in een woning van Zuidvliet moeite heeft om rond te komen. Met de Nationale Prestatieafspraken heeft "
        "het Rijk kaders gesteld voor huurmatiging en huurverlaging voor de laagste inkomens."],
     [(None, ["huurverhoging", "huurbevriezing-efg", "passend-toewijzen", "huurachterstand-contact",
              "ontruimingen"])]),
    ("§ 3 Duurzaam en klimaatbestendig wonen", [
        "Landelijk is afgesproken dat uiterlijk eind 2028 geen corporatiewoningen meer een energielabel E, F of "
        "G hebben. Zuidvliet loopt op dit punt voor: eind 2023 hadden nog 112 woningen een van deze labels. De "
        "transitievisie warmte van de gemeente wijst De Schouw aan als eerste buurt die op het warmtenet wordt "
        "aangesloten.",
        "Tegelijk vraagt de klimaatverandering om woningen en tuinen die beter bestand zijn tegen hitte en "
        "hevige regenval."],
     [(None, ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "hybride-warmtepomp", "warmtenet",
              "energiecoaches", "circulair-sloop"])]),
    ("§ 4 Goede en veilige woningen", [
        "Een goed onderhouden en veilige woning is de basis voor prettig wonen. Het aantal meldingen van vocht "
        "en schimmel nam in 2023 met 40% toe ten opzichte van het jaar ervoor, mede door de aandacht die het "
        "onderwerp in de media kreeg. Daarnaast wonen steeds meer ouderen en mensen met een zorgvraag "
        "zelfstandig thuis."],
     [(None, ["reparatie-termijn", "vocht-schimmel", "asbest", "rookmelders", "wmo-aanpassingen",
              "zorgwoningen-ruwielhof"])]),
    ("§ 5 Prettig samenleven in de buurt", [
        "Vlietstede kent over het algemeen leefbare wijken, maar in Oudeland en Ruwiel scoort de Leefbaarometer "
        "op de onderdelen overlast en sociale samenhang onder het landelijk gemiddelde. Het aantal bij "
        "Zuidvliet gemelde overlastsituaties daalde in 2023 licht, van 131 naar 118."],
     [(None, ["leefbaarheidsbudget", "wijkbeheerders", "woonoverlast", "ontmoetingsruimte",
              "buurtbemiddeling"])]),
    ("§ 6 Samenwerking en proces", [
        "Gemeente, Zuidvliet en de Huurdersraad werken als gelijkwaardige partners samen, zoals de Woningwet "
        "voorschrijft. In het tripartiete overleg wordt de voortgang besproken en worden nieuwe afspraken "
        "voorbereid."],
     [(None, ["woonvisie", "bod-datum", "monitoring", "ondersteuning-huurdersraad", "geschillen"])]),
]

STRUCT_2025 = [
    ("§ 1 Wonen voor iedereen", [
        "Het tekort aan betaalbare huurwoningen in Vlietstede is nog niet ingelopen. Eind 2024 stonden 4.520 "
        "woningzoekenden ingeschreven en liep de gemiddelde zoektijd op tot 3,9 jaar. De gemeente werkt aan een "
        "nieuwe woonvisie, die naar verwachting in het voorjaar van 2025 wordt vastgesteld.",
        "De regionale woondeal Vlietland blijft het kader voor de aantallen: tot en met 2030 voegt Vlietstede "
        "circa 1.100 woningen toe, waarvan twee derde in het betaalbare segment. De stijging van bouwkosten en "
        "rente heeft gevolgen voor het tempo van de nieuwbouw."],
     [("Nieuwbouw en tijdelijke woningen", ["nieuwbouw-oplevering", "bouwstart", "schoolstraat",
                                            "flexwonen-stationsweg", "middenhuur-vlietzoom",
                                            "plancapaciteit-sociaal", "grondprijs"]),
      ("Woonruimteverdeling en doelgroepen", ["urgentie-aandeel", "statushouders", "zoektijd",
                                               "mantelzorg-voorrang", "verkoop"])]),
    ("§ 2 Betaalbaar wonen", [
        "De betaalbaarheid van het wonen blijft een zorg. Uit de woonlastenmonitor 2024 van de Huurdersraad "
        "blijkt dat het aandeel huishoudens met betaalproblemen licht is gedaald naar 16%. De aanpak van "
        "energiearmoede, die tot dit jaar onder duurzaamheid viel, is in deze paragraaf opgenomen."],
     [(None, ["huurverhoging", "huurbevriezing-efg", "passend-toewijzen", "energiecoaches",
              "huurachterstand-contact", "ontruimingen"])]),
    ("§ 3 Energietransitie en klimaatadaptatie", [
        "Eind 2024 hadden nog 61 woningen van Zuidvliet een energielabel E, F of G. Door vertraging bij de "
        "levering van installaties en door bewoners die instemming met werkzaamheden uitstelden, kon niet het "
        "volledige programma worden uitgevoerd. De aansluiting van De Schouw op het warmtenet is voorbereid."],
     [(None, ["label-efg", "gemiddeld-label", "isolatie", "warmtenet", "zonnepanelen", "hybride-warmtepomp",
              "tuinen-vergroenen"])]),
    ("§ 4 Wonen, zorg en kwaliteit", [
        "Deze paragraaf bundelt de afspraken over de kwaliteit van de woningen en over wonen met zorg. De "
        "afspraak over doorstroming van senioren, die vorig jaar onder Wonen voor iedereen stond, is hierheen "
        "verplaatst omdat zij nauw samenhangt met het aanbod van gelijkvloerse en zorggeschikte woningen."],
     [(None, ["vocht-schimmel", "reparatie-termijn", "asbest", "rookmelders", "zorgwoningen-ruwielhof",
              "wmo-aanpassingen", "doorstroming-senioren"])]),
    ("§ 5 Prettig samenleven in de buurt", [
        "In 2024 is de Leefbaarometer in Oudeland iets verbeterd; in Ruwiel bleef de score gelijk. Vooral "
        "eenzaamheid onder oudere huurders is een terugkerend punt in de gesprekken met bewonerscommissies."],
     [(None, ["wijkbeheerders", "leefbaarheidsbudget", "woonoverlast", "ontmoetingsruimte", "eenzaamheid"])]),
    ("§ 6 Samenwerking en proces", [
        "Gemeente, Zuidvliet en de Huurdersraad werken als gelijkwaardige partners samen, zoals de Woningwet "
        "voorschrijft. In het tripartiete overleg wordt de voortgang besproken en worden nieuwe afspraken "
        "voorbereid."],
     [(None, ["woonvisie", "bod-datum", "ondersteuning-huurdersraad", "monitoring", "geschillen"])]),
]

STRUCT_BOD = [
    ("Beschikbaarheid: bouwen en toewijzen", [
        "De vraag naar sociale huurwoningen blijft groter dan het aanbod. Wij willen onze voorraad laten "
        "groeien, ook al is de financiële ruimte door de gestegen bouwkosten kleiner dan twee jaar geleden."],
     ["nieuwbouw-oplevering", "bouwstart", "schoolstraat", "middenhuur-vlietzoom", "flexwonen-stationsweg",
      "sociale-voorraad", "verkoop", "mantelzorg-voorrang", "doorstroming-senioren"]),
    ("Betaalbaarheid", [
        "Een betaalbare woning is voor onze huurders het belangrijkste. Wij volgen het landelijke huurbeleid en "
        "gaan daar waar mogelijk onder zitten."],
     ["huurverhoging", "huurbevriezing-efg", "huurachterstand-contact", "ontruimingen", "betalingsregeling"]),
    ("Duurzaamheid en energie", [
        "In 2023 hebben wij 96 woningen met een slecht energielabel verbeterd. Eind 2023 hadden nog 112 woningen "
        "een energielabel E, F of G."],
     ["label-efg", "gemiddeld-label", "isolatie", "zonnepanelen", "hybride-warmtepomp", "zonneboilers"]),
    ("Kwaliteit en wonen met zorg", [
        "Huurders moeten kunnen rekenen op een gezonde en veilige woning, en op snelle hulp als er iets mis is."],
     ["vocht-schimmel", "reparatie-termijn", "asbest", "rookmelders", "zorgwoningen-ruwielhof"]),
    ("Leefbaarheid en wijken", [
        "Wij zijn zichtbaar in de wijken en werken samen met de gemeente, welzijn en politie."],
     ["leefbaarheidsbudget", "wijkbeheerders", "eenzaamheid", "huismeester-schouwflat"]),
    ("Samenwerking met huurders", [
        "Een sterke Huurdersraad is voor ons een voorwaarde voor goede afspraken."],
     ["ondersteuning-huurdersraad"]),
]

# ---------------------------------------------------------------------------------------------------------
# Change links. (old_key, new_key, status, kinds, hard_negative)
# ---------------------------------------------------------------------------------------------------------
LINKS_24_25 = [
    ("nieuwbouw-oplevering", "nieuwbouw-oplevering", "weakened", ["quantity", "deadline"], None),
    ("bouwstart", "bouwstart", "reworded", [], "recurring_year"),
    ("schoolstraat", "schoolstraat", "strengthened", ["condition"], None),
    ("plancapaciteit-sociaal", "plancapaciteit-sociaal", "strengthened", ["quantity", "modality"], None),
    ("grondprijs", "grondprijs", "reworded", [], "indexed_amount"),
    ("flexwonen-kanaaldijk", None, "dropped", [], None),
    (None, "flexwonen-stationsweg", "new", [], None),
    (None, "middenhuur-vlietzoom", "new", [], None),
    ("verkoop", "verkoop", "strengthened", ["quantity"], None),
    ("urgentie-aandeel", "urgentie-aandeel", "unchanged", [], None),
    ("statushouders", "statushouders", "reworded", [], "external_figure"),
    ("zoektijd", "zoektijd", "modified", ["modality", "quantity"], None),
    ("mantelzorg-voorrang", "mantelzorg-voorrang", "weakened", ["modality"], None),
    ("doorstroming-senioren", "doorstroming-senioren", "strengthened", ["modality"], None),
    ("huurverhoging", "huurverhoging", "strengthened", ["quantity"], None),
    ("huurbevriezing-efg", "huurbevriezing-efg", "reworded", [], "recurring_year"),
    ("passend-toewijzen", "passend-toewijzen", "reworded", [], "recurring_year"),
    ("huurachterstand-contact", "huurachterstand-contact", "strengthened", ["quantity"], None),
    ("ontruimingen", "ontruimingen", "strengthened", ["quantity"], None),
    ("label-efg", "label-efg", "weakened", ["deadline"], None),
    ("gemiddeld-label", "gemiddeld-label", "weakened", ["label"], None),
    ("isolatie", "isolatie", "reworded", [], "progress"),
    ("zonnepanelen", "zonnepanelen", "strengthened", ["scope"], None),
    ("hybride-warmtepomp", "hybride-warmtepomp", "unchanged", [], None),
    ("warmtenet", "warmtenet", "strengthened", ["modality"], None),
    ("energiecoaches", "energiecoaches", "weakened", ["condition"], None),
    ("circulair-sloop", None, "dropped", [], None),
    (None, "tuinen-vergroenen", "new", [], None),
    ("reparatie-termijn", "reparatie-termijn", "weakened", ["modality"], None),
    ("vocht-schimmel", "vocht-schimmel", "reworded", [], "same_figures"),
    ("asbest", "asbest", "strengthened", ["deadline"], None),
    ("rookmelders", "rookmelders", "weakened", ["scope"], None),
    ("wmo-aanpassingen", "wmo-aanpassingen", "unchanged", [], None),
    ("zorgwoningen-ruwielhof", "zorgwoningen-ruwielhof", "strengthened", ["modality"], None),
    ("leefbaarheidsbudget", "leefbaarheidsbudget", "weakened", ["quantity"], None),
    ("wijkbeheerders", "wijkbeheerders", "strengthened", ["scope"], None),
    ("woonoverlast", "woonoverlast", "reworded", [], None),
    ("ontmoetingsruimte", "ontmoetingsruimte", "weakened", ["modality"], None),
    ("buurtbemiddeling", None, "dropped", [], None),
    (None, "eenzaamheid", "new", [], None),
    ("woonvisie", "woonvisie", "weakened", ["deadline"], None),
    ("bod-datum", "bod-datum", "reworded", [], "recurring_year"),
    ("monitoring", "monitoring", "unchanged", [], None),
    ("ondersteuning-huurdersraad", "ondersteuning-huurdersraad", "reworded", [], "same_figures"),
    ("geschillen", "geschillen", "unchanged", [], None),
]

# bod 2025 -> prestatieafspraken 2025; afspraken of 2025 that are not listed get status "new"
LINKS_BOD_25 = [
    ("nieuwbouw-oplevering", "strengthened", ["quantity"], None),
    ("bouwstart", "reworded", [], "same_figures"),
    ("schoolstraat", "reworded", [], "same_figures"),
    ("middenhuur-vlietzoom", "weakened", ["modality"], None),
    ("flexwonen-stationsweg", "strengthened", ["condition"], None),
    ("sociale-voorraad", "dropped", [], None),
    ("verkoop", "strengthened", ["quantity"], None),
    ("mantelzorg-voorrang", "weakened", ["modality", "condition"], None),
    ("doorstroming-senioren", "weakened", ["scope"], None),
    ("huurverhoging", "reworded", [], "same_figures"),
    ("huurbevriezing-efg", "reworded", [], None),
    ("huurachterstand-contact", "strengthened", ["quantity"], None),
    ("ontruimingen", "reworded", [], None),
    ("betalingsregeling", "dropped", [], None),
    ("label-efg", "reworded", [], "same_figures"),
    ("gemiddeld-label", "reworded", [], "same_figures"),
    ("isolatie", "reworded", [], "same_figures"),
    ("zonnepanelen", "reworded", [], "same_figures"),
    ("hybride-warmtepomp", "reworded", [], None),
    ("zonneboilers", "dropped", [], None),
    ("vocht-schimmel", "reworded", [], "same_figures"),
    ("reparatie-termijn", "weakened", ["modality"], None),
    ("asbest", "strengthened", ["deadline"], None),
    ("rookmelders", "reworded", [], None),
    ("zorgwoningen-ruwielhof", "reworded", [], "same_figures"),
    ("leefbaarheidsbudget", "reworded", [], "same_figures"),
    ("wijkbeheerders", "reworded", [], "same_figures"),
    ("eenzaamheid", "weakened", ["quantity"], None),
    ("huismeester-schouwflat", "dropped", [], None),
    ("ondersteuning-huurdersraad", "reworded", [], "same_figures"),
]
