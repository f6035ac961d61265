# -*- coding: utf-8 -*-
"""Build the fliertwijk family (dev): prestatieafspraken 2025, 2026 and the bod for 2026."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from typeset import Doc
from content import *  # noqa

OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'dev'))
FAM = 'fliertwijk'
ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv']

TITLES = {
 2025: {'ch3': '3 Beschikbaarheid en toewijzing', 'ch4': '4 Betaalbaarheid', 'ch5': '5 Duurzaamheid',
        'ch6': '6 Kwaliteit en wonen met zorg', 'ch7': '7 Leefbaarheid in de wijken',
        'ch8': '8 Samenwerking en monitoring', 'ch9': '9 Slotbepalingen'},
 2026: {'ch3': '3 Beschikbaarheid en doelgroepen', 'ch4': '4 Betaalbaarheid', 'ch5': '5 Duurzaamheid en klimaatadaptatie',
        'ch6': '6 Kwaliteit van de woning', 'ch7': '7 Leefbaarheid en preventie',
        'ch8': '8 Samenwerking en slotbepalingen'},
}

INTRO = {
 'ch3': 'De vraag naar betaalbare huurwoningen in Fliertwijk is onverminderd groot. De gemiddelde inschrijfduur van een woningzoekende die een woning accepteert, bedraagt inmiddels ruim zes jaar, en voor starters en spoedzoekers liggen de slaagkansen aanzienlijk lager dan gemiddeld. De woonvisie ‘Thuis in Fliertwijk’ gaat uit van een groei van de sociale voorraad met ongeveer 400 woningen tot 2030. Het Rijk heeft in de woondeal met de regio Vlietstreek bovendien vastgelegd dat twee derde van de nieuwbouw betaalbaar moet zijn.',
 'ch4': 'Betaalbaarheid gaat niet alleen over de hoogte van de huur, maar over de totale woonlasten van een huishouden. De stijging van de energieprijzen in de afgelopen jaren heeft laten zien hoe kwetsbaar een deel van de huurders is. Het Rijk stelt jaarlijks de maximale huurverhoging vast en indexeert de aftoppingsgrenzen en de inkomensgrenzen; de afspraken in dit hoofdstuk bewegen binnen die kaders.',
 'ch5': 'Met de Nationale Prestatieafspraken hebben Rijk, corporaties en huurders afgesproken dat uiterlijk eind 2028 geen huurwoningen met een label E, F of G meer bestaan. Vlierhof loopt hierop voor. In de transitievisie warmte heeft de gemeente de wijk Noord-Oost aangewezen als eerste wijk die van het aardgas af gaat, in combinatie met een warmtenet. Ook de gevolgen van hitte en wateroverlast vragen om een officiële plek in de afspraken.',
 'ch6': 'Een goede woning is droog, veilig en past bij de levensfase van de bewoner. Het aantal meldingen over vocht en schimmel is de afgelopen twee jaar gestegen, wat mede samenhangt met het stookgedrag van huurders die op energie besparen. Tegelijk wonen steeds meer ouderen en mensen met een zorgvraag zelfstandig, wat eisen stelt aan de toegankelijkheid van woningen en aan de samenwerking met zorgpartijen.',
 'ch7': 'De leefbaarheid in de meeste buurten van Fliertwijk is goed, maar in enkele complexen in Hoogveld en De Kampen staat zij onder druk door een concentratie van kwetsbare huishoudens. Partijen willen problemen eerder signaleren en zorgen dat huurders die extra ondersteuning nodig hebben die ook daadwerkelijk ontvangen.',
 'ch8': 'Partijen hechten aan een open en gelijkwaardige samenwerking. De Sleutel neemt als volwaardige partij deel aan het overleg en wordt daarin financieel ondersteund. Dit hoofdstuk beschrijft hoe partijen de voortgang volgen en hoe het overleg is ingericht.',
 'ch9': 'Deze prestatieafspraken gelden van 1 januari tot en met 31 december van het jaar waarop zij betrekking hebben. Zij zijn tot stand gekomen op basis van het bod dat Vlierhof op de woonvisie heeft uitgebracht en de reactie daarop van de gemeente en De Sleutel.',
}
INTRO26 = dict(INTRO)
INTRO26['ch8'] = INTRO['ch8'] + ' Anders dan in voorgaande jaren zijn de slotbepalingen in dit hoofdstuk opgenomen. Deze afspraken gelden van 1 januari 2026 tot en met 31 december 2026.'
INTRO26['ch7'] = 'Leefbaarheid en preventie zijn in deze afspraken samengebracht: vroegsignalering van huurachterstanden hoort volgens partijen bij een aanpak waarin wijkbeheer, zorg en veiligheid elkaar versterken. In enkele complexen in Hoogveld en De Kampen staat de leefbaarheid onder druk door een concentratie van kwetsbare huishoudens.'

TERUG = {
 2025: ['In 2024 zijn in Fliertwijk 71 sociale huurwoningen opgeleverd, waarvan 40 in het eerste deel van het project Kerkakker. Daarmee bleef de oplevering achter bij de afgesproken 90 woningen, doordat de bouw aan de Molenlaan door een bezwaarprocedure vertraging opliep. Er werden 36 vergunninghouders gehuisvest, twee minder dan de taakstelling.',
        'Op het gebied van duurzaamheid werden 132 woningen verbeterd. Het aantal woningen met een label E, F of G daalde van 141 naar 92. De huurachterstanden bleven stabiel; in het hele jaar vonden vier ontruimingen plaats, waarvan één in verband met ernstige overlast.'],
 2026: ['In 2025 zijn 82 sociale huurwoningen opgeleverd, waarmee de afspraak van 85 woningen vrijwel werd gehaald. Het project Kerkakker is afgerond; aan de Molenlaan is de tweede fase in aanbouw genomen. Er werden 39 vergunninghouders gehuisvest, één meer dan de taakstelling.',
        'Het aantal woningen met een label E, F of G daalde verder van 92 naar 28. Het plan van aanpak voor het warmtenet in Noord-Oost kon niet op tijd worden vastgesteld, omdat de netbeheerder zijn planning heeft herzien. Er vonden in 2025 drie ontruimingen plaats wegens huurachterstand.'],
}
KERN = {
 2025: [('Kerncijfer', '2023', '2024'), ('Sociale huurwoningen Vlierhof', '3.912', '3.968'), ('Opgeleverde nieuwbouw', '64', '71'),
        ('Woningen label E, F of G', '141', '92'), ('Gemiddelde inschrijfduur (jaar)', '5,8', '6,2'), ('Ontruimingen', '5', '4')],
 2026: [('Kerncijfer', '2024', '2025'), ('Sociale huurwoningen Vlierhof', '3.968', '4.031'), ('Opgeleverde nieuwbouw', '71', '82'),
        ('Woningen label E, F of G', '92', '28'), ('Gemiddelde inschrijfduur (jaar)', '6,2', '6,4'), ('Ontruimingen', '4', '3')],
}
SIGN = [('Voor de gemeente Fliertwijk', 'mw. drs. H.J. Terpstra', 'wethouder Wonen'),
        ('Voor Woonstichting Vlierhof', 'dhr. ing. R. de Kloet', 'directeur-bestuurder'),
        ('Voor Huurdersvereniging De Sleutel', 'mw. A. Boukhari', 'voorzitter')]


def text_of(a):
    t = a['text']
    return t if isinstance(t, str) else ' '.join([t[0]] + t[1])


def gold_entry(a, number, section, page):
    fr = a['frame']
    tx = text_of(a)
    for cnd in fr['conditions']:
        assert cnd in tx, (a['key'], cnd)
    if fr['deadline']:
        assert fr['deadline']['text'] in tx, (a['key'], fr['deadline'])
    assert not tx[0].isdigit()
    return {'key': a['key'], 'number': number, 'section': section, 'party': None, 'theme': a['themes'][0],
            'themes': a['themes'], 'page': page, 'text': tx, 'trekker': None, 'planning': None, 'attributes': {},
            'frame': fr}


def heading(d, title, toc):
    d.need(60)
    d.space(20)
    d.cur_chapter = title
    if d.chapter_at_page[-1] == '' or d.y > d.H - d.top - 30:
        d.chapter_at_page[-1] = title
    d.y -= 16
    d.smallcaps(d.left, title)
    toc.append((title, d.page))
    d.y -= 8


def agreement(year, data):
    doc_id = '%s-%d' % (FAM, year)
    d = Doc(os.path.join(OUT, 'pdf', doc_id + '.pdf'))
    titles = TITLES[year]
    intro = INTRO if year == 2025 else INTRO26
    # cover
    d.y = d.H - 230
    d.smallcaps(d.left, 'Prestatieafspraken %d' % year, big=26, small=19)
    d.y -= 30
    d.para('Afspraken tussen de gemeente Fliertwijk, Woonstichting Vlierhof en Huurdersvereniging De Sleutel over de bijdrage aan het volkshuisvestingsbeleid in %d' % year, size=12.5, leading=17, justify=False)
    d.y = 200
    for l in ['Gemeente Fliertwijk', 'Woonstichting Vlierhof', 'Huurdersvereniging De Sleutel', '', 'Definitieve versie – december %d' % (year - 1)]:
        d.text(d.left, l, 'SerifI', 10)
        d.y -= 14
    # toc page placeholder
    d.new_page()
    toc_page = d.page - 1
    d.new_page()
    toc = []
    heading(d, '1 Inleiding', toc)
    d.para('Voor u liggen de prestatieafspraken %d van de gemeente Fliertwijk, Woonstichting Vlierhof en Huurdersvereniging De Sleutel. In deze afspraken leggen partijen vast welke bijdrage zij in %d leveren aan de opgaven uit de woonvisie ‘Thuis in Fliertwijk 2022–2030’, die in 2022 door de gemeenteraad is vastgesteld. De afspraken zijn tot stand gekomen op basis van het bod dat Vlierhof vóór 1 juli %d heeft uitgebracht en de gesprekken die daarover in het najaar zijn gevoerd.' % (year, year, year - 1))
    d.para('De Woningwet schrijft voor dat corporaties naar redelijkheid bijdragen aan het gemeentelijke volkshuisvestingsbeleid en dat zij daarover jaarlijks afspraken maken met de gemeente en de huurdersorganisatie. Daarnaast spelen de Nationale Prestatieafspraken, de woondeal Vlietstreek en de Wet versterking regie volkshuisvesting een rol. Het financiële kader van Vlierhof is begrensd: de investeringsruimte is de afgelopen jaren door gestegen bouwkosten en rente afgenomen, wat partijen dwingt tot keuzes.')
    d.para('Leeswijzer. Hoofdstuk 2 blikt terug op het afgelopen jaar. De hoofdstukken 3 tot en met %s bevatten de afspraken per thema; iedere afspraak is per hoofdstuk genummerd met een romeins cijfer. Elk hoofdstuk opent met een korte toelichting die zelf geen afspraak bevat.' % ('9' if year == 2025 else '8'))
    heading(d, '2 Terugblik op %d' % (year - 1), toc)
    for p in TERUG[year]:
        d.para(p)
    d.space(4)
    d.need(6 * 16 + 20)
    d.text(d.left, 'Tabel 1. Kerncijfers Vlierhof in Fliertwijk', 'SerifI', 9)
    d.y -= 6
    for ri, row in enumerate(KERN[year]):
        d.line(d.left, d.y, d.W - d.right, d.y, 0.8 if ri in (0, 1) else 0.3)
        d.y -= 13
        f = 'SerifB' if ri == 0 else 'Serif'
        d.text(d.left + 4, row[0], f, 9)
        d.op('t', d.left + 290, d.y, row[1], f, 9)
        d.op('t', d.left + 360, d.y, row[2], f, 9)
        d.y -= 4
    d.line(d.left, d.y, d.W - d.right, d.y, 0.8)
    d.y -= 10
    gold = []
    for ch in ORDER:
        if ch not in data:
            continue
        title = titles[ch]
        heading(d, title, toc)
        d.para(intro[ch])
        d.space(2)
        for i, a in enumerate(data[ch]):
            num = ROMAN[i]
            t = a['text']
            x0 = d.left + 30
            if isinstance(t, str):
                pg = d.para(t, x0=x0, label=num + '.', label_x=d.left + 4, after=6)
            else:
                pg = d.para(t[0], x0=x0, label=num + '.', label_x=d.left + 4, after=2)
                for k, sub in enumerate(t[1]):
                    lab, rest = sub.split(' ', 1)
                    d.para(rest, x0=x0 + 22, label=lab, label_x=x0, after=2 if k < len(t[1]) - 1 else 6)
            gold.append(gold_entry(a, num, title, pg))
    heading(d, ('10' if year == 2025 else '9') + ' Ondertekening', toc)
    d.para('Aldus overeengekomen en ondertekend te Fliertwijk op %d december %d.' % (11 if year == 2025 else 9, year - 1), justify=False)
    d.need(3 * 60)
    for who, name, fn in SIGN:
        d.y -= 26
        d.text(d.left, who, 'SerifB', 10)
        d.line(d.left + 230, d.y - 2, d.left + 420, d.y - 2, 0.4)
        d.y -= 14
        d.text(d.left, name + ', ' + fn, 'Serif', 10)
    d.y -= 10
    heading(d, 'Bijlagen', toc)
    for b in ['Bijlage 1. Nieuwbouwprogramma Vlierhof %d–%d per project' % (year, year + 4),
              'Bijlage 2. Monitor van de prestatieafspraken %d (stand per 1 oktober)' % (year - 1),
              'Bijlage 3. Begrippenlijst', 'Bijlage 4. Bod van Vlierhof op de woonvisie, juni %d' % (year - 1)]:
        d.para(b, justify=False, after=2)
    # toc
    d.pages[toc_page] = []
    y0 = d.H - d.top
    d.pages[toc_page].append(('t', d.left, y0 - 16, 'I', 'Serif', 14))
    d.pages[toc_page].append(('t', d.left + 10.5, y0 - 16, 'NHOUD', 'Serif', 10.6))
    y = y0 - 50
    for title, pg in toc:
        d.pages[toc_page].append(('t', d.left, y, title, 'Serif', 10.5))
        d.pages[toc_page].append(('t', d.W - d.right - 14, y, str(pg), 'Serif', 10.5))
        y -= 19
    d.chapter_at_page[toc_page] = 'Inhoud'
    n = d.render('Prestatieafspraken Fliertwijk %d' % year, footer=lambda p, n: '%d' % p)
    for g in gold:
        pass
    meta = {'id': doc_id, 'family': FAM, 'type': 'prestatieafspraken', 'year': year, 'years': [year],
            'gemeente': 'Fliertwijk', 'gemeenten': ['Fliertwijk'], 'corporaties': [CORP],
            'huurdersorganisaties': [HO], 'pages': n, 'layout': 'typeset-roman-hyphenated'}
    return doc_id, {'document': meta, 'afspraken': gold}


FIN = [
 'Vlierhof heeft haar meerjarenbegroting in het voorjaar geactualiseerd. De gestegen bouwkosten en de hogere rente op nieuwe leningen drukken op de investeringsruimte; de Interest Coverage Ratio ligt naar verwachting in 2026 op 1,6 en de loan to value op 68%. Daarmee blijft Vlierhof binnen de normen van de Autoriteit woningcorporaties en het WSW, maar de marges zijn kleiner dan twee jaar geleden.',
 'De huursombenadering en de door het Rijk vastgestelde maximale huurverhoging beperken de groei van de huurinkomsten. Tegelijkertijd is de verhuurderheffing afgeschaft, waardoor Vlierhof jaarlijks circa € 4,1 miljoen meer kan investeren dan voorheen. Dit bedrag is in de meerjarenbegroting volledig toegewezen aan nieuwbouw en verduurzaming.',
 'De financiële paragraaf in bijlage 2 geeft per jaar een overzicht van de geplande investeringen. Wij wijzen erop dat de genoemde aantallen mede afhankelijk zijn van tijdige vergunningverlening en van de beschikbaarheid van bouwlocaties.',
]


def bod():
    year = 2026
    doc_id = '%s-bod-%d' % (FAM, year)
    d = Doc(os.path.join(OUT, 'pdf', doc_id + '.pdf'), base='Helvetica', size=10, leading=13.5,
            hyphenate=False, ligatures=False, justify=False, top=80)
    d.y = d.H - 70
    d.text(d.left, 'Woonstichting Vlierhof', 'Helvetica-Bold', 15)
    d.y -= 14
    d.text(d.left, 'Postbus 214 · 7810 AE Fliertwijk · www.vlierhof.example', 'Helvetica', 8.5)
    d.y -= 50
    for l in ['Aan het college van burgemeester en wethouders', 'van de gemeente Fliertwijk', 'Afschrift: Huurdersvereniging De Sleutel', 'Postbus 1', '7800 AA Fliertwijk']:
        d.text(d.left, l, 'Helvetica', 10)
        d.y -= 13
    d.y -= 20
    for k, v in [('Datum', '24 juni 2025'), ('Ons kenmerk', 'VH/BST/2025-118'), ('Betreft', 'Bod 2026 op de woonvisie ‘Thuis in Fliertwijk’')]:
        d.text(d.left, k, 'Helvetica', 9)
        d.op('t', d.left + 90, d.y, v, 'Helvetica', 10)
        d.y -= 14
    d.y -= 16
    d.para('Geacht college,')
    d.para('Hierbij ontvangt u, conform artikel 44 van de Woningwet, het overzicht van de werkzaamheden die Woonstichting Vlierhof in 2026 voornemens is uit te voeren in de gemeente Fliertwijk. Dit bod vormt de basis voor de prestatieafspraken 2026 die wij in het najaar met u en met Huurdersvereniging De Sleutel willen maken. De Sleutel is in mei over de hoofdlijnen van dit bod geïnformeerd en heeft daarop een eerste reactie gegeven.')
    d.para('Financiële ruimte', size=11, after=2)
    d.cur_chapter = ''
    d.para(FIN[0])
    gold = []
    n = 0
    for si, (sec, items) in enumerate(BOD):
        d.space(6)
        d.need(60)
        d.para([(sec, 'Helvetica-Bold')], size=11, after=3)
        for a in items:
            n += 1
            lab = 'Bod %d:' % n
            pg = d.para([(lab, 'Helvetica-Bold'), (text_of(a), 'Helvetica')], after=7)
            gold.append(gold_entry(a, 'Bod %d' % n, sec, pg))
        if si == 1:
            d.para('Financiële ruimte (vervolg)', size=11, after=2)
            d.para(FIN[1])
        if si == 3:
            d.para(FIN[2])
    d.space(6)
    d.para('Wij zien uit naar het overleg over dit bod en zijn graag bereid het toe te lichten in de eerstvolgende vergadering van het tripartiete overleg.')
    d.para('Met vriendelijke groet,')
    d.y -= 24
    d.para('R. de Kloet', after=1)
    d.para('directeur-bestuurder Woonstichting Vlierhof', after=12)
    d.para('Bijlagen: 1. Meerjarig investeringsoverzicht 2026–2030; 2. Financiële paragraaf; 3. Reactie De Sleutel d.d. 28 mei 2025.', size=8.5)
    np_ = d.render('Vlierhof – bod 2026 gemeente Fliertwijk', header_font='Helvetica', header_right=False,
                   footer=lambda p, n: 'Pagina %d van %d' % (p, n))
    meta = {'id': doc_id, 'family': FAM, 'type': 'bod', 'year': year, 'years': [year],
            'gemeente': 'Fliertwijk', 'gemeenten': ['Fliertwijk'], 'corporaties': [CORP],
            'huurdersorganisaties': [HO], 'pages': np_, 'layout': 'bod-letter-inline-bold'}
    return doc_id, {'document': meta, 'afspraken': gold}


def pair(old_id, old, new_id, new, table):
    ok = [a['key'] for a in old['afspraken']]
    nk = [a['key'] for a in new['afspraken']]
    links = []
    otext = {a['key']: a['text'] for a in old['afspraken']}
    ntext = {a['key']: a['text'] for a in new['afspraken']}
    for k in ok:
        if k in nk:
            st, kinds, hn = table[k]
            if st == 'unchanged':
                assert otext[k] == ntext[k], k
            else:
                assert otext[k] != ntext[k], k
            links.append({'old': k, 'new': k, 'status': st, 'kinds': kinds, 'hard_negative': hn})
        else:
            links.append({'old': k, 'new': None, 'status': 'dropped', 'kinds': [], 'hard_negative': None})
    for k in nk:
        if k not in ok:
            links.append({'old': None, 'new': k, 'status': 'new', 'kinds': [], 'hard_negative': None})
    extra = set(table) - (set(ok) & set(nk))
    assert not extra, extra
    return {'old': old_id, 'new': new_id, 'links': links}


def dump(path, obj):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')


def main():
    os.makedirs(os.path.join(OUT, 'pdf'), exist_ok=True)
    os.makedirs(os.path.join(OUT, 'gold', 'pairs'), exist_ok=True)
    docs = {}
    for y, data in [(2025, A25), (2026, A26)]:
        i, g = agreement(y, data)
        docs[i] = g
    i, g = bod()
    docs[i] = g
    for i, g in docs.items():
        dump(os.path.join(OUT, 'gold', i + '.json'), g)
    for o, n, t in [('fliertwijk-2025', 'fliertwijk-2026', PAIR_25_26), ('fliertwijk-bod-2026', 'fliertwijk-2026', PAIR_BOD_26)]:
        dump(os.path.join(OUT, 'gold', 'pairs', '%s__%s.json' % (o, n)), pair(o, docs[o], n, docs[n], t))
    for i, g in docs.items():
        print(i, g['document']['pages'], 'pages', len(g['afspraken']), 'afspraken')


if __name__ == '__main__':
    main()
