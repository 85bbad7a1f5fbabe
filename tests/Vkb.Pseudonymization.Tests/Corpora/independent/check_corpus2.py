#!/usr/bin/env python3
"""Disjointness and validity checks of heldout2 against the earlier dev / heldout splits (stdlib only)."""
import collections, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OLD = '/work/main/tests/Vkb.Pseudonymization.Tests/Corpora/independent'
sys.path.insert(0, HERE)
import make_corpus2 as M

def load(p):
    return [json.loads(l) for l in open(p, encoding='utf-8')]

new_recs = load(os.path.join(HERE, 'heldout2.jsonl'))
new_tr = load(os.path.join(HERE, 'heldout2.truth.jsonl'))
M.verify(new_recs, new_tr)
print('heldout2: spans verified (text == value, no overlap, checksums):', len(new_tr))

def name_tokens(truth):
    s = set()
    for t in truth:
        if t['kind'].endswith('Name'):
            for tok in re.split(r"[\s,.]+", t['value'].lower()):
                if tok:
                    s.add(tok)
    return s

def hyph_tokens(toks):
    return {p for t in toks for p in t.split('-') if p}

new_tok = name_tokens(new_tr)
out = {'newNameTokens': len(new_tok)}
for split in ('dev', 'heldout'):
    tr = load(os.path.join(OLD, f'{split}.truth.jsonl'))
    recs = load(os.path.join(OLD, f'{split}.jsonl'))
    old_tok = name_tokens(tr)
    inter = sorted(new_tok & old_tok)
    inter_parts = sorted(hyph_tokens(new_tok) & hyph_tokens(old_tok))
    vals = collections.defaultdict(set)
    for t in tr:
        vals[t['kind']].add(t['value'].lower())
    same_vals = collections.Counter(t['kind'] for t in new_tr if t['value'].lower() in vals[t['kind']])
    # template literal fragments (>= 20 chars, between slots) that occur verbatim in the earlier notes
    old_text = '\n'.join(e['note'].lower() for r in recs for e in r['events'])
    frags = set()
    for tpl in M.TEMPLATES:
        for frag in re.split(r'\{[^}]*\}', tpl.lstrip('~^')):
            frag = frag.strip().lower()
            if len(frag) >= 20:
                frags.add(frag)
    hit = sorted(f for f in frags if f in old_text)
    out[split] = {'oldNameTokens': len(old_tok), 'sharedNameTokens': len(inter), 'sharedTokens': inter,
                  'sharedHyphenParts': len(inter_parts), 'sharedHyphenPartsList': inter_parts,
                  'identicalValuesPerKind': dict(same_vals),
                  'templateFragments>=20chars': len(frags), 'fragmentsFoundInOldNotes': hit}
print(json.dumps(out, ensure_ascii=False, indent=1))
json.dump(out, open(os.path.join(HERE, 'disjointness.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
