#!/usr/bin/env python3
"""One-off: builds names-heldout20.json from own20.py, dropping every candidate that shares a folded token (longer than
one letter) with an earlier name pool or an earlier *Name truth value, and every own pool entry (village, street, firm,
body, foreign address) that occurs in an earlier address / institution / company truth value.
Prints counts and only my own dropped candidates; never an earlier value.
Usage: python3 extract_names20.py [folder of the earlier splits]"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
import own20 as O  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 20)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in range(12, 20)]
CONNECTORS = {'ould', 'mint'}


def fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('æ', 'ae').replace('å', 'a')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_/ǃǁ„“&;]+", v.lower()):
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


def main():
    old_tok, old_places = set(), []
    for f in NAMEFILES:
        for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
            old_tok |= toks(s)
    for split in SPLITS:
        for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
            t = json.loads(line)
            if t['kind'].endswith('Name'):
                old_tok |= toks(t['value'])
            elif t['kind'] in ('address', 'institution', 'company'):
                old_places.append(fold(t['value'].lower()))
    blob = '\n'.join(old_places)
    blob_ae = fold(blob.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))

    def bad_name(n):
        ts = {t for t in toks(n) if len(t) > 1} - CONNECTORS
        return bool(ts & old_tok) or bool(ts & {fold(x) for x in O.STOP})

    out = {'_source': 'own lists (own20.py), written for the Vkb project from my own knowledge; same terms as the repository',
           '_filter': {}, 'pools': {}, '_droppedPoolCandidates': {}}
    dropped_names = {}
    for pop, d in O.OWN_NAMES.items():
        keep = {}
        for k in ('m', 'f', 's'):
            cand = list(dict.fromkeys(d[k]))
            kept = [n for n in cand if not bad_name(n) and (k == 's' or all(len(p) >= 3 for p in n.split()))]
            keep[k] = kept
            dropped_names[f'{pop}.{k}'] = [n for n in cand if n not in kept]
            out['_filter'][f'{pop}.{k}'] = f'{len(cand)} -> {len(kept)}'
        out[pop] = keep

    def word_in(x, prefix=False):
        x = fold(x.lower())
        pat = r'(?<!\w)' + re.escape(x) + ('' if prefix else r'(?!\w)')
        return re.search(pat, blob) is not None or re.search(pat, blob_ae) is not None

    pools = {
        'villages': ([v[0] for r in O.REGIONS.values() for v in r], False),
        'towns': ([x for r in O.TOWNS.values() for x in r], False),
        'sectorFirms': ([x for v in O.SECTORS.values() for x in v if '{' not in x], False),
        'chambers': ([x for v in O.CHAMBERS.values() for x in v], False),
        'streetBases': (O.STREET_BASES, True), 'fixedStreets': (O.FIXED_STREETS, False),
        'companyWords': (O.COMPANY_WORDS, True), 'brands': (O.BRANDS, False), 'tempAgencies': (O.TEMP, False),
        'collection': (O.COLLECTION, False), 'namedBodies': (O.NAMED_BODIES, False),
        'foreignCompanies': ([x for v in O.FOREIGN_COMPANIES.values() for x in v], False),
        'foreignBodies': ([x for v in O.FOREIGN_BODIES.values() for x in v], False),
        'foreignAddr': ([x for v in O.FOREIGN_ADDR.values() for x in v], False),
    }
    for name, (cand, prefix) in pools.items():
        kept = [c for c in cand if not word_in(c, prefix)]
        out['pools'][name] = kept
        out['_droppedPoolCandidates'][name] = [c for c in cand if c not in kept]
        out['_filter'][name] = f'{len(cand)} -> {len(kept)}'
    with open(os.path.join(HERE, 'names-heldout20.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    log = {'earlierNameTokens': len(old_tok), 'earlierPlaceValues': len(old_places), 'filter': out['_filter'],
           'droppedOwnNameCandidates': dropped_names, 'droppedOwnPoolCandidates': out['_droppedPoolCandidates']}
    print(json.dumps(log, ensure_ascii=False, indent=1))


if __name__ == '__main__':
    main()
