# -*- coding: utf-8 -*-
"""Checker of heldout21: first the disjointness against the earlier splits, then the consistency of the heldout21 files.

Usage: python3 check_corpus21.py [folder of the earlier splits]   (default: its own folder)
Writes disjointness-heldout21.json and prints counts only; of the earlier splits it never prints a note or a value.
Of heldout21 it prints only its own template fragments that occur in an earlier note (to rephrase them).
Any failed check raises AssertionError naming record, event and kind only, never a value.
"""
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_corpus21 as mc  # noqa: E402
import templates21  # noqa: E402
from extract_names21 import tokens  # noqa: E402

EARLIER = sys.argv[1] if len(sys.argv) > 1 else HERE
SPLIT = "heldout21"
KINDS = {"address", "birthDate", "company", "customerName", "customerNumber", "date", "email", "householdNumber",
         "iban", "idCard", "institution", "licensePlate", "pensionNumber", "phone", "staffName", "taxId",
         "thirdPersonName"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def fragments():
    out = set()
    for t in templates21.T:
        _, text = mc.parse_template(t)
        text = mc.ALT_RE.sub("\x00", text)
        for part in re.split(r"\{[A-Za-z]+(?::[a-z]+)?\}|\x00|\n", text):
            part = part.strip()
            if len(part) >= 20:
                out.add(part)
    return sorted(out)


def disjointness():
    notes = []
    name_tokens = set()
    values = {}
    nfiles = 0
    for f in sorted(glob.glob(os.path.join(EARLIER, "*.jsonl"))):
        base = os.path.basename(f)
        if base.startswith(SPLIT + "."):
            continue
        nfiles += 1
        for line in open(f, encoding="utf-8"):
            if not line.strip():
                continue
            o = json.loads(line)
            if base.endswith(".truth.jsonl"):
                values.setdefault(o["kind"], set()).add(o["value"])
                if o["kind"].endswith("Name"):
                    name_tokens |= tokens(o["value"])
            else:
                for e in o.get("events", []):
                    notes.append(e.get("note", ""))
    for f in sorted(glob.glob(os.path.join(EARLIER, "names*.json"))):
        if f.endswith("names-heldout21.json"):
            continue
        acc = []
        from extract_names21 import walk
        walk(json.load(open(f, encoding="utf-8")), acc)
        for s in acc:
            name_tokens |= tokens(s)
    big = "\n".join(notes)
    low = big.lower()
    frs = fragments()
    hits = [fr for fr in frs if fr in big or fr.lower() in low]
    own = json.load(open(os.path.join(HERE, "names-heldout21.json"), encoding="utf-8"))
    mine = set()
    for pop in mc.POPS:
        for g in ("m", "f", "s"):
            for n in own[pop][g]:
                mine |= tokens(n)
    truth = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + ".truth.jsonl"), encoding="utf-8")]
    for t in truth:
        if t["kind"].endswith("Name"):
            mine |= tokens(t["value"])
    shared = mine & name_tokens
    identical = {}
    for t in truth:
        if t["value"] in values.get(t["kind"], ()):
            identical[t["kind"]] = identical.get(t["kind"], 0) + 1
    res = {"earlierFiles": nfiles, "earlierNotes": len(notes), "templateFragmentsAtLeast20": len(frs),
           "fragmentsFoundEarlier": len(hits), "nameTokensHeldout21": len(mine), "earlierNameTokens": len(name_tokens),
           "sharedNameTokens": len(shared), "sharedNameTokensLongerThan1": len([x for x in shared if len(x) > 1]),
           "truthValuesIdenticalToEarlierByKind": dict(sorted(identical.items()))}
    return res, hits


def check_record(i, r):
    where = "record %d" % i
    req = ["customerNumber", "legalDomain", "regionalDirectorate", "team", "teamLead", "caseWorker", "customer",
           "customerProcess", "customerGroup", "municipalServices16a", "review", "profileHistory", "events",
           "measures", "caseManagement"]
    for k in req:
        assert k in r, where + " missing key"
    assert r["legalDomain"] in ("SGB2", "SGB3"), where
    if r["legalDomain"] == "SGB2":
        assert "jobCentre" in r and "householdNumber" in r and "agency" not in r, where
    else:
        assert "agency" in r and "jobCentre" not in r and "householdNumber" not in r, where
    assert r["customerProcess"] in ("placement", "rehabilitation", "employerService"), where
    assert r["customerGroup"] in ("general", "longTermUnemployed", "youngAdults", "olderWorkers", "singleParents",
                                  "returners", "disabledPersons", "refugees"), where
    c = r["customer"]
    assert c["gender"] in ("f", "m", "d", "x") and ISO.fullmatch(c["birthDate"]), where
    for k in ("firstName", "lastName", "address", "phone", "email", "iban", "taxId", "pensionInsuranceNumber"):
        assert c.get(k), where + " customer field"
    assert set(c["address"]) == {"street", "postcode", "city"}, where
    assert r["review"]["teamLeadVerdict"] in ("goalOriented", "notGoalOriented") and re.fullmatch(r"\d{4}-\d{2}", r["review"]["month"]), where
    for p in r["profileHistory"]:
        assert p["profile"] in ("market", "activation", "support", "development", "stabilisation", "assistance") and ISO.fullmatch(p["from"]), where
    assert len(r["events"]) == 5, where
    for e in r["events"]:
        assert e["type"] in ("counselling", "invitation", "cooperationPlan", "placementProposal", "applicationReview",
                             "employerContact", "caseConference", "hearing", "missedAppointment", "statusUpdate"), where
        assert e["channel"] in ("inPerson", "phone", "video") and ISO.fullmatch(e["date"]) and e["note"], where
    for m in r["measures"]:
        assert m["kind"] in ("activation", "qualification", "languageCourse", "coaching", "jobApplicationTraining",
                             "workOpportunity", "wageSubsidy", "rehabilitation"), where
        assert m["outcome"] in ("completed", "aborted", "ongoing") and ISO.fullmatch(m["start"]) and ISO.fullmatch(m["end"]), where
    cm = r["caseManagement"]
    assert cm["exitReason"] in (None, "goalAchieved", "employment", "transferToPlacement", "moved", "incapacity", "noCooperation"), where


def md5(p):
    return hashlib.md5(open(p, "rb").read()).hexdigest()


def determinism():
    outs = []
    for seed in ("1", "777"):
        d = tempfile.mkdtemp(prefix="h21-")
        for f in ("make_corpus21.py", "templates21.py", "own21.py", "names-heldout21.json"):
            shutil.copy(os.path.join(HERE, f), d)
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, os.path.join(d, "make_corpus21.py")], cwd=d, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        outs.append(tuple(md5(os.path.join(d, f)) for f in (SPLIT + ".jsonl", SPLIT + ".truth.jsonl", "counts-" + SPLIT + ".json")))
        shutil.rmtree(d)
    here = tuple(md5(os.path.join(HERE, f)) for f in (SPLIT + ".jsonl", SPLIT + ".truth.jsonl", "counts-" + SPLIT + ".json"))
    assert outs[0] == outs[1] == here, "not deterministic"
    return {"PYTHONHASHSEED=1": list(outs[0]), "PYTHONHASHSEED=777": list(outs[1]), "files": list(here), "identical": True}


def consistency():
    recs = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + ".jsonl"), encoding="utf-8")]
    truth = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + ".truth.jsonl"), encoding="utf-8")]
    counts = json.load(open(os.path.join(HERE, "counts-" + SPLIT + ".json"), encoding="utf-8"))[SPLIT]
    assert len(recs) == 160 and sum(1 for r in recs if r["legalDomain"] == "SGB2") == 120
    for i, r in enumerate(recs):
        check_record(i, r)
    for t in truth:
        assert set(t) == {"record", "event", "start", "end", "kind", "value"}
        assert t["kind"] in KINDS, "kind r%d e%d" % (t["record"], t["event"])
    mc.verify(recs, truth, [1], None)
    per = {}
    for t in truth:
        per[t["kind"]] = per.get(t["kind"], 0) + 1
    assert per == counts["perKind"] and len(truth) == counts["spans"], "counts differ"
    raw = open(os.path.join(HERE, SPLIT + ".jsonl"), "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
    return {"records": len(recs), "spans": len(truth), "perKind": dict(sorted(per.items())), "recordFormat": "ok",
            "offsets": "ok", "checkDigits": "ok", "overlaps": 0, "adjacentNameSpans": 0}


def main():
    mc.selftest()
    res, hits = disjointness()
    for h in hits:
        print("own fragment found earlier:", h)
    cons = consistency()
    det = determinism()
    out = {SPLIT: {"disjointness": res, "consistency": cons, "determinism": det}}
    with open(os.path.join(HERE, "disjointness-" + SPLIT + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(json.dumps(out, ensure_ascii=False, indent=1))
    assert not hits, "template fragments found in earlier notes"
    assert res["sharedNameTokensLongerThan1"] == 0, "shared name tokens"
    print("ALL CHECKS PASSED")


if __name__ == "__main__":
    main()
