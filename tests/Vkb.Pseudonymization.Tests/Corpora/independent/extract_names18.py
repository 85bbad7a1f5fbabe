#!/usr/bin/env python3
"""One-off: builds names-heldout18.json from own18.py, dropping every candidate that shares a folded name token
(longer than one letter) with the earlier name pools or `*Name` truth values, and every own pool entry found in the
earlier address / institution / company truth values. Prints counts and only my own dropped candidates.
Usage: python3 extract_names18.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own18 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 18)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in range(12, 18)]


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


old_tok, old_other = set(), []
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            old_other.append(t['value'])
old_tok = {t for t in old_tok if len(t) > 1}
blob = '\n'.join(fold(v.lower()) for v in old_other)
blob2 = blob.replace('ae', 'ä')  # not used for matching, kept simple


def in_old(cand, prefix=False):
    c = fold(cand.lower())
    pat = r'\b' + re.escape(c) + ('' if prefix else r'\b')
    return re.search(pat, blob) is not None


out = {'_source': 'own lists in own18.py, written for this split from my own knowledge; same terms as the repository',
       '_filter': {}, 'pools': {}, '_droppedPoolCandidates': {}}
for pop, d in O.OWN_NAMES.items():
    out[pop] = {}
    for g in ('m', 'f', 's'):
        kept = []
        for n in dict.fromkeys(d[g]):
            tk = {t for t in toks(n) if len(t) > 1}
            if tk & old_tok or tk & O.STOP:
                continue
            if g in 'mf' and any(len(t) < 3 for t in re.split(r"[\s\-]+", n)):
                continue
            kept.append(n)
        out[pop][g] = kept
        out['_filter'][f'{pop}.{g}'] = f'{len(set(d[g]))} -> {len(kept)}'

vill = [v for v in O.VILLAGES]
pools = {
    'villages': ([v[0] for v in vill], False), 'streetBases': (O.STREET_BASES, True), 'fixedStreets': (O.FIXED_STREETS, False),
    'companyWords': (O.COMPANY_WORDS, True), 'brands': (O.BRANDS, False), 'tempAgencies': (O.TEMP_AGENCIES, False),
    'collection': (O.COLLECTION, False),
    'namedBodies': ([b for l in O.NAMED_BODIES.values() for b in l], False),
    'foreignCompanies': ([b for l in O.FOREIGN_COMPANIES.values() for b in l], False),
    'foreignAddr': ([b for l in O.FOREIGN_ADDR.values() for b in l], False),
}
for name, (lst, prefix) in pools.items():
    kept = [x for x in lst if not in_old(x, prefix)]
    dropped = [x for x in lst if in_old(x, prefix)]
    out['pools'][name] = kept
    out['_droppedPoolCandidates'][name] = dropped
    out['_filter'][name] = f'{len(lst)} -> {len(kept)}'
with open(os.path.join(HERE, 'names-heldout18.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
log = {'earlierNameTokens': len(old_tok), 'earlierOtherValues': len(old_other), 'filter': out['_filter'],
       'droppedOwnPoolCandidates': out['_droppedPoolCandidates']}
print(json.dumps(log, ensure_ascii=False, indent=1))
