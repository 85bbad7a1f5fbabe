#!/usr/bin/env python3
"""One-off: build names9.json from my own name lists and my own place / body / company lists.

* Names: own-knowledge lists (no Faker locale fits the populations; see SOURCE-heldout9.md).  Every candidate that shares
  a folded token with an earlier split's name pool (names.json … names8.json) or an earlier truth name value is dropped
  silently (only counts are printed).
* Own pool candidates (towns, streets, bodies, companies, brands, foreign addresses) are dropped when they match an earlier
  address / institution / company truth value (word boundary, folded; street bases and company words also as a word
  prefix).  Only my own dropped candidates are printed.
"""
import collections, json, os, re, sys, unicodedata

OLD = sys.argv[1] if len(sys.argv) > 1 else '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from own9 import OWN_NAMES, OWN_POOLS, STOPWORDS  # noqa: E402


def fold(s):
    s = s.replace('ß', 'ss').replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def toks(v):
    out = set()
    for t in re.split(r"[\s\-'’.,()\"/]+", v.lower()):
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


old_tok = set()
old_vals = collections.defaultdict(set)
for i in ['', '2', '3', '4', '5', '6', '7', '8']:
    for s in strings(json.load(open(os.path.join(OLD, f'names{i}.json'), encoding='utf-8'))):
        old_tok |= toks(s)
for split in ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 9)]:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
        if t['kind'] in ('address', 'institution', 'company'):
            old_vals[t['kind']].add(fold(t['value'].lower()))

out = {'_source': {}, '_filter': {}}
for src, d in OWN_NAMES.items():
    kept = {}
    before = after = 0
    for key in ('m', 'f', 's'):
        vals = []
        for v in d.get(key, []):
            v = v.strip()
            before += 1
            tk = toks(v)
            if tk & old_tok:
                continue
            if any(fold(x) in STOPWORDS for x in v.lower().split()) or len(v) <= 2:
                continue
            if v not in vals:
                vals.append(v)
        after += len(vals)
        kept[key] = vals
    out[src] = kept
    out['_source'][src] = d['_src']
    out['_filter'][src] = f'{before} -> {after}'

blob = {k: '\n'.join(sorted(v)) for k, v in old_vals.items()}
allblob = '\n'.join(blob.values())
dropped = []
pools = {}
for name, (mode, items) in OWN_POOLS.items():
    kept = []
    for it in items:
        key = it[0] if isinstance(it, (list, tuple)) else it
        k = fold(key.lower())
        pat = r'(?<![\w])' + re.escape(k) + (r'' if mode == 'prefix' else r'(?![\w])')
        if re.search(pat, allblob) or re.search(r'(?<![\w])' + re.escape(k.replace('ae', 'ä')) + r'(?![\w])', allblob):
            dropped.append(f'{name}: {key}')
            continue
        kept.append(it)
    pools[name] = kept
out['pools'] = pools
out['_droppedPoolCandidates'] = dropped
with open(os.path.join(HERE, 'names9.json'), 'w', encoding='utf-8') as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
    f.write('\n')
print('earlier name tokens', len(old_tok))
for src in OWN_NAMES:
    print(src, out['_filter'][src])
for name in OWN_POOLS:
    print('pool', name, len(OWN_POOLS[name][1]), '->', len(pools[name]))
print('dropped own pool candidates:', len(dropped))
for d in dropped:
    print('  ', d)
