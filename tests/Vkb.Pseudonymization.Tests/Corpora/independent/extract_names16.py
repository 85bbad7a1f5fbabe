#!/usr/bin/env python3
"""One-off: builds names-heldout16.json from own16.py, dropping every candidate that shares a folded name token with an
earlier split (names*.json pools and *Name truth values of dev / heldout / heldout2 ... heldout15) and every own pool entry
that occurs (word boundary, folded) in an earlier address / institution / company truth value.
Never prints an earlier value: only counts (my own dropped candidates go to names-heldout16.json -> _droppedPoolCandidates).
Usage: python3 extract_names16.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own16 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 16)]
NAMEFILES = (['names.json'] + [f'names{i}.json' for i in range(2, 12)]
             + [f'names-heldout{i}.json' for i in range(12, 16)])


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_/ǃǁ„“]+", v.lower()):
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
    return ' ' + re.sub(r'[^0-9a-z]+', ' ', fold(s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))) + ' ', \
        ' ' + re.sub(r'[^0-9a-z]+', ' ', fold(s)) + ' '


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
            place_blob.extend(norm(t['value']))
blob = '\n'.join(place_blob)


def used(cand, prefix=False):
    for n in norm(cand):
        n = n.strip()
        if not n:
            continue
        if (' ' + n + ' ') in blob or (prefix and (' ' + n) in blob):
            return True
    return False


out = {'_filter': {}, 'pools': {}, '_droppedPoolCandidates': {}}
for pop, d in O.OWN_NAMES.items():
    out[pop] = {}
    for key in ('m', 'f', 's'):
        kept = []
        for n in dict.fromkeys(d[key]):
            tk = toks(n)
            if tk & old_tok or tk & O.STOP:
                continue
            if key != 's' and any(len(x) < 3 for x in tk):
                continue
            kept.append(n)
        out[pop][key] = kept
        out['_filter'][f'{pop}.{key}'] = f'{len(d[key])} -> {len(kept)}'


def pool(name, items, text=lambda x: x, prefix=False):
    kept, dropped = [], []
    for it in items:
        (dropped if used(text(it), prefix) else kept).append(it)
    out['pools'][name] = kept
    out['_droppedPoolCandidates'][name] = [text(x) for x in dropped]
    out['_filter'][name] = f'{len(items)} -> {len(kept)}'


pool('villages', O.VILLAGES, lambda v: v[0])
pool('instTowns', sorted({v[1] for v in O.VILLAGES}))
pool('streetBases', O.STREET_BASES, prefix=True)
pool('fixedStreets', O.FIXED_STREETS)
pool('companyWords', O.COMPANY_WORDS, prefix=True)
pool('brands', O.BRANDS)
pool('namedBodies', O.NAMED_BODIES, lambda v: v[1])
pool('foreignCompanies', O.FOREIGN_COMPANIES, lambda v: v[1])
pool('foreignAddr', O.FOREIGN_ADDR, lambda v: v[1])
out['_earlierNameTokens'] = len(old_tok)
with open(os.path.join(HERE, 'names-heldout16.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log = {'earlierNameTokens': len(old_tok), 'earlierPlaceValues': len(place_blob) // 2, 'filter': out['_filter']}
print(json.dumps(log, ensure_ascii=False, indent=1))
