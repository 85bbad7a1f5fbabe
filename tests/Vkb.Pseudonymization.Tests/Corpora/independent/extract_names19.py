#!/usr/bin/env python3
"""One-off: builds names-heldout19.json from own19.py, dropping every candidate that shares a folded token (longer than
one letter) with the earlier name pools or earlier *Name truth values, and every own pool entry that occurs in an earlier
address / institution / company truth value. Prints counts and only my own dropped candidates (never an earlier value).
Usage: python3 extract_names19.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own19 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 19)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in range(12, 19)]


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_/ǃǁ„“&]+", v.lower()):
        if t:
            out.add(fold(t))
            out.add(fold(t.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')))
            out.add(fold(t.replace('ø', 'o').replace('æ', 'ae').replace('å', 'a')))
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


old_tok = set()
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
old_org = []
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            old_org.append(fold(t['value'].lower()))
old_org_blob = '\n'.join(old_org)


def name_ok(n, given):
    ts = [t for t in toks(n) if len(t) > 1]
    if any(t in old_tok for t in ts):
        return False
    if any(t in O.STOP for t in toks(n)):
        return False
    if given and any(len(t) < 3 for t in re.split(r'[\s\-]+', n)):
        return False
    return True


out = {'_filter': {}, 'pools': {}, '_droppedPoolCandidates': {}}
log = []
for pop, d in O.OWN_NAMES.items():
    kept = {g: [n for n in d[g] if name_ok(n, g != 's')] for g in ('m', 'f', 's')}
    out[pop] = kept
    before = sum(len(d[g]) for g in d)
    after = sum(len(kept[g]) for g in kept)
    out['_filter'][pop] = f'{before} -> {after}'
    log.append(f'{pop}: {before} -> {after} ' + json.dumps({g: len(kept[g]) for g in kept}))
    log.append(f'  dropped (mine): ' + ', '.join(n for g in d for n in d[g] if n not in kept[g]))


def org_hit(v, prefix=False):
    f = fold(v.lower())
    pat = r'\b' + re.escape(f) + ('' if prefix else r'\b')
    return re.search(pat, old_org_blob) is not None


def pool(name, items, prefix=False):
    kept = [x for x in items if not org_hit(x, prefix)]
    dropped = [x for x in items if x not in kept]
    out['pools'][name] = kept
    out['_droppedPoolCandidates'][name] = dropped
    log.append(f'pool {name}: {len(items)} -> {len(kept)}; dropped (mine): {", ".join(dropped)}')


pool('villages', sorted({v for r in O.PLACES.values() for v, *_ in r}))
pool('streetBases', O.STREET_BASES, prefix=True)
pool('fixedStreets', O.FIXED_STREETS)
pool('companyWords', O.COMPANY_WORDS, prefix=True)
pool('brands', O.BRANDS)
pool('tempAgencies', O.TEMP_AGENCIES)
pool('collection', O.COLLECTION)
pool('namedBodies', [b for v in O.NAMED_BODIES.values() for b in v])
pool('foreignCompanies', [b for v in O.FOREIGN_COMPANIES.values() for b in v])
pool('foreignAddr', [b for v in O.FOREIGN_ADDR.values() for b in v])
out['_earlierNameTokens'] = len(old_tok)
with open(os.path.join(HERE, 'names-heldout19.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log.insert(0, f'earlier name tokens: {len(old_tok)}, earlier address/institution/company values: {len(old_org)}')
with open(os.path.join(HERE, 'extract-heldout19.log'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(log) + '\n')
print('\n'.join(log))
