#!/usr/bin/env python3
"""One-off: builds names-heldout12.json from own12.py, dropping every candidate that shares a folded token with earlier splits.
Reads names.json … names11.json and the truth files of dev / heldout / heldout2 … heldout11 by script; prints counts only."""
import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import own12 as O

OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/wt/heldout12/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 12)]


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


old_tok, old_org = set(), []
for f in ['names.json'] + [f'names{i}.json' for i in range(2, 12)]:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for sp in SPLITS:
    for line in open(os.path.join(OLD, f'{sp}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        elif t['kind'] in ('address', 'institution', 'company'):
            old_org.append(fold(t['value'].lower()).replace('ä', 'ae'))
org_blob = '\n'.join(old_org)


def fem(origin, s):
    if origin == 'bf12' and s in O.LATVIAN:
        if s.endswith('ons'):
            return s[:-1] + 'e'
        return s[:-1] + 'a'
    if origin == 'os12' and re.search(r'(ov|ev|in|ow|ew)$', s):
        return s + 'a'
    return s


def ok(name, origin):
    ts = toks(name)
    if origin in ('bf12', 'os12'):
        ts |= toks(fem(origin, name))
    ts = {t for t in ts if t}
    if any(len(t) < 3 for t in re.split(r"[\s\-'’]+", name.lower()) if t):
        return False
    if any(t in O.STOP for t in ts):
        return False
    return not (ts & old_tok)


out = {'_source': 'own lists (own12.py), written in session 15; no external list', 'origins': {}, '_filter': {}}
for origin, d in O.OWN_NAMES.items():
    before = after = 0
    res = {}
    for k in ('m', 'f', 's'):
        cand = list(dict.fromkeys(d[k].split()))
        kept = [c for c in cand if ok(c, origin)]
        before += len(cand)
        after += len(kept)
        res[k] = kept
    out['origins'][origin] = res
    out['_filter'][origin] = f'{before}->{after}'


def org_ok(word, prefix=False):
    w = fold(word.lower()).replace('ä', 'ae')
    pat = r'\b' + re.escape(w) + ('' if prefix else r'\b')
    return not re.search(pat, org_blob)


pools, dropped = {}, {}
pools['towns'] = [t for t in O.TOWNS if org_ok(t[0])]
dropped['towns'] = [t[0] for t in O.TOWNS if not org_ok(t[0])]
pools['streetBases'] = [b for b in O.STREET_BASES if org_ok(b, True)]
dropped['streetBases'] = [b for b in O.STREET_BASES if not org_ok(b, True)]
pools['fixedStreets'] = [b for b in O.FIXED_STREETS if org_ok(b)]
dropped['fixedStreets'] = [b for b in O.FIXED_STREETS if not org_ok(b)]
pools['companyWords'] = [b for b in O.COMPANY_WORDS if org_ok(b, True)]
dropped['companyWords'] = [b for b in O.COMPANY_WORDS if not org_ok(b, True)]
pools['brands'] = [b for b in O.BRANDS + O.PAWN + O.GIG if org_ok(b)]
dropped['brands'] = [b for b in O.BRANDS + O.PAWN + O.GIG if not org_ok(b)]
pools['namedBodies'] = {b: c for b, c in O.NAMED_BODIES.items() if org_ok(b)}
dropped['namedBodies'] = [b for b in O.NAMED_BODIES if not org_ok(b)]
out['pools'] = pools
out['_droppedPoolCandidates'] = dropped
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'names-heldout12.json'), 'w', encoding='utf-8'),
          ensure_ascii=False, indent=1)
print(json.dumps({'earlierNameTokens': len(old_tok), 'earlierOrgValues': len(old_org), 'filter': out['_filter'],
                  'namePools': {o: {k: len(v) for k, v in r.items()} for o, r in out['origins'].items()},
                  'poolsKept': {k: len(v) for k, v in pools.items()},
                  'poolsDropped': {k: len(v) for k, v in dropped.items()}}, indent=1))
