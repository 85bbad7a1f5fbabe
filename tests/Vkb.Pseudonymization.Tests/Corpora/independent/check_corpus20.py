#!/usr/bin/env python3
"""Disjointness of heldout20 against dev / heldout / heldout2 … heldout19, then the consistency of the heldout20 files.
Prints only counts and my own fragments (never an earlier value or note).
Usage: python3 check_corpus20.py [folder of the earlier splits]   (adapted from check_corpus19.py)"""
import collections, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = sys.argv[1] if len(sys.argv) > 1 else HERE
sys.path.insert(0, HERE)
from templates20 import TEMPLATES  # noqa: E402
import make_corpus20 as M  # noqa: E402

SPLITS = ['dev', 'heldout'] + [f'heldout{i}' for i in range(2, 20)]
NAMEFILES = ['names.json'] + [f'names{i}.json' for i in range(2, 12)] + [f'names-heldout{i}.json' for i in range(12, 20)]


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def normal(v):
    # kept from check_corpus19.py: earlier names written as HTML entities, quoted-printable or mojibake are compared as
    # the names they stand for (heldout20 itself plants no encoded values)
    import html as _html, quopri
    v = _html.unescape(v)
    if re.search(r'=[0-9A-F]{2}', v):
        try:
            v = quopri.decodestring(v.encode('ascii')).decode('utf-8')
        except (UnicodeError, ValueError):
            pass
    try:
        w = v.encode('cp1252').decode('utf-8')
        if w != v:
            v = w
    except UnicodeError:
        pass
    return v


def toks(v):
    v = normal(v)
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


old_tok, old_vals, old_notes = set(), collections.defaultdict(set), []
for f in NAMEFILES:
    for s in strings(json.load(open(os.path.join(OLD, f), encoding='utf-8'))):
        old_tok |= toks(s)
for split in SPLITS:
    for line in open(os.path.join(OLD, f'{split}.truth.jsonl'), encoding='utf-8'):
        t = json.loads(line)
        old_vals[t['kind']].add(t['value'])
        if t['kind'].endswith('Name'):
            old_tok |= toks(t['value'])
    for line in open(os.path.join(OLD, f'{split}.jsonl'), encoding='utf-8'):
        for e in json.loads(line)['events']:
            old_notes.append(e['note'])

truth = [json.loads(l) for l in open(os.path.join(HERE, 'heldout20.truth.jsonl'), encoding='utf-8')]
new_tok = set()
for t in truth:
    if t['kind'].endswith('Name'):
        new_tok |= toks(t['value'])
shared = new_tok & old_tok
# the Mauritanian patronymic particles Ould / Mint are name particles, not names; counted separately
CONNECTORS = {'ould', 'mint'}
shared_conn = sorted(x for x in shared if x in CONNECTORS)
shared_long = sorted(x for x in shared if len(x) > 1 and x not in CONNECTORS)
same_vals = {k: len({t['value'] for t in truth if t['kind'] == k} & old_vals[k]) for k in sorted(old_vals)}
same_vals = {k: v for k, v in same_vals.items() if v}

frags = set()
for tpl in TEMPLATES:
    body = tpl[1]
    for part in M.GALT.sub('\x00', M.SLOT.sub('\x00', body)).split('\x00'):
        for f in part.split('\n'):
            f = f.strip()
            if len(f) >= 20:
                frags.add(f)
blob = '\n'.join(old_notes)
blob_lc = blob.lower()
hits = sorted(f for f in frags if f in blob or f.lower() in blob_lc)
res = {'earlierNotes': len(old_notes), 'templateFragmentsGe20': len(frags), 'fragmentsFoundInEarlierNotes': len(hits),
       'nameTokensHeldout20': len(new_tok), 'earlierNameTokens': len(old_tok), 'sharedNameTokens': len(shared),
       'sharedNameTokensLongerThan1': len(shared_long), 'sharedConnectorParticles': shared_conn, 'identicalTruthValuesPerKind': same_vals}
print(json.dumps(res, indent=1, ensure_ascii=False))
for h in hits:
    print('FRAGMENT (mine) found earlier:', h)

# consistency of the heldout20 files themselves (offsets, check digits, shapes, counts)
recs = [json.loads(l) for l in open(os.path.join(HERE, 'heldout20.jsonl'), encoding='utf-8')]
M.verify(recs, truth, TEMPLATES, collections.Counter({i: 1 for i in range(len(TEMPLATES))}))
M.self_test()
counts = json.load(open(os.path.join(HERE, 'counts-heldout20.json'), encoding='utf-8'))['heldout20']
per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
assert per_kind == counts['perKind'] and len(truth) == counts['spans']
print(json.dumps({'consistent': True, 'records': len(recs), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in recs),
                  'events': sum(len(r['events']) for r in recs), 'spans': len(truth), 'perKind': per_kind},
                 ensure_ascii=False))
with open(os.path.join(HERE, 'disjointness-heldout20.json'), 'w', encoding='utf-8') as f:
    json.dump(res, f, indent=1, ensure_ascii=False)
    f.write('\n')
