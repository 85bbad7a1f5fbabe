# -*- coding: utf-8 -*-
"""One-off: builds names-heldout21.json from own21.py with the disjointness filter.

A name candidate is dropped if any folded token longer than one letter occurs in an earlier name pool (every string
in names*.json / names-heldout*.json, walked blindly) or in a *Name truth value of an earlier split, if it is in the
stop list, or if a part of a given name is shorter than 3 letters. Own pools (places, streets, companies, bodies,
foreign addresses) are dropped if they occur in an earlier address / institution / company truth value (word boundary,
folded); street bases and company words also when they start a word there. Prints counts and only own dropped candidates.
Usage: python3 extract_names21.py [folder of the earlier splits]
"""
import glob
import json
import os
import re
import sys
import unicodedata

import own21

HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = sys.argv[1] if len(sys.argv) > 1 else HERE
SPLIT_RE = re.compile(r"[\s\-'’.,()\"_/ǃǁ„“&;]+")


def fold(s):
    s = s.lower()
    alt = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    out = []
    for v in (s, alt):
        out.append("".join(c for c in unicodedata.normalize("NFD", v) if unicodedata.category(c) != "Mn"))
    return out


def tokens(s):
    res = set()
    for f in fold(s):
        for t in SPLIT_RE.split(f):
            if len(t) > 1:
                res.add(t)
    return res


def walk(o, acc):
    if isinstance(o, str):
        acc.append(o)
    elif isinstance(o, dict):
        for k, v in o.items():
            walk(v, acc)
    elif isinstance(o, list):
        for v in o:
            walk(v, acc)


def earlier_files():
    names = sorted(f for f in glob.glob(os.path.join(EARLIER, "names*.json")) if not f.endswith("names-heldout21.json"))
    truths = sorted(f for f in glob.glob(os.path.join(EARLIER, "*.truth.jsonl")) if not f.endswith("heldout21.truth.jsonl"))
    return names, truths


def main():
    names, truths = earlier_files()
    pool_tokens = set()
    for f in names:
        acc = []
        walk(json.load(open(f, encoding="utf-8")), acc)
        for s in acc:
            pool_tokens |= tokens(s)
    org_values = []
    for f in truths:
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            t = json.loads(line)
            if t["kind"].endswith("Name"):
                pool_tokens |= tokens(t["value"])
            elif t["kind"] in ("address", "institution", "company"):
                org_values.append(" ".join(fold(t["value"])))
    org_text = "\n".join(org_values)
    log = {"earlierNameFiles": len(names), "earlierTruthFiles": len(truths), "earlierTokens": len(pool_tokens),
           "earlierOrgValues": len(org_values)}
    out = {"_source": "own21.py, filtered by extract_names21.py", "_filter": {}, "_droppedOwnCandidates": {}}
    stop = {t for s in own21.STOP for t in tokens(s)}
    for pop, d in own21.OWN_NAMES.items():
        out[pop] = {}
        for g in ("m", "f", "s"):
            kept, dropped = [], []
            for cand in d[g]:
                toks = tokens(cand)
                bad = bool(toks & pool_tokens) or bool(toks & stop)
                if g in ("m", "f") and any(len(p) < 3 for p in SPLIT_RE.split(cand) if p):
                    bad = True
                if cand in kept:
                    bad = True
                (dropped if bad else kept).append(cand)
            out[pop][g] = kept
            out["_filter"]["%s.%s" % (pop, g)] = "%d -> %d" % (len(d[g]), len(kept))
            out["_droppedOwnCandidates"]["%s.%s" % (pop, g)] = dropped

    def org_hit(value, prefix=False):
        for f in fold(value):
            pat = r"\b" + re.escape(f) + (r"" if prefix else r"\b")
            if re.search(pat, org_text):
                return True
        return False

    pools = {}
    dropped_pools = {}

    def filt(name, items, prefix=False, key=lambda x: x):
        kept = [x for x in items if not org_hit(key(x), prefix)]
        pools[name] = kept
        dropped_pools[name] = [key(x) for x in items if x not in kept]
        out["_filter"]["pool." + name] = "%d -> %d" % (len(items), len(kept))

    for rd, vs in own21.VILLAGES.items():
        filt("villages." + rd, vs, key=lambda v: v[0])
    for rd, ts in own21.TOWNS.items():
        filt("towns." + rd, ts)
    filt("streetBases", own21.STREET_BASES, prefix=True)
    filt("fixedStreets", own21.FIXED_STREETS)
    filt("companyWords", own21.COMPANY_WORDS, prefix=True)
    filt("brands", own21.BRANDS)
    filt("tempAgencies", own21.TEMP_AGENCIES)
    filt("collection", own21.COLLECTION)
    filt("sectorFirms", own21.SECTOR_FIRMS)
    filt("namedBodies", own21.NAMED_BODIES)
    for rd, cs in own21.CHAMBERS.items():
        filt("chambers." + rd, cs)
    for pop in own21.FOREIGN_BODIES:
        filt("foreignBodies." + pop, own21.FOREIGN_BODIES[pop])
        filt("foreignCompanies." + pop, own21.FOREIGN_COMPANIES[pop])
        filt("foreignAddr." + pop, own21.FOREIGN_ADDR[pop])
    out["pools"] = pools
    out["_droppedPoolCandidates"] = dropped_pools
    with open(os.path.join(HERE, "names-heldout21.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    log["filter"] = out["_filter"]
    log["droppedOwnCandidates"] = out["_droppedOwnCandidates"]
    log["droppedPoolCandidates"] = dropped_pools
    text = json.dumps(log, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(HERE, "extract-heldout21.log"), "w", encoding="utf-8") as fh:
        fh.write(text + "\n")
    print(json.dumps({k: log[k] for k in ("earlierNameFiles", "earlierTruthFiles", "earlierTokens", "earlierOrgValues", "filter")},
                     ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
