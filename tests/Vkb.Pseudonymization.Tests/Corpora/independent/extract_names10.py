#!/usr/bin/env python3
"""One-off: builds names10.json from own10.py.  Drops every name candidate that shares a folded token with an earlier
split's name pool (names.json ... names9.json) or an earlier truth name value, and every own town / street / company /
institution candidate that matches an earlier address / institution / company truth value.  Prints counts only; the
dropped candidates (my own strings) go into names10.json → _droppedPoolCandidates.  Needs the earlier splits."""
import collections, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
sys.path.insert(0, HERE)
import own10 as O  # noqa: E402


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"_]+", v.lower()):
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


old_tok, old_vals = set(), collections.defaultdict(set)
for f in ['names.json'] + [f'names{i}.json' for i in range(2, 10)]:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for split in ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 10)]:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        old_vals[t['kind']].add(t['value'])
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])

log = {'earlierNameTokens': len(old_tok)}
names, filt = {}, {}
stop = {fold(x.lower()) for x in O.STOP}
for origin, d in O.OWN_NAMES.items():
    names[origin] = {}
    before = kept = 0
    for g in ('m', 'f', 's'):
        seen, out = set(), []
        for n in d[g].split():
            n = n.replace('_', ' ')
            if n in seen:
                continue
            seen.add(n)
            before += 1
            if fold(n.lower()) in stop or len(n) < 3:
                continue
            if toks(n) & old_tok:
                continue
            out.append(n)
        names[origin][g] = out
        kept += len(out)
    filt[origin] = f'{before}->{kept}'


def norm(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    return fold(s)


blob = '\n'.join(norm(v) for k in ('address', 'institution', 'company') for v in old_vals[k])


def hit(word, prefix=False):
    w = re.escape(norm(word))
    pat = r'(?<![a-z0-9])' + w + (r'' if prefix else r'(?![a-z0-9])')
    return re.search(pat, blob) is not None


dropped = collections.defaultdict(list)
pools = {}
towns = []
for t in O.TOWNS:
    base = t[0].split(' (')[0]
    if hit(base):
        dropped['towns'].append(t[0])
    else:
        towns.append(list(t))
pools['towns'] = towns
pools['streetBases'] = [b for b in O.STREET_BASES if not hit(b, prefix=True) or dropped['streetBases'].append(b)]
pools['fixedStreets'] = [b for b in O.FIXED_STREETS if not hit(b) or dropped['fixedStreets'].append(b)]
pools['companyWords'] = [b for b in O.COMPANY_WORDS if not hit(b, prefix=True) or dropped['companyWords'].append(b)]
pools['brands'] = [list(b) for b in O.BRANDS if not hit(b[0]) or dropped['brands'].append(b[0])]
pools['namedBodies'] = [list(b) for b in O.NAMED_BODIES if not hit(b[0]) or dropped['namedBodies'].append(b[0])]
pools['consulates'] = [list(b) for b in O.CONSULATES if not hit(b[0]) or dropped['consulates'].append(b[0])]
pools['foreignAddresses'] = [list(b) for b in O.FOREIGN_ADDRESSES if b[1] not in old_vals['address']]
out = {'_source': 'own10.py (own knowledge, written for the Vkb project, session 13); see SOURCE-heldout10.md',
       '_filter': filt, 'names': names, 'pools': pools, '_droppedPoolCandidates': dropped}
with open(os.path.join(HERE, 'names10.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
log['filter'] = filt
log['poolsKept'] = {k: len(v) for k, v in pools.items()}
log['poolsDropped'] = {k: len(v) for k, v in dropped.items()}
txt = json.dumps(log, ensure_ascii=False, indent=1)
print(txt)
open(os.path.join(HERE, 'extract.log'), 'w', encoding='utf-8').write(txt + '\n')
