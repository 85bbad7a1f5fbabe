#!/usr/bin/env python3
"""One-off: builds names-heldout14.json from own14.py, dropping every own candidate that shares a folded token with the
name pools (names*.json) or the *Name truth values of the earlier splits (dev, heldout, heldout2 … heldout13), and every
own place / street / company / institution candidate that occurs in an earlier address / institution / company truth
value. Prints counts and my own dropped candidates only, never an earlier value.
Usage: python3 extract_names14.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own14 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 14)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + ['names-heldout12.json', 'names-heldout13.json']


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


def norm(s):
    s = s.lower()
    return fold(s), fold(s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))


old_tok = set()
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
place_blob = []
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            place_blob.append(t['value'])
blob = '\n'.join(place_blob)
blob_n = norm(blob)


def used(word, prefix=False):
    for w in norm(word):
        pat = r'(?<!\w)' + re.escape(w) + ('' if prefix else r'(?!\w)')
        for b in blob_n:
            if re.search(pat, b):
                return True
    return False


out, filt = {}, {}
for pop, d in O.OWN_NAMES.items():
    out[pop] = {}
    before = after = 0
    for k in ('m', 'f', 's'):
        kept = []
        for n in d[k]:
            before += 1
            tk = toks(n)
            if any(len(t) < 3 for t in tk if t) and k != 's':
                continue
            if tk & old_tok or tk & O.STOP or n in kept:
                continue
            kept.append(n)
        out[pop][k] = kept
        after += len(kept)
    filt[pop] = f'{before} -> {after}'

dropped = {}


def keep(name, items, key=lambda x: x, prefix=False):
    k, d = [], []
    for it in items:
        (d if used(key(it), prefix) else k).append(it)
    dropped[name] = [key(x) for x in d]
    return k


pools = {
    'villages': keep('villages', O.VILLAGES, key=lambda v: v[0]),
    'streetBases': keep('streetBases', O.STREET_BASES, prefix=True),
    'fixedStreets': keep('fixedStreets', O.FIXED_STREETS),
    'companyWords': keep('companyWords', O.COMPANY_WORDS, prefix=True),
    'brands': keep('brands', O.BRANDS),
    'namedBodies': keep('namedBodies', O.NAMED_BODIES, key=lambda v: v[1]),
    'foreignCompanies': keep('foreignCompanies', O.FOREIGN_CO),
    'foreignAddr': {p: keep('foreignAddr-' + p, v) for p, v in O.FOREIGN_ADDR.items()},
}
res = dict(out)
res['_filter'] = filt
res['pools'] = pools
res['_droppedPoolCandidates'] = dropped
with open(os.path.join(HERE, 'names-heldout14.json'), 'w', encoding='utf-8') as f:
    json.dump(res, f, ensure_ascii=False, indent=1)
    f.write('\n')
log = {'earlierNameTokens': len(old_tok), 'earlierPlaceValues': len(place_blob), 'names': filt,
       'namePools': {p: {k: len(v) for k, v in out[p].items()} for p in out},
       'pools': {k: (len(v) if not isinstance(v, dict) else sum(len(x) for x in v.values())) for k, v in pools.items()},
       'droppedOwnCandidates': {k: len(v) for k, v in dropped.items() if v}}
print(json.dumps(log, ensure_ascii=False, indent=1))
