#!/usr/bin/env python3
"""One-off: builds names-heldout13.json from own13.py, dropping every candidate that shares a folded token with an
earlier split's names*.json or *Name truth values, and every own pool word found in earlier address / institution /
company truth values.  Prints only counts and MY OWN dropped pool candidates (never an earlier value).

Usage: python3 extract_names13.py [folder of the earlier splits]
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/wt/heldout13/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
sys.path.insert(0, HERE)
import own13 as O  # noqa: E402


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_/]+", v.lower()):
        if t:
            out.add(fold(t))
            out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
    return out


def strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for k, v in o.items():
            if not k.startswith('_'):
                yield from strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from strings(v)


SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 13)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + ['names-heldout12.json']

old_tok = set()
old_place_vals = []
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for sp in SPLITS:
    for line in open(os.path.join(OLD, f'{sp}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            old_place_vals.append(fold(t['value'].lower()))
old_blob = '\n'.join(old_place_vals)
old_blob_ae = fold(old_blob.replace('ae', 'ä').replace('oe', 'ö').replace('ue', 'ü'))

log = {'earlierNameTokens': len(old_tok), 'earlierPlaceValues': len(old_place_vals)}

kept, filt = {}, {}
for pop, d in O.OWN_NAMES.items():
    kept[pop] = {}
    before = after = 0
    for g in ('m', 'f', 's'):
        ks = []
        for n in dict.fromkeys(d[g]):
            before += 1
            tk = toks(n)
            if any(len(t) < 3 for t in tk) or tk & old_tok or {t for t in tk} & {fold(x) for x in O.STOP}:
                continue
            ks.append(n)
        kept[pop][g] = ks
        after += len(ks)
    filt[pop] = f'{before} -> {after}'


def word_hit(w, prefix=False):
    fw = fold(w.lower())
    pat = r'(?<![a-z0-9])' + re.escape(fw) + ('' if prefix else r'(?![a-z0-9])')
    return re.search(pat, old_blob) is not None


pools, dropped = {}, {}


def filt_pool(name, items, key=lambda x: x, prefix=False):
    k, d = [], []
    for it in items:
        (d if word_hit(key(it), prefix) else k).append(it)
    pools[name] = k
    dropped[name] = [key(x) for x in d]


filt_pool('towns', O.TOWNS, key=lambda t: t[0])
filt_pool('villages', O.VILLAGES, key=lambda t: t[0])
filt_pool('streetBases', O.STREET_BASES, prefix=True)
filt_pool('fixedStreets', O.FIXED_STREETS)
filt_pool('companyWords', O.COMPANY_WORDS, prefix=True)
filt_pool('brands', O.BRANDS)
filt_pool('namedBodies', O.NAMED_BODIES, key=lambda x: x[0])
fa = {}
for pop, lst in O.FOREIGN_ADDR.items():
    k = []
    for a in lst:
        parts = [p.strip() for p in a.split(',') if re.search('[A-Za-z]{4}', p)]
        if any(word_hit(p) for p in parts):
            dropped.setdefault('foreignAddr', []).append(a)
        else:
            k.append(a)
    fa[pop] = k
pools['foreignAddr'] = fa

out = {'_filter': filt, 'm': {p: kept[p]['m'] for p in kept}, 'f': {p: kept[p]['f'] for p in kept},
       's': {p: kept[p]['s'] for p in kept}, 'pools': pools, '_droppedPoolCandidates': dropped}
with open(os.path.join(HERE, 'names-heldout13.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log['filter'] = filt
log['pools'] = {k: (len(v) if not isinstance(v, dict) else sum(len(x) for x in v.values())) for k, v in pools.items()}
log['droppedOwnPoolCandidates'] = {k: len(v) for k, v in dropped.items()}
print(json.dumps(log, ensure_ascii=False, indent=1))
