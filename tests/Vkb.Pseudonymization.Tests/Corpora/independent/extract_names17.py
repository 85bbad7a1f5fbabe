#!/usr/bin/env python3
"""One-off: builds names-heldout17.json from own17.py with the disjointness filter against all earlier splits.
Prints counts and only my own candidates that were dropped (never an earlier value).
Usage: python3 extract_names17.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own17 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 17)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in range(12, 17)]


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


old_tok, org_vals = set(), []
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            org_vals.append(t['value'])
old_tok_long = {t for t in old_tok if len(t) > 1}
org_blob = '\n'.join(fold(v.lower()) for v in org_vals)
org_blob2 = '\n'.join(fold(v.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')) for v in org_vals)
log = {'earlierNameTokens': len(old_tok), 'earlierOrgValues': len(org_vals)}


def name_ok(n, given):
    ts = {t for t in toks(n)}
    if any(t in old_tok_long for t in ts):
        return False
    if any(t in O.STOP for t in ts):
        return False
    if given and any(len(t) < 3 for t in re.split(r"[\s\-'’]+", fold(n.lower())) if t):
        return False
    return True


pools, filt = {}, {}
for pop, d in O.OWN_NAMES.items():
    pools[pop] = {}
    for k in ('m', 'f', 's'):
        seen, kept = set(), []
        for n in d[k]:
            if n not in seen and name_ok(n, k != 's'):
                kept.append(n)
            seen.add(n)
        pools[pop][k] = kept
        filt[f'{pop}.{k}'] = f'{len(seen)} -> {len(kept)}'


def hit(word, prefix=False):
    w = re.escape(fold(word.lower()))
    pat = r'\b' + w + ('' if prefix else r'\b')
    return re.search(pat, org_blob) is not None or re.search(pat, org_blob2) is not None


dropped = {}


def keep(name, items, key=lambda x: x, prefix=False):
    out, dr = [], []
    for it in items:
        words = key(it)
        if any(hit(w, prefix) for w in words):
            dr.append(it)
        else:
            out.append(it)
    dropped[name] = dr
    filt[name] = f'{len(items)} -> {len(out)}'
    return out


own = {
    'villages': keep('villages', O.VILLAGES, key=lambda v: [v[0]]),
    'streetBases': keep('streetBases', O.STREET_BASES, key=lambda v: [v], prefix=True),
    'fixedStreets': keep('fixedStreets', O.FIXED_STREETS, key=lambda v: [v]),
    'companyWords': keep('companyWords', O.COMPANY_WORDS, key=lambda v: [v], prefix=True),
    'brands': keep('brands', O.BRANDS, key=lambda v: [v]),
    'namedBodies': keep('namedBodies', O.NAMED_BODIES, key=lambda v: [v[1]]),
    'foreignCompanies': keep('foreignCompanies', O.FOREIGN_COMPANIES, key=lambda v: [v]),
    'foreignAddr': keep('foreignAddr', O.FOREIGN_ADDR, key=lambda v: [v[1]]),
}
res = {'_filter': filt, 'pools': own, '_droppedPoolCandidates': dropped}
res.update(pools)
with open(os.path.join(HERE, 'names-heldout17.json'), 'w', encoding='utf-8') as f:
    json.dump(res, f, ensure_ascii=False, indent=1)
    f.write('\n')
log['filter'] = filt
log['droppedOwnPoolCandidates'] = dropped
print(json.dumps(log, ensure_ascii=False, indent=1))
