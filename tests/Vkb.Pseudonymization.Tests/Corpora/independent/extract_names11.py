#!/usr/bin/env python3
"""One-off: builds names11.json from own11.py, dropping every name candidate that shares a folded token with the earlier
splits' name pools (names*.json) or earlier name truth values, and every own town / street / company / brand / body
candidate that matches an earlier address / institution / company truth value. Prints counts only."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
sys.path.insert(0, HERE)
import own11 as O


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
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue')
    return fold(s)


old_tok = set()
old_vals = {'address': [], 'institution': [], 'company': []}
names_files = sorted(f for f in os.listdir(OLD) if re.fullmatch(r'names\d*\.json', f))
for f in names_files:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
truth_files = sorted(f for f in os.listdir(OLD) if f.endswith('.truth.jsonl'))
for f in truth_files:
    for line in open(os.path.join(OLD, f), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        if t['kind'] in old_vals:
            old_vals[t['kind']].append(norm(t['value']))
blob = '\n'.join(v for vs in old_vals.values() for v in vs)

out = {'_source': 'own11.py: own lists written for heldout11 from the writer\'s own knowledge; licence: same terms as the repository',
       '_filter': {}, 'origins': {}, 'pools': {}, '_droppedPoolCandidates': {}}
for origin, d in O.OWN_NAMES.items():
    kept = {}
    before = after = 0
    for g in 'mfs':
        cands = list(dict.fromkeys(d[g].split()))
        res = []
        for c in cands:
            name = c.replace('_', ' ')
            before += 1
            tk = toks(name)
            if origin != 'de11' and g == 's' and origin in ('tj11', 'tt11', 'dag11') and re.search(r'(ov|ev|in|ow|ew)$', name):
                tk |= toks(name + 'a')
            if tk & old_tok or name.lower() in O.STOP or any(len(t) < 3 for t in tk):
                continue
            res.append(name)
        kept[g] = res
        after += len(res)
    out['origins'][origin] = kept
    out['_filter'][origin] = f'{before}→{after}'


def variants(s):
    v = []
    for i in range(1, len(s) - 1):
        if s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]:
            v.append(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        v.append(s[:i] + s[i + 1:])
        v.append(s[:i] + s[i] + s[i:])
    return list(dict.fromkeys(x for x in v if x != s))


# misspelt surnames for duplicate records: single-edit variants whose tokens are not in the earlier splits
typos = {}
for origin, kept in out['origins'].items():
    for sname in kept['s']:
        forms = [sname]
        if origin in ('tj11', 'tt11', 'dag11') and re.search(r'(ov|ev|in|ow|ew)$', sname):
            forms.append(sname + 'a')
        for f in forms:
            ok = [x for x in variants(f) if not (toks(x) & old_tok)]
            if ok:
                typos[f] = ok[:8]
out['typos'] = typos
out['_filter']['surnamesWithTypoVariants'] = len(typos)


def word_hit(cand, prefix=False):
    c = norm(cand).strip('-')
    pat = r'(?<![a-z0-9])' + re.escape(c) + ('' if prefix else r'(?![a-z0-9])')
    return re.search(pat, blob) is not None


def filt(key, items, getname, prefix=False):
    kept, dropped = [], []
    for it in items:
        (dropped if word_hit(getname(it), prefix) else kept).append(it)
    out['pools'][key] = kept
    out['_droppedPoolCandidates'][key] = [getname(x) for x in dropped]
    out['_filter'][key] = f'{len(items)}→{len(kept)}'


filt('towns', O.TOWNS, lambda t: t[0])
filt('streetBases', O.STREET_BASES, lambda s: s, prefix=True)
filt('fixedStreets', O.FIXED_STREETS, lambda s: s)
filt('companyWords', O.COMPANY_WORDS, lambda s: s, prefix=True)
filt('brands', O.BRANDS, lambda s: s)
filt('namedBodies', O.NAMED_BODIES, lambda s: s)
cons = list(O.CONSULATES.items())
filt('consulates', cons, lambda c: c[1])
out['pools']['consulates'] = dict(out['pools']['consulates'])
fa = [(k, a) for k, v in O.FOREIGN_ADDR.items() for a in v]
filt('foreignAddresses', fa, lambda x: x[1])
fad = {}
for k, a in out['pools']['foreignAddresses']:
    fad.setdefault(k, []).append(a)
out['pools']['foreignAddresses'] = fad
with open(os.path.join(HERE, 'names11.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log = {'earlierNameFiles': len(names_files), 'earlierTruthFiles': len(truth_files), 'earlierNameTokens': len(old_tok),
       'filter': out['_filter']}
print(json.dumps(log, ensure_ascii=False, indent=1))
with open(os.path.join(HERE, 'extract.log'), 'w', encoding='utf-8') as f:
    json.dump(log, f, ensure_ascii=False, indent=1)
    f.write('\n')
