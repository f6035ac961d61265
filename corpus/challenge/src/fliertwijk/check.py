# -*- coding: utf-8 -*-
"""Self-check of the fliertwijk family: texts findable in the PDF, pairs complete, counts met."""
import json, os, re, sys, glob
from collections import Counter
import pdfplumber
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'dev'))
LIG = {'\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl'}


def norm(t):
    for a, b in LIG.items():
        t = t.replace(a, b)
    t = re.sub(r'(\w)-\n(\w)', r'\1\2', t)
    return re.sub(r'\s+', ' ', t).strip()


def page_texts(path):
    with pdfplumber.open(path) as pdf:
        out = []
        for p in pdf.pages:
            body = p.crop((0, 60, p.width, p.height - 60))
            out.append(body.extract_text() or '')
        return out


ok = True
docs = {}
for gp in sorted(glob.glob(os.path.join(OUT, 'gold', 'fliertwijk*.json'))):
    g = json.load(open(gp, encoding='utf-8'))
    did = g['document']['id']
    docs[did] = g
    pages = page_texts(os.path.join(OUT, 'pdf', did + '.pdf'))
    assert len(pages) == g['document']['pages'], did
    miss = 0
    for a in g['afspraken']:
        p = a['page']
        one = norm(pages[p - 1])
        two = norm(pages[p - 1] + '\n' + (pages[p] if p < len(pages) else ''))
        t = re.sub(r'\s+', ' ', a['text'])
        if t not in one and t not in two:
            miss += 1
            ok = False
            print('MISSING', did, a['key'], p, '|', t[:80])
    size = os.path.getsize(os.path.join(OUT, 'pdf', did + '.pdf'))
    print('%-22s pages=%d afspraken=%d size=%dKB missing=%d themes=%s' % (
        did, len(pages), len(g['afspraken']), size // 1024, miss, dict(Counter(a['theme'] for a in g['afspraken']))))
    if len(g['afspraken']) < 25 or size > 150 * 1024:
        ok = False
        print('  FAIL: count or size')

NEED = {'weakened': 4, 'strengthened': 4, 'new': 3, 'dropped': 3, 'reworded': 6}
for pp in sorted(glob.glob(os.path.join(OUT, 'gold', 'pairs', 'fliertwijk*.json'))):
    P = json.load(open(pp, encoding='utf-8'))
    o, n = docs[P['old']], docs[P['new']]
    ol = [l['old'] for l in P['links'] if l['old']]
    nl = [l['new'] for l in P['links'] if l['new']]
    if sorted(ol) != sorted(a['key'] for a in o['afspraken']) or sorted(nl) != sorted(a['key'] for a in n['afspraken']):
        ok = False
        print('  FAIL coverage', pp)
    st = Counter(l['status'] for l in P['links'])
    kinds = Counter(k for l in P['links'] for k in l['kinds'])
    hn = Counter(l['hard_negative'] for l in P['links'] if l['hard_negative'])
    nonu = sum(v for k, v in st.items() if k != 'unchanged')
    print('%s -> %s: %s non-unchanged=%d kinds=%s hard_neg=%s' % (P['old'], P['new'], dict(st), nonu, dict(kinds), dict(hn)))
    for k, v in NEED.items():
        if st[k] < v:
            ok = False
            print('  FAIL', k, st[k], '<', v)
    if nonu < 22:
        ok = False
        print('  FAIL non-unchanged', nonu)
print('PASS' if ok else 'FAIL')
sys.exit(0 if ok else 1)
