#!/usr/bin/env python3
"""Disjointness of heldout3 against the earlier splits (dev, heldout, heldout2).

1. Literal template fragments: every run of template text between slots (without the '~'/'^' marker), stripped,
   of at least 20 characters, must not occur in any earlier note (checked case-sensitively and lower-cased).
2. Name tokens: the lower-cased, diacritic-folded tokens (split at blanks, hyphens, apostrophes, dots, commas) of all
   heldout3 truth values of kind customerName / staffName / thirdPersonName, against names.json, names2.json and the
   name values of the earlier truth files.  Single letters (initials) are reported separately.
3. Identical truth values per kind.
Writes disjointness-heldout3.json and prints it.  Exit code 1 if a fragment or a name token of 2+ letters is shared.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_corpus3 as M  # noqa: E402  (reads names3.json only; main() is not run)

EARLIER = ['dev', 'heldout', 'heldout2']


def tokens(v):
    """Folded tokens ("Schröder" -> "schroder") plus the German transcription ("schroeder")."""
    de = v.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return [t for x in (v, de) for t in re.split(r"[\s\-'’.,()\"]+", M.fold(x).lower()) if t]


def main():
    notes = []
    truth_earlier = []
    for s in EARLIER:
        for line in open(os.path.join(HERE, f'{s}.jsonl'), encoding='utf-8'):
            notes += [e['note'] for e in json.loads(line)['events']]
        truth_earlier += [json.loads(l) for l in open(os.path.join(HERE, f'{s}.truth.jsonl'), encoding='utf-8')]
    corpus = '\n\x00'.join(notes)
    corpus_lc = corpus.lower()

    frags = []
    for t in M.TEMPLATES:
        body = t[1:] if t[:1] in '~^' else t
        for f in M.SLOT.split(body)[::4]:   # split() yields text, group1, group2, group3, text, ...
            f = f.strip()
            if len(f) >= 20:
                frags.append(f)
    shared_frags = [f for f in frags if f in corpus or f.lower() in corpus_lc]

    earlier_tokens = set()
    for fn in ('names.json', 'names2.json'):
        for k, v in json.load(open(os.path.join(HERE, fn), encoding='utf-8')).items():
            if not k.startswith('_'):
                for lst in v.values():
                    for n in lst:
                        earlier_tokens.update(tokens(n))
    for t in truth_earlier:
        if t['kind'].endswith('Name'):
            earlier_tokens.update(tokens(t['value']))

    truth = [json.loads(l) for l in open(os.path.join(HERE, 'heldout3.truth.jsonl'), encoding='utf-8')]
    mine = set()
    for t in truth:
        if t['kind'].endswith('Name'):
            mine.update(tokens(t['value']))
    shared = sorted(mine & earlier_tokens)
    shared_long = [x for x in shared if len(x) > 1]

    vals = collections.defaultdict(set)
    for t in truth_earlier:
        vals[t['kind']].add(t['value'])
    same = collections.Counter(t['kind'] for t in truth if t['value'] in vals[t['kind']])

    out = {'templates': len(M.TEMPLATES), 'literalFragmentsGe20': len(frags), 'fragmentsInEarlierNotes': len(shared_frags),
           'sharedFragments': shared_frags, 'earlierNotes': len(notes),
           'nameTokensHeldout3': len(mine), 'earlierNameTokens': len(earlier_tokens),
           'sharedNameTokens': len(shared), 'sharedNameTokensSingleLetter': len(shared) - len(shared_long),
           'sharedNameTokensLonger': shared_long, 'identicalValuesPerKind': dict(sorted(same.items()))}
    with open(os.path.join(HERE, 'disjointness-heldout3.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 1 if shared_frags or shared_long else 0


if __name__ == '__main__':
    sys.exit(main())
