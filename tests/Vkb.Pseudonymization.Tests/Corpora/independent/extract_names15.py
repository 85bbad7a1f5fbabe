#!/usr/bin/env python3
"""One-off: builds names-heldout15.json from own15.py, dropping every candidate that shares a folded token with an
earlier name pool or an earlier *Name truth value, and every own place / street / body / company candidate that occurs
in an earlier address / institution / company truth value. Prints counts only.
Usage: python3 extract_names15.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own15 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 15)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in (12, 13, 14)]


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_/ǃǁ]+", v.lower()):
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
org_vals = []
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            org_vals.append(t['value'])
org_blob = '\n'.join(x for v in org_vals for x in norm(v))

out, filt = {}, {}
for pop, d in O.OWN_NAMES.items():
    out[pop] = {}
    for g in ('m', 'f', 's'):
        before = list(dict.fromkeys(d[g]))
        kept = []
        for n in before:
            tk = toks(n)
            if tk & old_tok or tk & O.STOP:
                continue
            if g != 's' and any(len(t) < 3 for t in tk):
                continue
            kept.append(n)
        out[pop][g] = kept
        filt[f'{pop}.{g}'] = f'{len(before)} -> {len(kept)}'


def hit(cand, prefix=False):
    for c in set(norm(cand)):
        pat = r'(?<!\w)' + re.escape(c) + ('' if prefix else r'(?!\w)')
        if re.search(pat, org_blob):
            return True
    return False


pools, dropped = {}, {}


def pool(name, items, key=lambda x: x, prefix=False):
    kept, gone = [], []
    for it in items:
        (gone if hit(key(it), prefix) else kept).append(it)
    pools[name], dropped[name] = kept, [key(g) for g in gone]


pool('villages', O.VILLAGES, key=lambda v: v[0])
pool('streetBases', O.STREET_BASES, prefix=True)
pool('fixedStreets', O.FIXED_STREETS)
pool('companyWords', O.COMPANY_WORDS, prefix=True)
pool('brands', O.BRANDS)
pool('namedBodies', O.NAMED_BODIES, key=lambda v: v[1])
pool('foreignCompanies', O.FOREIGN_COMPANIES)
pool('foreignAddr', O.FOREIGN_ADDR, key=lambda v: v[1])
# a village whose parent municipality was used before keeps its own name; the parent is only used for its numbers
out['_filter'] = filt
out['pools'] = pools
out['_droppedPoolCandidates'] = dropped
with open(os.path.join(HERE, 'names-heldout15.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log = {'earlierNameTokens': len(old_tok), 'earlierOrgValues': len(org_vals), 'filter': filt,
       'pools': {k: f'{len(getattr(O, {"villages": "VILLAGES", "streetBases": "STREET_BASES", "fixedStreets": "FIXED_STREETS", "companyWords": "COMPANY_WORDS", "brands": "BRANDS", "namedBodies": "NAMED_BODIES", "foreignCompanies": "FOREIGN_COMPANIES", "foreignAddr": "FOREIGN_ADDR"}[k]))} -> {len(v)}'
                 for k, v in pools.items()}}
print(json.dumps(log, ensure_ascii=False, indent=1))
with open(os.path.join(HERE, 'extract-heldout15.log'), 'w', encoding='utf-8') as f:
    json.dump(log, f, ensure_ascii=False, indent=1)
    f.write('\n')
