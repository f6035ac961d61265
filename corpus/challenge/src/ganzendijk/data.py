# Content of the Ganzendijk family: jaarschijven 2025, 2026, 2027 of
# "Prestatieafspraken Ganzendijk 2025-2028". Fictional names.

GEMEENTE = "Ganzendijk"
CORP = ["Woonstichting Ganzenhof", "Wooncorporatie Dijkland"]
HUURDERS = ["Huurdersvereniging Ganzendijk Samen"]

B = "beschikbaarheid_betaalbaarheid"
D = "duurzaamheid_klimaat"
K = "kwaliteit"
L = "leefbaarheid"
O = "overig"


def F(actors, mod, q=(), dl=None, rec=False, cond=()):
    qs = []
    for t in q:
        d = {"value": t[0], "unit": t[1], "comparator": t[2], "value_max": t[3] if len(t) > 3 else None}
        qs.append(d)
    return {"actors": list(actors), "modality": mod, "quantities": qs,
            "deadline": ({"year": dl[0], "text": dl[1]} if dl else None),
            "recurring": rec, "conditions": list(cond)}


def V(text, frame, planning=None, trekker=None):
    return {"text": text, "frame": frame, "planning": planning, "trekker": trekker}


CH = {
    1: "1 Betaalbaarheid",
    2: "2 Beschikbaarheid",
    3: "3 Duurzaamheid",
    4: "4 Kwaliteit en wonen met zorg",
    5: "5 Leefbaarheid",
    6: "6 Samenwerking en proces",
}
CH_2027 = dict(CH)
CH_2027[4] = "4 Wonen, zorg en kwaliteit"

# key -> {"themes": [...], "ch": {year: chapter}, year: V(...)}
A = {}


def add(key, themes, ch, **years):
    d = {"themes": themes, "ch": {}}
    for y, v in years.items():
        yr = int(y[1:])
        d[yr] = v
        d["ch"][yr] = ch
    A[key] = d


# ---------------------------------------------------------------- 1 Betaalbaarheid
add("huurverhoging", [B], 1,
    y2025=V("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2025 voor hun sociale huurwoningen gemiddeld tot maximaal de inflatie. Bij de huurharmonisatie na mutatie wordt de streefhuur niet hoger vastgesteld dan de tweede aftoppingsgrens.",
            F(["corporatie"], "firm", [(None, "%", "max")], (2025, "per 1 juli 2025"), True), "1 juli 2025", "Corporaties"),
    y2026=V("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2026 voor hun sociale huurwoningen gemiddeld tot ten minste 0,5% onder de inflatie. Bij de huurharmonisatie na mutatie wordt de streefhuur niet hoger vastgesteld dan de tweede aftoppingsgrens.",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2026, "per 1 juli 2026"), True), "1 juli 2026", "Corporaties"),
    y2027=V("De corporaties beperken de jaarlijkse huuraanpassing per 1 juli 2027 voor hun sociale huurwoningen gemiddeld tot ten minste 0,5% onder de inflatie. Bij de huurharmonisatie na mutatie wordt de streefhuur niet hoger vastgesteld dan de tweede aftoppingsgrens.",
            F(["corporatie"], "firm", [(0.5, "%", "min")], (2027, "per 1 juli 2027"), True), "1 juli 2027", "Corporaties"),
)
add("huurachterstand-contact", [B, L], 1,
    y2025=V("Zodra een huurder een huurachterstand van twee maanden heeft, neemt de betreffende corporatie persoonlijk contact op en wordt de huurder met toestemming doorverwezen naar de schuldhulpverlening van de gemeente. De gemeente zorgt ervoor dat de vroegsignalering binnen vijf werkdagen wordt opgepakt.",
            F(["corporatie", "gemeente"], "firm", [(2, "maanden", "exact"), (5, "dagen", "max")])),
    y2026=V("Zodra een huurder een huurachterstand van één maand heeft, neemt de betreffende corporatie persoonlijk contact op en wordt de huurder met toestemming doorverwezen naar de schuldhulpverlening van de gemeente. De gemeente zorgt ervoor dat de vroegsignalering binnen vijf werkdagen wordt opgepakt.",
            F(["corporatie", "gemeente"], "firm", [(1, "maanden", "exact"), (5, "dagen", "max")])),
)
A["huurachterstand-contact"][2027] = A["huurachterstand-contact"][2026]
A["huurachterstand-contact"]["ch"][2027] = 1

add("inkomensgrenzen", [B], 1,
    y2025=V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrenzen voor passend toewijzen zoals die door het Rijk jaarlijks worden vastgesteld (prijspeil 2025: € 32.175 voor eenpersoonshuishoudens en € 43.700 voor meerpersoonshuishoudens).",
            F(["corporatie"], "firm", [(32175, "euro", "max"), (43700, "euro", "max")], rec=True)),
    y2026=V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrenzen voor passend toewijzen zoals die door het Rijk jaarlijks worden vastgesteld (prijspeil 2026: € 33.225 voor eenpersoonshuishoudens en € 45.125 voor meerpersoonshuishoudens).",
            F(["corporatie"], "firm", [(33225, "euro", "max"), (45125, "euro", "max")], rec=True)),
    y2027=V("Bij de toewijzing van sociale huurwoningen hanteren de corporaties de inkomensgrenzen voor passend toewijzen zoals die door het Rijk jaarlijks worden vastgesteld (prijspeil 2027: € 34.150 voor eenpersoonshuishoudens en € 46.400 voor meerpersoonshuishoudens).",
            F(["corporatie"], "firm", [(34150, "euro", "max"), (46400, "euro", "max")], rec=True)),
)
add("noodfonds-energie", [B, D], 1,
    y2025=V("De gemeente stelt in 2025 een bedrag van € 150.000 beschikbaar voor het lokale noodfonds energie, waaruit huurders met een laag inkomen en een hoge energierekening een eenmalige tegemoetkoming kunnen ontvangen. De corporaties wijzen hun huurders actief op deze regeling.",
            F(["gemeente", "corporatie"], "firm", [(150000, "euro", "exact")], (2025, "in 2025")), trekker="Gemeente"),
    y2026=V("De gemeente stelt in 2026 een bedrag van € 90.000 beschikbaar voor het lokale noodfonds energie, waaruit huurders met een laag inkomen en een hoge energierekening een eenmalige tegemoetkoming kunnen ontvangen. De corporaties wijzen hun huurders actief op deze regeling.",
            F(["gemeente", "corporatie"], "firm", [(90000, "euro", "exact")], (2026, "in 2026")), trekker="Gemeente"),
)
add("liberalisatie", [B], 1,
    y2025=V("Ganzenhof liberaliseert in de periode 2025-2028 maximaal 40 sociale huurwoningen bij mutatie; de opbrengst wordt ingezet voor de nieuwbouw van sociale huurwoningen in Ganzendijk.",
            F(["corporatie"], "firm", [(40, "woningen", "max")], (2028, "2025-2028"))),
    y2026=V("Ganzenhof liberaliseert in de periode 2025-2028 maximaal 25 sociale huurwoningen bij mutatie; de opbrengst wordt ingezet voor de nieuwbouw van sociale huurwoningen in Ganzendijk.",
            F(["corporatie"], "firm", [(25, "woningen", "max")], (2028, "2025-2028"))),
    y2027=V("Ganzenhof liberaliseert in de resterende looptijd van deze afspraken geen sociale huurwoningen meer; vrijkomende woningen blijven beschikbaar voor de doelgroep van beleid.",
            F(["corporatie"], "firm", [(0, "woningen", "max")], (2028, "resterende looptijd"))),
)
add("betalingsregeling", [B], 1,
    y2027=V("De corporaties bieden iedere huurder met een betalingsachterstand een betalingsregeling aan die is afgestemd op de draagkracht van het huishouden en brengen daarvoor geen incassokosten in rekening.",
            F(["corporatie"], "firm")),
)

# ---------------------------------------------------------------- 2 Beschikbaarheid
add("nieuwbouw-totaal", [B], 2,
    y2025=V("Partijen spreken af dat in de periode 2025-2028 ten minste 320 sociale huurwoningen aan de voorraad in Ganzendijk worden toegevoegd, waarvan ongeveer de helft door Ganzenhof en de helft door Dijkland. Het nieuwbouwprogramma per project is opgenomen in bijlage 2.",
            F(["partijen"], "firm", [(320, "woningen", "min")], (2028, "2025-2028"))),
)
A["nieuwbouw-totaal"][2026] = A["nieuwbouw-totaal"][2025]
A["nieuwbouw-totaal"]["ch"][2026] = 2
A["nieuwbouw-totaal"][2027] = V("Partijen spreken af dat de resterende 190 sociale huurwoningen van de afgesproken 320 in 2027 en 2028 aan de voorraad in Ganzendijk worden toegevoegd, waarvan ongeveer de helft door Ganzenhof en de helft door Dijkland. Het nieuwbouwprogramma per project is opgenomen in bijlage 2.",
                                F(["partijen"], "firm", [(190, "woningen", "exact"), (320, "woningen", "exact")], (2028, "in 2027 en 2028")))
A["nieuwbouw-totaal"]["ch"][2027] = 2

add("molenakker", [B], 2,
    y2025=V("Dijkland start in het derde kwartaal van 2025 met de bouw van 48 sociale huurwoningen op de locatie Molenakker, nadat de gemeente het bestemmingsplan heeft vastgesteld.",
            F(["corporatie"], "firm", [(48, "woningen", "exact")], (2025, "derde kwartaal van 2025")), "Q3 2025", "Dijkland"),
    y2026=V("Dijkland start in het eerste kwartaal van 2026 met de bouw van 40 sociale huurwoningen op de locatie Molenakker, nadat de gemeente het bestemmingsplan heeft vastgesteld.",
            F(["corporatie"], "firm", [(40, "woningen", "exact")], (2026, "eerste kwartaal van 2026")), "Q1 2026", "Dijkland"),
)
add("bouwlocaties", [B], 2,
    y2025=V("De gemeente stelt uiterlijk eind 2026 twee bouwlocaties tegen een sociale grondprijs beschikbaar aan de corporaties, in overleg met beide corporaties over de verdeling.",
            F(["gemeente"], "firm", [(2, "locaties", "exact")], (2026, "uiterlijk eind 2026")), "eind 2026", "Gemeente"),
    y2026=V("De gemeente stelt uiterlijk 1 juli 2026 twee bouwlocaties tegen een sociale grondprijs beschikbaar aan de corporaties, in overleg met beide corporaties over de verdeling.",
            F(["gemeente"], "firm", [(2, "locaties", "exact")], (2026, "uiterlijk 1 juli 2026")), "1 juli 2026", "Gemeente"),
)
A["bouwlocaties"][2027] = A["bouwlocaties"][2026]
A["bouwlocaties"]["ch"][2027] = 2

add("vergunninghouders", [B], 2,
    y2025=V("Partijen huisvesten gezamenlijk de door het Rijk vastgestelde taakstelling voor vergunninghouders; voor 2025 bedraagt deze taakstelling 62 personen. De corporaties leveren hiervoor woningen naar rato van hun woningbezit.",
            F(["partijen", "corporatie"], "firm", [(62, "personen", "exact")], (2025, "2025"), True)),
    y2026=V("Partijen huisvesten gezamenlijk de door het Rijk vastgestelde taakstelling voor vergunninghouders; voor 2026 bedraagt deze taakstelling 71 personen. De corporaties leveren hiervoor woningen naar rato van hun woningbezit.",
            F(["partijen", "corporatie"], "firm", [(71, "personen", "exact")], (2026, "2026"), True)),
    y2027=V("Partijen huisvesten gezamenlijk de door het Rijk vastgestelde taakstelling voor vergunninghouders; voor 2027 bedraagt deze taakstelling 58 personen. De corporaties leveren hiervoor woningen naar rato van hun woningbezit.",
            F(["partijen", "corporatie"], "firm", [(58, "personen", "exact")], (2027, "2027"), True)),
)
add("uitstroom-bw-mo", [B, L], 2,
    y2025=V("De corporaties stellen jaarlijks ten minste 20 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding gedurende ten minste het eerste jaar van de huur.",
            F(["corporatie", "gemeente"], "firm", [(20, "woningen", "min")], rec=True)),
    y2026=V("De corporaties stellen jaarlijks ten minste 28 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang. De gemeente draagt zorg voor passende begeleiding gedurende ten minste het eerste jaar van de huur.",
            F(["corporatie", "gemeente"], "firm", [(28, "woningen", "min")], rec=True)),
    y2027=V("De corporaties stellen jaarlijks ten minste 28 woningen beschikbaar voor de uitstroom van cliënten uit beschermd wonen en maatschappelijke opvang, mits de gemeente passende begeleiding gedurende ten minste het eerste jaar van de huur heeft geregeld.",
            F(["corporatie"], "firm", [(28, "woningen", "min")], rec=True, cond=["mits de gemeente passende begeleiding gedurende ten minste het eerste jaar van de huur heeft geregeld"])),
)
add("starters-lokaal", [B], 2,
    y2025=V("Ten minste 10% van de vrijkomende sociale huurwoningen wordt met voorrang toegewezen aan starters tot 28 jaar met een lokale binding met Ganzendijk.",
            F(["corporatie"], "firm", [(10, "%", "min")])),
    y2026=V("De corporaties wijzen ten minste 10% van hun vrijkomende sociale huurwoningen met voorrang toe aan starters tot 28 jaar die een lokale binding met Ganzendijk hebben.",
            F(["corporatie"], "firm", [(10, "%", "min")])),
    y2027=V("Voor zover de huisvestingsverordening dit toelaat, wijzen de corporaties ten minste 10% van hun vrijkomende sociale huurwoningen met voorrang toe aan starters tot 28 jaar die een lokale binding met Ganzendijk hebben.",
            F(["corporatie"], "firm", [(10, "%", "min")], cond=["Voor zover de huisvestingsverordening dit toelaat"])),
)
add("doorstroom-senioren", [B, K], 2,
    y2025=V("Partijen zetten zich in voor een regeling die senioren in een eengezinswoning stimuleert te verhuizen naar een passende gelijkvloerse woning, met behoud van hun huidige huurprijs per vierkante meter.",
            F(["partijen"], "intent")),
    y2026=V("De corporaties voeren per 1 januari 2026 een doorstroomregeling in voor senioren in een eengezinswoning die verhuizen naar een passende gelijkvloerse woning; daarbij behouden zij hun huidige huurprijs per vierkante meter en ontvangen zij een verhuisvergoeding.",
            F(["corporatie"], "firm", dl=(2026, "per 1 januari 2026")), "1 januari 2026", "Corporaties"),
)
A["doorstroom-senioren"][2027] = A["doorstroom-senioren"][2026]
A["doorstroom-senioren"]["ch"][2027] = 4   # moved to chapter 4 in 2027

add("verkoop", [B], 2,
    y2025=V("De corporaties verkopen in 2025 samen maximaal 14 sociale huurwoningen, uitsluitend uit complexen die in het strategisch voorraadbeleid als verkoopcomplex zijn aangemerkt.",
            F(["corporatie"], "firm", [(14, "woningen", "max")], (2025, "in 2025"), True)),
    y2026=V("De corporaties verkopen in 2026 samen maximaal 8 sociale huurwoningen, uitsluitend uit complexen die in het strategisch voorraadbeleid als verkoopcomplex zijn aangemerkt.",
            F(["corporatie"], "firm", [(8, "woningen", "max")], (2026, "in 2026"), True)),
    y2027=V("De corporaties verkopen in 2027 samen maximaal 8 sociale huurwoningen, uitsluitend uit complexen die in het strategisch voorraadbeleid als verkoopcomplex zijn aangemerkt.",
            F(["corporatie"], "firm", [(8, "woningen", "max")], (2027, "in 2027"), True)),
)
add("hospitaverhuur", [B], 2,
    y2025=V("De gemeente onderzoekt in overleg met de huurdersorganisatie of hospitaverhuur en woningdelen in sociale huurwoningen kunnen worden toegestaan zonder gevolgen voor de huurtoeslag van de hoofdhuurder.",
            F(["gemeente"], "explore"), "Q4 2025", "Gemeente"),
)
add("middenhuur", [B], 2,
    y2026=V("Ganzenhof onderzoekt de mogelijkheid om op de locatie Stationskwartier 24 middenhuurwoningen te realiseren voor huishoudens met een middeninkomen.",
            F(["corporatie"], "explore", [(24, "woningen", "exact")]), "2026", "Ganzenhof"),
    y2027=V("Ganzenhof realiseert uiterlijk eind 2028 op de locatie Stationskwartier 24 middenhuurwoningen voor huishoudens met een middeninkomen.",
            F(["corporatie"], "firm", [(24, "woningen", "exact")], (2028, "uiterlijk eind 2028")), "eind 2028", "Ganzenhof"),
)
add("flexwonen", [B], 2,
    y2026=V("De gemeente wijst vóór eind 2026 een locatie aan voor ten minste 30 tijdelijke woningen voor spoedzoekers en draagt de locatie voor een periode van tien jaar over aan Dijkland.",
            F(["gemeente"], "firm", [(30, "woningen", "min")], (2026, "vóór eind 2026")), "eind 2026", "Gemeente"),
    y2027=V("De gemeente wijst vóór medio 2027 een locatie aan voor ten minste 30 tijdelijke woningen voor spoedzoekers en draagt de locatie voor een periode van tien jaar over aan Dijkland.",
            F(["gemeente"], "firm", [(30, "woningen", "min")], (2027, "vóór medio 2027")), "medio 2027", "Gemeente"),
)

# ---------------------------------------------------------------- 3 Duurzaamheid
add("geen-efg", [D], 3,
    y2025=V("Uiterlijk eind 2028 hebben de corporaties in Ganzendijk geen woningen meer met energielabel E, F of G, conform de Nationale Prestatieafspraken.",
            F(["corporatie"], "firm", [(0, "woningen", "max")], (2028, "uiterlijk eind 2028"))),
)
A["geen-efg"][2026] = A["geen-efg"][2025]
A["geen-efg"]["ch"][2026] = 3
A["geen-efg"][2027] = V("De resterende 37 woningen met energielabel E, F of G worden uiterlijk eind 2028 door de corporaties verbeterd, zodat zij conform de Nationale Prestatieafspraken dan geen woningen met deze labels meer hebben.",
                        F(["corporatie"], "firm", [(37, "woningen", "exact")], (2028, "uiterlijk eind 2028")))
A["geen-efg"]["ch"][2027] = 3

add("gemiddeld-label", [D], 3,
    y2025=V("De corporaties streven ernaar dat hun woningbezit in Ganzendijk eind 2028 gemiddeld energielabel B heeft.",
            F(["corporatie"], "intent", [("B", "label", "min")], (2028, "eind 2028"))),
    y2026=V("De corporaties streven ernaar dat hun woningbezit in Ganzendijk eind 2028 gemiddeld energielabel A heeft.",
            F(["corporatie"], "intent", [("A", "label", "min")], (2028, "eind 2028"))),
)
A["gemiddeld-label"][2027] = A["gemiddeld-label"][2026]
A["gemiddeld-label"]["ch"][2027] = 3

add("verduurzaming-dijkland", [D], 3,
    y2025=V("Dijkland verduurzaamt in 2025 ten minste 150 woningen naar energielabel B of beter door middel van na-isolatie, ventilatie en de plaatsing van hybride warmtepompen.",
            F(["corporatie"], "firm", [(150, "woningen", "min")], (2025, "in 2025"), True), "2025", "Dijkland"),
    y2026=V("Dijkland verduurzaamt in 2026 ten minste 185 woningen naar energielabel B of beter door middel van na-isolatie, ventilatie en de plaatsing van hybride warmtepompen.",
            F(["corporatie"], "firm", [(185, "woningen", "min")], (2026, "in 2026"), True), "2026", "Dijkland"),
    y2027=V("Dijkland verduurzaamt in 2027 ten minste 120 woningen naar energielabel B of beter door middel van na-isolatie, ventilatie en de plaatsing van hybride warmtepompen, onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming.",
            F(["corporatie"], "firm", [(120, "woningen", "min")], (2027, "in 2027"), True, ["onder voorbehoud van toekenning van de rijkssubsidie voor verduurzaming"]), "2027", "Dijkland"),
)
add("zonnepanelen", [D], 3,
    y2025=V("Ganzenhof plaatst in 2025 zonnepanelen op alle geschikte grondgebonden woningen in de wijk Oosterveld, zonder dat de huurders daarvoor een hogere vergoeding betalen dan hun besparing.",
            F(["corporatie"], "firm", dl=(2025, "in 2025")), "2025", "Ganzenhof"),
    y2026=V("Ganzenhof plaatst in 2026 bij wijze van pilot zonnepanelen op de geschikte grondgebonden woningen van twee complexen in de wijk Oosterveld, zonder dat de huurders daarvoor een hogere vergoeding betalen dan hun besparing.",
            F(["corporatie"], "firm", [(2, "complexen", "exact")], (2026, "in 2026")), "2026", "Ganzenhof"),
    y2027=V("Ganzenhof plaatst in 2027 zonnepanelen op alle geschikte grondgebonden woningen in alle wijken van Ganzendijk, zonder dat de huurders daarvoor een hogere vergoeding betalen dan hun besparing.",
            F(["corporatie"], "firm", dl=(2027, "in 2027")), "2027", "Ganzenhof"),
)
add("warmtenet", [D], 3,
    y2025=V("De gemeente zal in 2025 voor de wijk Oosterveld een wijkuitvoeringsplan warmte vaststellen, waarin de aansluiting van de corporatiewoningen op een collectief warmtenet wordt uitgewerkt.",
            F(["gemeente"], "firm", dl=(2025, "in 2025")), "Q4 2025", "Gemeente"),
    y2026=V("De gemeente onderzoekt of de aansluiting van de corporatiewoningen in de wijk Oosterveld op een collectief warmtenet technisch en financieel haalbaar is.",
            F(["gemeente"], "explore"), "2026", "Gemeente"),
)
add("energiecoaches", [D, B], 3,
    y2025=V("De gemeente zet in 2025 vrijwillige energiecoaches in die ten minste 200 huurders thuis adviseren over energiebesparing; de corporaties brengen de coaches in contact met huurders van woningen met label D of slechter.",
            F(["gemeente", "corporatie"], "firm", [(200, "huurders", "min")], (2025, "in 2025"), True), trekker="Gemeente"),
    y2026=V("De gemeente zet in 2026 vrijwillige energiecoaches in die ten minste 200 huurders thuis adviseren over energiebesparing; de corporaties brengen de coaches in contact met huurders van woningen met label D of slechter.",
            F(["gemeente", "corporatie"], "firm", [(200, "huurders", "min")], (2026, "in 2026"), True), trekker="Gemeente"),
    y2027=V("De gemeente zet in 2027 vrijwillige energiecoaches in die ten minste 260 huurders thuis adviseren over energiebesparing; de corporaties brengen de coaches in contact met huurders van woningen met label D of slechter.",
            F(["gemeente", "corporatie"], "firm", [(260, "huurders", "min")], (2027, "in 2027"), True), trekker="Gemeente"),
)
add("binnentuinen", [D, L], 3,
    y2025=V("Partijen verkennen samen met bewoners de mogelijkheden om versteende binnentuinen van portiekcomplexen te vergroenen, ter beperking van hittestress en wateroverlast.",
            F(["partijen"], "explore")),
)
A["binnentuinen"][2026] = A["binnentuinen"][2025]
A["binnentuinen"]["ch"][2026] = 3
A["binnentuinen"][2027] = V("De corporaties vergroenen in 2027 samen met bewoners de versteende binnentuinen van drie portiekcomplexen, ter beperking van hittestress en wateroverlast.",
                            F(["corporatie"], "firm", [(3, "complexen", "exact")], (2027, "in 2027")), "2027", "Corporaties")
A["binnentuinen"]["ch"][2027] = 3

add("circulair", [D], 3,
    y2026=V("Bij nieuwbouwprojecten van de corporaties wordt ten minste 30% van de bouwmaterialen circulair of biobased ingekocht.",
            F(["corporatie"], "firm", [(30, "%", "min")])),
    y2027=V("Bij nieuwbouwprojecten van de corporaties wordt gestreefd naar een aandeel van ten minste 30% circulaire of biobased bouwmaterialen.",
            F(["corporatie"], "intent", [(30, "%", "min")])),
)
add("co2-rapportage", [D, O], 3,
    y2025=V("De corporaties rapporteren vóór 1 april 2025 aan gemeente en huurdersorganisatie over de CO2-uitstoot van hun woningbezit en de voortgang van het verduurzamingsprogramma.",
            F(["corporatie"], "firm", dl=(2025, "vóór 1 april 2025"), rec=True), "1 april 2025", "Corporaties"),
    y2026=V("De corporaties rapporteren vóór 1 april 2026 aan gemeente en huurdersorganisatie over de CO2-uitstoot van hun woningbezit en de voortgang van het verduurzamingsprogramma.",
            F(["corporatie"], "firm", dl=(2026, "vóór 1 april 2026"), rec=True), "1 april 2026", "Corporaties"),
    y2027=V("De corporaties rapporteren vóór 1 april 2027 aan gemeente en huurdersorganisatie over de CO2-uitstoot van hun woningbezit en de voortgang van het verduurzamingsprogramma.",
            F(["corporatie"], "firm", dl=(2027, "vóór 1 april 2027"), rec=True), "1 april 2027", "Corporaties"),
)

# ---------------------------------------------------------------- 4 Kwaliteit
add("vocht-schimmel", [K], 4,
    y2025=V("Meldingen van vocht en schimmel worden door de corporaties binnen tien werkdagen na de melding ter plaatse geïnspecteerd; de huurder ontvangt binnen twee weken daarna een plan van aanpak.",
            F(["corporatie"], "firm", [(10, "dagen", "max"), (2, "weken", "max")])),
    y2026=V("Meldingen van vocht en schimmel worden door de corporaties binnen vijf werkdagen na de melding ter plaatse geïnspecteerd; de huurder ontvangt binnen twee weken daarna een plan van aanpak.",
            F(["corporatie"], "firm", [(5, "dagen", "max"), (2, "weken", "max")])),
)
A["vocht-schimmel"][2027] = A["vocht-schimmel"][2026]
A["vocht-schimmel"]["ch"][2027] = 4

add("rollatortoegankelijk", [K], 4,
    y2025=V("Ganzenhof maakt uiterlijk in het derde kwartaal van 2025 de 36 woningen van het complex Wilgenhof rollatortoegankelijk door drempels te verwijderen en de entrees aan te passen.",
            F(["corporatie"], "firm", [(36, "woningen", "exact")], (2025, "derde kwartaal van 2025")), "Q3 2025", "Ganzenhof"),
    y2026=V("Ganzenhof maakt uiterlijk in het tweede kwartaal van 2026 de 36 woningen van het complex Wilgenhof rollatortoegankelijk door drempels te verwijderen en de entrees aan te passen.",
            F(["corporatie"], "firm", [(36, "woningen", "exact")], (2026, "tweede kwartaal van 2026")), "Q2 2026", "Ganzenhof"),
)
add("woonzorgvisie", [K, O], 4,
    y2025=V("De gemeente stelt eind 2025 in overleg met de corporaties, de huurdersorganisatie en de zorgaanbieders een woonzorgvisie vast met daarin de opgave voor zorggeschikte woningen tot 2030.",
            F(["gemeente"], "firm", dl=(2025, "eind 2025")), "eind 2025", "Gemeente"),
    y2026=V("De gemeente stelt medio 2026 in overleg met de corporaties, de huurdersorganisatie en de zorgaanbieders een woonzorgvisie vast met daarin de opgave voor zorggeschikte woningen tot 2030.",
            F(["gemeente"], "firm", dl=(2026, "medio 2026")), "medio 2026", "Gemeente"),
    y2027=V("Partijen werken volgens de in 2026 vastgestelde woonzorgvisie en vertalen de opgave voor zorggeschikte woningen tot 2030 in hun jaarlijkse programma's.",
            F(["partijen"], "firm")),
)
add("rookmelders", [K], 4,
    y2025=V("Dijkland controleert in 2025 in alle portiekflats de aanwezigheid en werking van rookmelders en vervangt ontbrekende of defecte exemplaren kosteloos.",
            F(["corporatie"], "firm", dl=(2025, "in 2025")), "2025", "Dijkland"),
)
add("brandveiligheidsscan", [K], 4,
    y2026=V("Dijkland voert in 2026 in drie seniorencomplexen een brandveiligheidsscan uit en bespreekt de uitkomsten met de bewonerscommissies.",
            F(["corporatie"], "firm", [(3, "complexen", "exact")], (2026, "in 2026")), "2026", "Dijkland"),
    y2027=V("Dijkland voert uiterlijk medio 2027 in drie seniorencomplexen een brandveiligheidsscan uit en bespreekt de uitkomsten met de bewonerscommissies.",
            F(["corporatie"], "firm", [(3, "complexen", "exact")], (2027, "uiterlijk medio 2027")), "medio 2027", "Dijkland"),
)
add("woningaanpassingen", [K], 4,
    y2025=V("Partijen maken afspraken over de verdeling van de kosten van woningaanpassingen die vanuit de Wmo worden gefinancierd, zodat aangepaste woningen bij mutatie opnieuw aan huishoudens met een zorgvraag kunnen worden toegewezen.",
            F(["partijen"], "discuss")),
    y2026=V("Partijen werken volgens de gemaakte afspraken over de verdeling van de kosten van woningaanpassingen die vanuit de Wmo worden gefinancierd, zodat aangepaste woningen bij mutatie opnieuw aan huishoudens met een zorgvraag kunnen worden toegewezen.",
            F(["partijen"], "firm")),
)
A["woningaanpassingen"][2027] = A["woningaanpassingen"][2026]
A["woningaanpassingen"]["ch"][2027] = 4

# ---------------------------------------------------------------- 5 Leefbaarheid
add("leefbaarheidsbudget", [L], 5,
    y2025=V("De corporaties besteden in 2025 aan leefbaarheid gemiddeld ten hoogste het wettelijk maximum van € 137,18 per woning; de besteding wordt in overleg met de huurdersorganisatie per wijk verdeeld.",
            F(["corporatie"], "firm", [(137.18, "euro", "max")], (2025, "in 2025"), True)),
    y2026=V("De corporaties besteden in 2026 aan leefbaarheid gemiddeld ten hoogste het wettelijk maximum van € 141,30 per woning; de besteding wordt in overleg met de huurdersorganisatie per wijk verdeeld.",
            F(["corporatie"], "firm", [(141.30, "euro", "max")], (2026, "in 2026"), True)),
    y2027=V("De corporaties besteden in 2027 aan leefbaarheid gemiddeld ten hoogste het wettelijk maximum van € 145,05 per woning; de besteding wordt in overleg met de huurdersorganisatie per wijk verdeeld.",
            F(["corporatie"], "firm", [(145.05, "euro", "max")], (2027, "in 2027"), True)),
)
add("wijkbeheerders", [L], 5,
    y2025=V("Ganzenhof zet in elk van de vier wijken van Ganzendijk een wijkbeheerder in die ten minste twee dagdelen per week aanspreekbaar is voor bewoners.",
            F(["corporatie"], "firm", [(4, "wijken", "exact")])),
    y2026=V("Ganzenhof zet in de wijken Oosterveld en De Weiden een wijkbeheerder in die ten minste twee dagdelen per week aanspreekbaar is voor bewoners.",
            F(["corporatie"], "firm", [(2, "wijken", "exact")])),
)
A["wijkbeheerders"][2027] = A["wijkbeheerders"][2026]
A["wijkbeheerders"]["ch"][2027] = 5

add("meldpunt-overlast", [L], 5,
    y2025=V("Partijen verkennen of een gezamenlijk meldpunt voor woonoverlast kan worden ingericht, waar ook huurders van particuliere verhuurders terechtkunnen.",
            F(["partijen"], "explore")),
    y2026=V("De gemeente richt vóór 1 juli 2026 samen met de corporaties een gezamenlijk meldpunt voor woonoverlast in, waar ook huurders van particuliere verhuurders terechtkunnen.",
            F(["gemeente", "corporatie"], "firm", dl=(2026, "vóór 1 juli 2026")), "1 juli 2026", "Gemeente"),
)
add("buurtkamer", [L], 5,
    y2025=V("Dijkland stelt in het complex De Weiden een ruimte om niet beschikbaar voor een buurtkamer, indien de gemeente de kosten van beheer en activiteiten voor haar rekening neemt.",
            F(["corporatie"], "firm", cond=["indien de gemeente de kosten van beheer en activiteiten voor haar rekening neemt"])),
)
A["buurtkamer"][2026] = A["buurtkamer"][2025]
A["buurtkamer"]["ch"][2026] = 5
A["buurtkamer"][2027] = V("Dijkland stelt in het complex De Weiden een ruimte om niet beschikbaar voor een buurtkamer.",
                          F(["corporatie"], "firm"))
A["buurtkamer"]["ch"][2027] = 5

add("zachte-landing", [L], 5,
    y2025=V("Partijen hanteren het convenant Zachte Landing, waarin is vastgelegd dat kwetsbare huurders die verhuizen vanuit een instelling gedurende het eerste jaar een vast aanspreekpunt bij het wijkteam hebben.",
            F(["partijen"], "firm")),
    y2026=V("Wanneer een kwetsbare huurder vanuit een instelling naar een zelfstandige woning verhuist, krijgt deze gedurende het eerste huurjaar een vast aanspreekpunt bij het wijkteam; zo is het vastgelegd in het convenant Zachte Landing, dat door partijen wordt toegepast.",
            F(["partijen"], "firm")),
)
A["zachte-landing"][2027] = A["zachte-landing"][2026]
A["zachte-landing"]["ch"][2027] = 5

add("eenzaamheid", [L], 5,
    y2027=V("De huurdersorganisatie organiseert in samenwerking met de corporaties in 2027 in elke wijk een ontmoetingsbijeenkomst voor alleenstaande ouderen, waarvoor de gemeente een bijdrage van € 6.000 beschikbaar stelt.",
            F(["huurdersorganisatie", "corporatie", "gemeente"], "firm", [(6000, "euro", "exact")], (2027, "in 2027")), "2027", "Huurdersvereniging"),
)

# ---------------------------------------------------------------- 6 Samenwerking en proces
add("monitoring", [O], 6,
    y2025=V("Partijen monitoren de voortgang van deze afspraken twee keer per jaar in het bestuurlijk overleg aan de hand van de monitor in bijlage 3.",
            F(["partijen"], "firm", [(2, "keer per jaar", "exact")], rec=True)),
)
for y in (2026, 2027):
    A["monitoring"][y] = A["monitoring"][2025]
    A["monitoring"]["ch"][y] = 6

add("bod", [O], 6,
    y2025=V("De corporaties brengen vóór 1 juli 2025 hun bod uit aan de gemeente en de huurdersorganisatie, als basis voor de jaarschijf van het volgende jaar.",
            F(["corporatie"], "firm", dl=(2025, "vóór 1 juli 2025"), rec=True), "1 juli 2025", "Corporaties"),
    y2026=V("De corporaties brengen vóór 1 juli 2026 hun bod uit aan de gemeente en de huurdersorganisatie, als basis voor de jaarschijf van het volgende jaar.",
            F(["corporatie"], "firm", dl=(2026, "vóór 1 juli 2026"), rec=True), "1 juli 2026", "Corporaties"),
    y2027=V("De corporaties brengen vóór 1 juli 2027 hun bod uit aan de gemeente en de huurdersorganisatie, als basis voor de jaarschijf van het volgende jaar.",
            F(["corporatie"], "firm", dl=(2027, "vóór 1 juli 2027"), rec=True), "1 juli 2027", "Corporaties"),
)
add("evaluatie", [O], 6,
    y2025=V("Partijen evalueren de meerjarige prestatieafspraken en de samenwerking uiterlijk in het tweede kwartaal van 2027, zodat de uitkomsten kunnen worden benut voor de volgende periode.",
            F(["partijen"], "firm", dl=(2027, "tweede kwartaal van 2027")), "Q2 2027"),
    y2026=V("Partijen evalueren de meerjarige prestatieafspraken en de samenwerking uiterlijk in het vierde kwartaal van 2026, zodat de uitkomsten kunnen worden benut voor de volgende periode.",
            F(["partijen"], "firm", dl=(2026, "vierde kwartaal van 2026")), "Q4 2026"),
)
add("geschillen", [O], 6,
    y2025=V("Indien partijen over de uitvoering van deze afspraken een geschil hebben dat in het bestuurlijk overleg niet kan worden opgelost, leggen zij dit voor aan een onafhankelijke bemiddelaar die zij gezamenlijk aanwijzen.",
            F(["partijen"], "firm", cond=["Indien partijen over de uitvoering van deze afspraken een geschil hebben dat in het bestuurlijk overleg niet kan worden opgelost"])),
)
for y in (2026, 2027):
    A["geschillen"][y] = A["geschillen"][2025]
    A["geschillen"]["ch"][y] = 6

add("woonvisie", [O, B], 6,
    y2025=V("De gemeente actualiseert vóór eind 2025 de woonvisie en betrekt de corporaties en de huurdersorganisatie daarbij in een vroeg stadium.",
            F(["gemeente"], "firm", dl=(2025, "vóór eind 2025")), "eind 2025", "Gemeente"),
)
add("woondeal", [O, B], 6,
    y2026=V("De gemeente betrekt de corporaties en de huurdersorganisatie bij het opstellen van de uitvoeringsagenda van de regionale woondeal en agendeert de voortgang in het bestuurlijk overleg.",
            F(["gemeente"], "discuss"), trekker="Gemeente"),
)
A["woondeal"][2027] = A["woondeal"][2026]
A["woondeal"]["ch"][2027] = 6

add("jaarschijf-2028", [O], 6,
    y2027=V("Partijen stellen vóór 15 december 2027 de jaarschijf 2028 vast, waarin ook de uitkomsten van de evaluatie en de nieuwe woonzorgvisie worden verwerkt.",
            F(["partijen"], "firm", dl=(2027, "vóór 15 december 2027")), "15 december 2027"),
)

# ---------------------------------------------------------------- order per year
ORDER = {
    2025: ["huurverhoging", "huurachterstand-contact", "inkomensgrenzen", "noodfonds-energie", "liberalisatie",
           "nieuwbouw-totaal", "molenakker", "bouwlocaties", "vergunninghouders", "uitstroom-bw-mo", "starters-lokaal",
           "doorstroom-senioren", "verkoop", "hospitaverhuur",
           "geen-efg", "gemiddeld-label", "verduurzaming-dijkland", "zonnepanelen", "warmtenet", "energiecoaches",
           "binnentuinen", "co2-rapportage",
           "vocht-schimmel", "rollatortoegankelijk", "woonzorgvisie", "rookmelders", "woningaanpassingen",
           "leefbaarheidsbudget", "wijkbeheerders", "meldpunt-overlast", "buurtkamer", "zachte-landing",
           "monitoring", "bod", "evaluatie", "geschillen", "woonvisie"],
    2026: ["huurverhoging", "huurachterstand-contact", "liberalisatie", "inkomensgrenzen", "noodfonds-energie",
           "nieuwbouw-totaal", "molenakker", "middenhuur", "bouwlocaties", "flexwonen", "vergunninghouders",
           "uitstroom-bw-mo", "starters-lokaal", "doorstroom-senioren", "verkoop",
           "gemiddeld-label", "geen-efg", "verduurzaming-dijkland", "zonnepanelen", "warmtenet", "energiecoaches",
           "binnentuinen", "circulair", "co2-rapportage",
           "vocht-schimmel", "rollatortoegankelijk", "brandveiligheidsscan", "woonzorgvisie", "woningaanpassingen",
           "leefbaarheidsbudget", "wijkbeheerders", "meldpunt-overlast", "buurtkamer", "zachte-landing",
           "woondeal", "monitoring", "bod", "evaluatie", "geschillen"],
    2027: ["huurverhoging", "huurachterstand-contact", "betalingsregeling", "liberalisatie", "inkomensgrenzen",
           "nieuwbouw-totaal", "middenhuur", "bouwlocaties", "flexwonen", "vergunninghouders",
           "uitstroom-bw-mo", "starters-lokaal", "verkoop",
           "gemiddeld-label", "geen-efg", "verduurzaming-dijkland", "zonnepanelen", "energiecoaches",
           "binnentuinen", "circulair", "co2-rapportage",
           "woonzorgvisie", "doorstroom-senioren", "vocht-schimmel", "brandveiligheidsscan", "woningaanpassingen",
           "leefbaarheidsbudget", "wijkbeheerders", "buurtkamer", "zachte-landing", "eenzaamheid",
           "woondeal", "monitoring", "bod", "geschillen", "jaarschijf-2028"],
}

# ---------------------------------------------------------------- links (non-unchanged, non-new/dropped)
LINKS = {
    2026: {
        "huurverhoging": ("strengthened", ["quantity"], None),
        "huurachterstand-contact": ("strengthened", ["quantity"], None),
        "inkomensgrenzen": ("reworded", [], "indexed_amount"),
        "noodfonds-energie": ("weakened", ["quantity"], None),
        "liberalisatie": ("strengthened", ["quantity"], None),
        "molenakker": ("weakened", ["quantity", "deadline"], None),
        "bouwlocaties": ("strengthened", ["deadline"], None),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "uitstroom-bw-mo": ("strengthened", ["quantity"], None),
        "starters-lokaal": ("reworded", [], "same_figures"),
        "doorstroom-senioren": ("strengthened", ["modality"], None),
        "verkoop": ("strengthened", ["quantity"], None),
        "gemiddeld-label": ("strengthened", ["label"], None),
        "verduurzaming-dijkland": ("strengthened", ["quantity"], None),
        "zonnepanelen": ("weakened", ["scope"], None),
        "warmtenet": ("weakened", ["modality"], None),
        "energiecoaches": ("reworded", [], "recurring_year"),
        "co2-rapportage": ("reworded", [], "recurring_year"),
        "vocht-schimmel": ("strengthened", ["quantity"], None),
        "rollatortoegankelijk": ("weakened", ["deadline"], None),
        "woonzorgvisie": ("weakened", ["deadline"], None),
        "woningaanpassingen": ("strengthened", ["modality"], None),
        "leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "wijkbeheerders": ("weakened", ["scope"], None),
        "meldpunt-overlast": ("strengthened", ["modality"], None),
        "zachte-landing": ("reworded", [], None),
        "bod": ("reworded", [], "recurring_year"),
        "evaluatie": ("strengthened", ["deadline"], None),
    },
    2027: {
        "huurverhoging": ("reworded", [], "recurring_year"),
        "inkomensgrenzen": ("reworded", [], "indexed_amount"),
        "liberalisatie": ("strengthened", ["quantity"], None),
        "nieuwbouw-totaal": ("reworded", [], "progress"),
        "vergunninghouders": ("reworded", [], "external_figure"),
        "uitstroom-bw-mo": ("weakened", ["condition"], None),
        "starters-lokaal": ("weakened", ["condition"], None),
        "verkoop": ("reworded", [], "recurring_year"),
        "middenhuur": ("strengthened", ["modality"], None),
        "flexwonen": ("weakened", ["deadline"], None),
        "geen-efg": ("reworded", [], "progress"),
        "verduurzaming-dijkland": ("weakened", ["quantity", "condition"], None),
        "zonnepanelen": ("strengthened", ["scope"], None),
        "energiecoaches": ("strengthened", ["quantity"], None),
        "binnentuinen": ("strengthened", ["modality"], None),
        "circulair": ("weakened", ["modality"], None),
        "co2-rapportage": ("reworded", [], "recurring_year"),
        "woonzorgvisie": ("strengthened", ["modality"], None),
        "brandveiligheidsscan": ("weakened", ["deadline"], None),
        "leefbaarheidsbudget": ("reworded", [], "external_figure"),
        "buurtkamer": ("strengthened", ["condition"], None),
        "bod": ("reworded", [], "recurring_year"),
    },
}
