# -*- coding: utf-8 -*-
"""Generator of the evaluation split heldout21 (session 24). Python 3 stdlib only, deterministic (seed 20261208-21).

Reads names-heldout21.json, templates21.py and own21.py in its own folder; writes heldout21.jsonl,
heldout21.truth.jsonl, counts-heldout21.json and run-heldout21.log.

Slot syntax in templates21.py ({X} or {IN:group}):
  customerName : C (any form), CL (surname, after Herr/Frau), CU (capitals), CB (birth name)
  staffName    : W (case worker), L (team lead), S (colleague), Sm / Sf (colleague of fixed gender)
  thirdPerson  : T (anyone), TK (child, given name), R / Rm / Rf (relative with the customer's surname)
  date         : D (dates of one note run forward)       birthDate : BD (someone else), CD (the customer)
  company      : CO (German), COC (craft after the owner), COB (brand), COT (temp agency), COI (collection),
                 COS (sector employer), COF (foreign, of the customer's population)
  institution  : IN:<group> (type + town), INB (named body), INK (chamber), INF (foreign body)
  address      : AD (German, the record's directorate), CA (the customer's own), ADF (foreign)
  phone        : PH (German), CP (the customer's), WP (the case worker's), PHF (foreign)
  email        : EM (person or company), CE (the customer's), WE (the case worker's)
  iban         : CI (the customer's), IB (German), IBF (foreign)
  idCard       : IDA (German ID card), IDP (German passport), IDE (residence title), DL (German driving licence),
                 FID (national ID of the population), FPA (passport), FRP (residence document), FDL (driving licence)
  licensePlate : LP (German, the record's district), LPX (German, any), LPF (foreign)
  taxId        : CT (the customer's), TX (German), TXF (foreign)        pensionNumber : CR (the customer's), RV
  customerNumber : KN (the record's), KNO (another)                     householdNumber : BG (the record's), BGO
Gender alternatives ⟨male|female⟩ follow the customer's gender.
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own21  # noqa: E402
import templates21  # noqa: E402

SEED = "20261208-21"
SPLIT = "heldout21"
POPS = ["kw21", "sn21", "mq21", "de21"]

KIND = {}
for k in ("C", "CL", "CU", "CB"):
    KIND[k] = "customerName"
for k in ("W", "L", "S", "Sm", "Sf"):
    KIND[k] = "staffName"
for k in ("T", "TK", "R", "Rm", "Rf"):
    KIND[k] = "thirdPersonName"
KIND.update({"D": "date", "BD": "birthDate", "CD": "birthDate"})
for k in ("CO", "COC", "COB", "COT", "COI", "COS", "COF"):
    KIND[k] = "company"
for k in ("IN", "INB", "INK", "INF"):
    KIND[k] = "institution"
for k in ("AD", "CA", "ADF"):
    KIND[k] = "address"
for k in ("PH", "CP", "WP", "PHF"):
    KIND[k] = "phone"
for k in ("EM", "CE", "WE"):
    KIND[k] = "email"
for k in ("CI", "IB", "IBF"):
    KIND[k] = "iban"
for k in ("IDA", "IDP", "IDE", "DL", "FID", "FPA", "FRP", "FDL"):
    KIND[k] = "idCard"
for k in ("LP", "LPX", "LPF"):
    KIND[k] = "licensePlate"
for k in ("CT", "TX", "TXF"):
    KIND[k] = "taxId"
KIND.update({"CR": "pensionNumber", "RV": "pensionNumber", "KN": "customerNumber", "KNO": "customerNumber",
             "BG": "householdNumber", "BGO": "householdNumber"})
NAME_KINDS = {"customerName", "staffName", "thirdPersonName"}
SLOT_RE = re.compile(r"\{([A-Za-z]+)(?::([a-z]+))?\}")
ALT_RE = re.compile(r"⟨([^|⟩]*)\|([^⟩]*)⟩")
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]


# ---------------------------------------------------------------- check digits
def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    chk = 11 - product
    return 0 if chk == 10 else chk


def taxid_ok(s):
    d = re.sub(r"[\s/]", "", s)
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    counts = {}
    for c in d[:10]:
        counts[c] = counts.get(c, 0) + 1
    if sorted(counts.values(), reverse=True)[0] not in (2, 3) or len([v for v in counts.values() if v > 1]) != 1:
        return False
    return taxid_check(d[:10]) == int(d[10])


def rv_check(area, date6, letter, serial):
    digits = area + date6 + "%02d" % (ord(letter.upper()) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for a, b in zip(digits, w):
        p = int(a) * b
        tot += p // 10 + p % 10
    return tot % 10


def rv_ok(s):
    d = re.sub(r"[\s\-]", "", s).upper()
    m = re.fullmatch(r"(\d\d)(\d{6})([A-Z])(\d\d)(\d)", d)
    return bool(m) and rv_check(m.group(1), m.group(2), m.group(3), m.group(4)) == int(m.group(5))


def c731(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s.upper()):
        tot += int(c, 36) * w[i % 3]
    return tot % 10


def doc731_ok(s):
    d = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z0-9]{2,}", d):
        return False
    return d[-1].isdigit() and c731(d[:-1]) == int(d[-1])


def cedula_check(d9):
    tot = 0
    for i, c in enumerate(d9):
        v = int(c) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return (10 - tot % 10) % 10


def cedula_ok(s):
    d = s.replace("-", "").replace(" ", "")
    return bool(re.fullmatch(r"\d{10}", d)) and 1 <= int(d[:2]) <= 24 and int(d[2]) < 6 and cedula_check(d[:9]) == int(d[9])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    d = s.replace(" ", "").replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", d)
    if not m:
        return False
    num = m.group(2)
    if m.group(1):
        if len(num) != 7:
            return False
        num = str("XYZ".index(m.group(1))) + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == m.group(3)


def selftest():
    assert iban_ok("DE89370400440532013000") and not iban_ok("DE89370400440532013001")
    assert iban_ok("ES9121000418450200051332") and not iban_ok("ES9121000418450200051333")
    assert iban_ok("FR1420041010050500013M02606") and not iban_ok("FR1420041010050500013M02607")
    assert taxid_ok("86095742719") and not taxid_ok("86095742718")
    assert taxid_ok("47036892816") and not taxid_ok("47036892817")
    assert rv_ok("15070649C103") and not rv_ok("15070649C104")
    assert doc731_ok("T220001293") and not doc731_ok("T220001294")
    assert cedula_ok("1710034065") and not cedula_ok("1710034066")
    assert dni_ok("12345678Z") and not dni_ok("12345678A")
    assert dni_ok("X1234567L") and not dni_ok("X1234567T")


# ---------------------------------------------------------------- helpers
def ascii_fold(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("Ä", "Ae") \
        .replace("Ö", "Oe").replace("Ü", "Ue").replace("œ", "oe").replace("Œ", "Oe")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def slug(s):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        with open(os.path.join(HERE, "names-heldout21.json"), encoding="utf-8") as fh:
            self.names = json.load(fh)
        self.pools = self.names["pools"]
        self.villages = {rd: [tuple(v) for v in self.pools["villages." + rd]] for rd in ("BY", "SAC", "BB")}
        self.towns = {rd: sorted(set(self.pools["towns." + rd]) | {v[1] or v[0] for v in self.villages[rd]})
                      for rd in ("BY", "SAC", "BB")}
        self.used_cn = set()
        self.used_bg = set()

    # ---- people
    def given(self, pop, g):
        return self.rng.choice(self.names[pop][g])

    def surname(self, pop):
        r = self.rng
        if pop == "kw21":
            a, b = r.sample(self.names[pop]["s"], 2)
            return a + " " + b if r.random() < 0.6 else a
        s = r.choice(self.names[pop]["s"])
        if pop == "de21" and r.random() < 0.05:
            s = s + "-" + r.choice(self.names[pop]["s"])
        return s

    def person(self, pop, g=None, surname=None):
        g = g or self.rng.choice("mf")
        return {"pop": pop, "g": g, "given": self.given(pop, g), "sur": surname or self.surname(pop)}

    def staff_pop(self):
        x = self.rng.random()
        return "de21" if x < 0.7 else ("kw21" if x < 0.8 else ("sn21" if x < 0.9 else "mq21"))

    def name_form(self, p, role, dot_after=False):
        r = self.rng
        gv, sv = p["given"], p["sur"]
        x = r.random()
        if role == "customer":
            if p["pop"] in ("sn21", "mq21") and x < 0.12:
                return sv.upper() + " " + gv
            if x < 0.45:
                return gv + " " + sv
            if x < 0.6:
                return sv + ", " + gv
            if x < 0.67:
                return sv.upper() + ", " + gv
            if x < 0.76:
                return gv[0] + ". " + sv
            if x < 0.81:
                return (gv + " " + sv).upper()
            if x < 0.86:
                return (gv + " " + sv).lower()
            if x < 0.92:
                return gv + " " + sv[0] + "."
            return gv
        if role == "staff":
            if x < 0.5:
                return gv + " " + sv
            if x < 0.65:
                return gv[0] + ". " + sv
            if x < 0.77:
                return sv
            if x < 0.87:
                return sv + ", " + gv
            if dot_after:
                return gv + " " + sv
            return "".join(w[0] + "." for w in (gv.split(" ")[0], sv.split(" ")[0].split("-")[0]))
        # third person
        if x < 0.55:
            return gv + " " + sv
        if x < 0.65:
            return gv[0] + ". " + sv
        if x < 0.8:
            return sv
        if x < 0.92:
            return gv
        return sv + ", " + gv

    # ---- dates
    def fmt_date(self, d, pop, birth=False, dot_after=False):
        r = self.rng
        birth = birth or dot_after
        x = r.random()
        if pop in ("kw21", "sn21", "mq21") and x < 0.12:
            if r.random() < 0.4:
                return "%02d/%02d/%d" % (d.day, d.month, d.year)
            if pop == "kw21":
                return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
            return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
        x = r.random()
        if x < 0.45:
            return d.strftime("%d.%m.%Y")
        if x < 0.57:
            return "%d.%d.%d" % (d.day, d.month, d.year)
        if x < 0.69:
            return d.strftime("%d.%m.%y")
        if x < 0.82:
            return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
        if x < 0.9 and not birth:
            return d.strftime("%d.%m.")
        return d.isoformat()

    def birth(self, lo, hi):
        start = datetime.date(lo, 1, 1)
        end = datetime.date(hi, 12, 28)
        return start + datetime.timedelta(days=self.rng.randrange((end - start).days))

    # ---- numbers
    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def de_iban(self, rd):
        return make_iban("DE", self.rng.choice(own21.BANK_CODES[rd]) + self.digits(10))

    def fmt_iban(self, s):
        r = self.rng
        x = r.random()
        groups = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        if x < 0.45:
            return groups
        if x < 0.7:
            return s
        if x < 0.8:
            return groups.lower()
        if x < 0.9:
            return s[:2] + " " + s[2:]
        return ".".join(s[i:i + 4] for i in range(0, len(s), 4))

    def foreign_iban(self, pop):
        r = self.rng
        if pop == "kw21":
            return make_iban("ES", r.choice(["2100", "0049", "0182", "3058"]) + self.digits(4) + self.digits(2) + self.digits(10))
        if pop == "sn21":
            x = r.random()
            if x < 0.4:
                return make_iban("ML", r.choice("ABCD") + self.digits(23))
            if x < 0.6:
                return make_iban("SN", r.choice(["SN", "SA", "SB"]) + self.digits(22))
        bank = r.choice(["20041", "30002", "30004", "11315", "19806"])
        guichet = self.digits(5)
        acct = self.digits(11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97)
        return make_iban("FR", bank + guichet + acct + "%02d" % key)

    def taxid(self):
        r = self.rng
        while True:
            ds = list("0123456789")
            r.shuffle(ds)
            base = ds[:9]
            if base[0] == "0":
                continue
            dup = r.choice(base[1:])
            pos = r.randrange(1, 10)
            d10 = base[:pos] + [dup] + base[pos:]
            d10 = "".join(d10)
            if re.search(r"(\d)\1", d10) or d10[0] == "0":
                continue
            s = d10 + str(taxid_check(d10))
            if taxid_ok(s):
                return s

    def fmt_taxid(self, s):
        x = self.rng.random()
        if x < 0.4:
            return s
        if x < 0.65:
            return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])
        if x < 0.85:
            return "%s %s %s %s" % (s[:3], s[3:6], s[6:9], s[9:])
        return "%s/%s/%s/%s" % (s[:2], s[2:5], s[5:8], s[8:])

    def rv(self, bdate, letter, g):
        area = self.rng.choice(["08", "09", "10", "11", "12", "13", "15", "17", "18", "19", "20", "23", "24", "25",
                                "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "48", "49", "50", "51",
                                "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65"])
        date6 = bdate.strftime("%d%m%y")
        serial = "%02d" % (self.rng.randrange(0, 50) + (50 if g == "f" else 0))
        letter = ascii_fold(letter).upper()[0]
        return area + date6 + letter + serial + str(rv_check(area, date6, letter, serial))

    def fmt_rv(self, s):
        x = self.rng.random()
        if x < 0.35:
            return "%s %s %s %s" % (s[:2], s[2:8], s[8], s[9:])
        if x < 0.65:
            return s
        if x < 0.85:
            return "%s %s %s" % (s[:2], s[2:8], s[8:])
        return "%s-%s-%s-%s" % (s[:2], s[2:8], s[8], s[9:])

    def de_doc(self, first):
        alpha = "CFGHJKLMNPRTVWXYZ0123456789"
        s = self.rng.choice(first) + "".join(self.rng.choice(alpha) for _ in range(8))
        s = s + str(c731(s))
        x = self.rng.random()
        if x < 0.6:
            return s
        if x < 0.85:
            return s[:9] + " " + s[9]
        return s.lower()

    def de_dl(self):
        r = self.rng
        s = r.choice("BCFGHJKLMNPRSTVWXYZ") + self.digits(3) + self.digits(5)
        s = s + str(c731(s)) + r.choice("123")
        return s if r.random() < 0.8 else s[:4] + " " + s[4:9] + " " + s[9:]

    def cedula(self):
        d9 = self.rng.choice(["10", "17", "10", "04"]) + self.rng.choice("012345") + self.digits(6)
        s = d9 + str(cedula_check(d9))
        return s if self.rng.random() < 0.7 else s[:9] + "-" + s[9]

    def dni(self, nie):
        r = self.rng
        if nie:
            p = r.choice("XY")
            num = self.digits(7)
            letter = DNI_LETTERS[int(str("XYZ".index(p)) + num) % 23]
            s = p + num + letter
            return s if r.random() < 0.7 else p + "-" + num + "-" + letter
        num = self.digits(8)
        while num[0] == "0":
            num = self.digits(8)
        s = num + DNI_LETTERS[int(num) % 23]
        return s if r.random() < 0.7 else num + "-" + s[-1]

    def fr_cni(self):
        r = self.rng
        if r.random() < 0.5:
            alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
            return "".join(r.choice(alpha) for _ in range(9))
        s = "%02d%02d" % (r.randrange(95, 100) if r.random() < 0.3 else r.randrange(0, 21), r.randrange(1, 13)) + "972" + self.digits(4)
        s = s + str(c731(s))
        return s if r.random() < 0.7 else s[:4] + " " + s[4:7] + " " + s[7:]

    def foreign_doc(self, pop, kind):
        r = self.rng
        if pop == "kw21":
            if kind == "FID":
                return self.cedula()
            if kind == "FPA":
                return r.choice("AB") + self.digits(7) if r.random() < 0.5 else self.cedula().replace("-", "")
            if kind == "FRP":
                return self.dni(r.random() < 0.6)
            if kind == "FDL":
                return self.dni(r.random() < 0.4)
        if pop == "sn21":
            if kind == "FID":
                n = r.choice("12") + self.digits(12)
                return n if r.random() < 0.6 else "%s %s %s %s" % (n[0], n[1:4], n[4:8], n[8:])
            if kind == "FPA":
                return r.choice(["AA", "AB", "B"]) + self.digits(7)
            if kind == "FRP":
                n = r.choice(["75", "93", "94", "95"]) + self.digits(8)
                return n if r.random() < 0.7 else n[:2] + " " + n[2:6] + " " + n[6:]
            if kind == "FDL":
                return self.digits(12)
        # mq21
        if kind in ("FID", "FRP"):
            return self.fr_cni()
        if kind == "FPA":
            return "%02d%s%s" % (r.randrange(10, 25), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), self.digits(5))
        return self.digits(12) if r.random() < 0.5 else "%02d%s%s" % (r.randrange(13, 25), "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), self.digits(5))

    def foreign_tax(self, pop):
        if pop == "kw21":
            return self.cedula().replace("-", "") + "001"
        n = self.rng.choice("0123") + self.digits(12)
        return n if self.rng.random() < 0.6 else "%s %s %s %s %s" % (n[:2], n[2:4], n[4:7], n[7:10], n[10:])

    def de_plate(self, code):
        r = self.rng
        letters = "".join(r.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") for _ in range(r.choice([1, 2])))
        num = str(r.randrange(1, 9999 if len(code) + len(letters) < 5 else 999))
        x = r.random()
        if x < 0.4:
            s = "%s-%s %s" % (code, letters, num)
        elif x < 0.65:
            s = "%s %s %s" % (code, letters, num)
        elif x < 0.8:
            s = "%s-%s%s" % (code, letters, num)
        elif x < 0.88:
            s = "%s-%s %sE" % (code, letters, num[:3])
        elif x < 0.93:
            s = "%s-%s %sH" % (code, letters, num[:3])
        else:
            s = ("%s-%s %s" % (code, letters, num)).lower()
        return s

    def foreign_plate(self, pop, rd):
        r = self.rng
        L = "BCDFGHJKLMNPRSTVWXYZ"

        def ls(n):
            return "".join(r.choice(L) for _ in range(n))
        if pop == "kw21":
            if r.random() < 0.6:
                return "%s %s" % (self.digits(4), ls(3))
            return "%s%s-%s" % (r.choice("IP"), ls(2), self.digits(4))
        if pop in ("sn21", "mq21"):
            if pop == "sn21" and r.random() < 0.25:
                return "DK-%s-%s" % (self.digits(4), ls(2))
            return "%s-%s-%s" % (ls(2), self.digits(3), ls(2))
        if rd == "BY":
            return "%s-%s %s" % (r.choice(["BR", "SD", "RI", "FR"]), self.digits(3), ls(2))
        if rd == "SAC":
            return "%s%s%s %s" % (r.choice("1234"), r.choice("KUL"), r.choice("123456789"), self.digits(4))
        return "%s %s" % (r.choice(["ZGR", "FSL", "ZPL", "FSU"]), self.digits(1) + ls(1) + self.digits(2))

    def de_phone(self, rd, mobile=None):
        r = self.rng
        if mobile is None:
            mobile = r.random() < 0.55
        if mobile:
            pre = r.choice(["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0175", "0176", "0177", "0178", "0179"])
            num = self.digits(8 if pre in ("0151", "0152", "0157", "0176") else 7)
            x = r.random()
            if x < 0.35:
                return pre + " " + num
            if x < 0.55:
                return pre + "/" + num
            if x < 0.7:
                return "+49 " + pre[1:] + " " + num
            if x < 0.85:
                return pre + "-" + num
            return pre + " " + num[:3] + " " + num[3:]
        area = r.choice(self.villages[rd])[3]
        num = self.digits(max(4, 10 - len(area)))
        x = r.random()
        if x < 0.35:
            return area + " " + num
        if x < 0.55:
            return "(" + area + ") " + num
        if x < 0.75:
            return area + "/" + num
        if x < 0.9:
            return "+49 " + area[1:] + " " + num
        return area + "-" + num

    def foreign_phone(self, pop):
        r = self.rng
        d = self.digits
        if pop == "kw21":
            return r.choice(["+593 9%s %s %s" % (d(1), d(3), d(4)), "+593 6 2%s %s" % (d(2), d(4)),
                             "09%s %s %s" % (d(1), d(3), d(4)), "+34 6%s %s %s %s" % (d(2), d(2), d(2), d(2)),
                             "6%s %s %s" % (d(2), d(3), d(3))])
        if pop == "sn21":
            return r.choice(["+223 7%s %s %s %s" % (d(1), d(2), d(2), d(2)), "00223 6%s %s %s %s" % (d(1), d(2), d(2), d(2)),
                             "+221 77 %s %s %s" % (d(3), d(2), d(2)), "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
                             "07 %s %s %s %s" % (d(2), d(2), d(2), d(2))])
        return r.choice(["+596 696 %s %s %s" % (d(2), d(2), d(2)), "0696 %s %s %s" % (d(2), d(2), d(2)),
                         "0596 %s %s %s" % (d(2), d(2), d(2)), "+33 7 %s %s %s %s" % (d(2), d(2), d(2), d(2))])

    def email_for(self, p, domain=None):
        r = self.rng
        g = slug(p["given"].split(" ")[0]).replace("-", "")
        s = slug(p["sur"].split(" ")[0])
        if domain is None:
            domain = r.choice({"kw21": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
                               "sn21": ["yahoo.fr", "gmail.com", "orange.fr", "hotmail.fr"],
                               "mq21": ["orange.fr", "wanadoo.fr", "gmail.com", "outlook.fr"],
                               "de21": ["web.de", "gmx.de", "t-online.de", "freenet.de", "posteo.de", "gmx.net"]}[p["pop"]])
        x = r.random()
        if x < 0.4:
            local = g + "." + s
        elif x < 0.6:
            local = s + "." + g[0]
        elif x < 0.75:
            local = g + s + str(r.randrange(70, 99))
        elif x < 0.9:
            local = g[0] + "." + s
        else:
            local = s + "_" + g
        e = local + "@" + domain
        return e.upper() if r.random() < 0.04 else e

    # ---- companies and institutions
    def company(self, sub, ctx):
        r = self.rng
        P = self.pools
        if sub == "COC":
            craft = r.choice(own21.CRAFTS)
            s = r.choice(self.names["de21"]["s"])
            return r.choice(["%s %s", "%s %s & Sohn", "%s %s GmbH", "%s %s e.K."]) % (craft, s)
        if sub == "COB":
            return r.choice(P["brands"])
        if sub == "COT":
            return r.choice(P["tempAgencies"]) + r.choice([" GmbH", "", " GmbH & Co. KG"])
        if sub == "COI":
            return r.choice(P["collection"]) + r.choice([" GmbH", " AG", ""])
        if sub == "COS":
            return r.choice(P["sectorFirms"])
        if sub == "COF":
            return r.choice(P["foreignCompanies." + ctx["fpop"]])
        x = r.random()
        W = P["companyWords"]
        if x < 0.32:
            return "%s %s %s" % (r.choice(W), r.choice(own21.TRADES), r.choice(own21.LEGAL))
        if x < 0.42:
            return "%s %s %s" % (r.choice(own21.TRADES), r.choice(W), r.choice(own21.LEGAL))
        if x < 0.52:
            return "%s-%s" % (r.choice(W), r.choice(own21.TRADES))
        if x < 0.66:
            return self.company("COC", ctx)
        sn = self.names["de21"]["s"]
        if x < 0.72:
            a, b = r.sample(sn, 2)
            return r.choice(["%s & %s OHG", "%s und %s GbR", "%s + %s"]) % (a, b)
        if x < 0.77:
            return ("Gebr. %s %s" % (r.choice(sn), r.choice(["GmbH", "KG", ""]))).strip()
        if x < 0.8:
            return "%s & Partner %s" % (r.choice(sn), r.choice(own21.TRADES))
        if x < 0.9:
            return r.choice(P["brands"])
        if x < 0.95:
            return r.choice(P["sectorFirms"])
        return r.choice(P["tempAgencies"]) + " GmbH"

    def institution(self, sub, group, ctx):
        r = self.rng
        if sub == "INB":
            return r.choice(self.pools["namedBodies"])
        if sub == "INK":
            return r.choice(self.pools["chambers." + ctx["rd"]])
        if sub == "INF":
            return r.choice(self.pools["foreignBodies." + ctx["fpop"]])
        group = group or r.choice(sorted(own21.INST_GROUPS))
        return r.choice(own21.INST_GROUPS[group]).replace("{T}", r.choice(self.towns[ctx["rd"]]))

    # ---- addresses
    def street(self):
        r = self.rng
        if r.random() < 0.25:
            st = r.choice(self.pools["fixedStreets"])
        else:
            st = r.choice(self.pools["streetBases"]) + r.choice(own21.STREET_SUFFIXES)
        n = str(r.randrange(1, 90))
        x = r.random()
        if x < 0.12:
            n += r.choice("abc")
        elif x < 0.18:
            n += " " + r.choice("ab")
        elif x < 0.22:
            n = "%s-%s" % (n, int(n) + 2)
        return st, n

    def fmt_addr(self, st, n, plz, city, parent):
        r = self.rng
        if st.endswith("straße") and r.random() < 0.25:
            st = st[:-6] + "str."
        place = city if not parent else r.choice([parent + " OT " + city, parent + "-" + city]) if r.random() < 0.5 else (parent or city)
        x = r.random()
        if x < 0.45:
            s = "%s %s, %s %s" % (st, n, plz, place)
        elif x < 0.55:
            s = "%s %s in %s %s" % (st, n, plz, place)
        elif x < 0.65:
            s = "%s %s, %s %s" % (plz, place, st, n)
        elif x < 0.78:
            s = "%s %s\n%s %s" % (st, n, plz, place)
        elif x < 0.88:
            s = "%s %s" % (st, n)
        elif x < 0.94:
            s = ("%s %s, %s %s" % (st, n, plz, place)).upper()
        else:
            s = "%s %s, %s" % (st, n, place)
        return s

    def de_addr(self, rd):
        v = self.rng.choice(self.villages[rd])
        st, n = self.street()
        return self.fmt_addr(st, n, v[2], v[0], v[1])

    def cust_addr(self, rec):
        a = rec["_addr"]
        return self.fmt_addr(a[0], a[1], a[2], a[3], a[4])


def ordered_dates(gen, base, k):
    out = []
    d = base - datetime.timedelta(days=gen.rng.randrange(0, 40))
    for _ in range(k):
        d = d + datetime.timedelta(days=gen.rng.randrange(1, 30))
        out.append(d)
    return out


def parse_template(t):
    m = re.match(r"\[([^\]]*)\] ", t)
    tags = set(x for x in m.group(1).split(",") if x) if m else set()
    text = t[m.end():] if m else t
    if "{BG}" in text or "{BGO}" in text:
        tags.add("2")
    if "Herkunftsland" in text:
        tags.add("fx")
    return tags, text


def fill(gen, text, rec, ev_date):
    r = gen.rng
    cust = rec["_cust"]
    ctx = rec["_ctx"]
    text = ALT_RE.sub(lambda m: m.group(1) if cust["g"] == "m" else m.group(2), text)
    slots = list(SLOT_RE.finditer(text))
    nd = sum(1 for m in slots if m.group(1) == "D")
    dates = ordered_dates(gen, ev_date, nd)
    out = []
    spans = []
    pos = 0
    used_people = {(cust["given"], cust["sur"]), (rec["_cw"]["given"], rec["_cw"]["sur"]), (rec["_tl"]["given"], rec["_tl"]["sur"])}
    fpop = ctx["pop"] if ctx["pop"] != "de21" else r.choice(["kw21", "sn21", "mq21"])
    lctx = dict(ctx, fpop=fpop)

    def fresh(pop, g=None, sur=None):
        for _ in range(50):
            p = gen.person(pop, g, sur)
            if (p["given"], p["sur"]) not in used_people and p["sur"] != cust["sur"] or sur:
                if (p["given"], p["sur"]) not in used_people:
                    used_people.add((p["given"], p["sur"]))
                    return p
        raise AssertionError("no fresh person")

    prev_kind = None
    for m in slots:
        out.append(text[pos:m.start()])
        pos = m.end()
        k, sub = m.group(1), m.group(2)
        rd = ctx["rd"]
        dot_after = text[m.end():m.end() + 1] == "."
        if k == "C":
            v = gen.name_form(cust, "customer")
        elif k == "CL":
            v = cust["sur"]
        elif k == "CU":
            v = r.choice([cust["sur"].upper() + " " + cust["given"], (cust["given"] + " " + cust["sur"]).upper(),
                          cust["sur"].upper() + ", " + cust["given"].upper()])
        elif k == "CB":
            v = r.choice([cust["given"] + " " + rec["customer"]["birthName"], rec["customer"]["birthName"]])
        elif k == "W":
            v = gen.name_form(rec["_cw"], "staff", dot_after)
        elif k == "L":
            v = gen.name_form(rec["_tl"], "staff", dot_after)
        elif k in ("S", "Sm", "Sf"):
            v = gen.name_form(fresh(gen.staff_pop(), {"Sm": "m", "Sf": "f"}.get(k)), "staff", dot_after)
        elif k == "T":
            pop = ctx["pop"] if r.random() < 0.55 else r.choice(POPS)
            v = gen.name_form(fresh(pop), "third")
        elif k == "TK":
            v = gen.given(ctx["pop"], r.choice("mf"))
            if r.random() < 0.2:
                v = v + " " + cust["sur"]
        elif k in ("R", "Rm", "Rf"):
            p = fresh(ctx["pop"], {"Rm": "m", "Rf": "f"}.get(k), cust["sur"])
            v = p["given"] + " " + p["sur"] if r.random() < 0.75 else p["given"]
        elif k == "D":
            v = gen.fmt_date(dates.pop(0), ctx["pop"], dot_after=text[m.end():m.end() + 1] == ".")
        elif k == "BD":
            before = text[max(0, m.start() - 45):m.start()]
            child = prev_kind == "TK" or re.search(r"Kind|Sohn|Tochter|Kinder|Schwester", before)
            v = gen.fmt_date(gen.birth(2006, 2023) if child else gen.birth(1950, 2001), ctx["pop"], birth=True)
        elif k == "CD":
            v = gen.fmt_date(rec["_bdate"], ctx["pop"], birth=True)
        elif KIND[k] == "company":
            v = gen.company(k, lctx)
        elif KIND[k] == "institution":
            v = gen.institution(k, sub, lctx)
        elif k == "AD":
            v = gen.de_addr(rd)
        elif k == "CA":
            v = gen.cust_addr(rec)
        elif k == "ADF":
            v = r.choice(gen.pools["foreignAddr." + fpop])
        elif k == "PH":
            v = gen.de_phone(rd)
        elif k == "CP":
            v = rec["customer"]["phone"] if r.random() < 0.6 else gen.de_phone(rd, True)
        elif k == "WP":
            v = rec["caseWorker"]["phone"]
        elif k == "PHF":
            v = gen.foreign_phone(fpop)
        elif k == "EM":
            if r.random() < 0.6:
                v = gen.email_for(fresh(r.choice(POPS)))
            else:
                v = r.choice(["bewerbung", "info", "personal", "kontakt", "jobs", "office"]) + "@" + \
                    slug(r.choice(gen.pools["companyWords"])) + "-" + slug(r.choice(own21.TRADES)) + r.choice([".de", ".com", ".eu"])
        elif k == "CE":
            v = rec["customer"]["email"]
        elif k == "WE":
            v = rec["caseWorker"]["email"]
        elif k == "CI":
            v = gen.fmt_iban(rec["customer"]["iban"])
        elif k == "IB":
            v = gen.fmt_iban(gen.de_iban(rd))
        elif k == "IBF":
            v = gen.fmt_iban(gen.foreign_iban(fpop))
        elif k == "IDA":
            v = gen.de_doc("LMNPRTVWX")
        elif k == "IDP":
            v = gen.de_doc("CFGHJK")
        elif k == "IDE":
            v = gen.de_doc("YWXV")
        elif k == "DL":
            v = gen.de_dl()
        elif k in ("FID", "FPA", "FRP", "FDL"):
            v = gen.foreign_doc(fpop, k)
        elif k == "LP":
            v = gen.de_plate(r.choice(ctx["plates"]))
        elif k == "LPX":
            v = gen.de_plate(r.choice(["REG", "FRG", "DEG", "SR", "TS", "MB", "ERZ", "FG", "BZ", "BAR", "UM", "OPR", "LOS", "EE", "M", "L", "B", "CB", "DD", "PA", "LA"]))
        elif k == "LPF":
            v = gen.foreign_plate(fpop if ctx["pop"] != "de21" or r.random() < 0.3 else "de21", rd)
        elif k == "CT":
            v = gen.fmt_taxid(rec["customer"]["taxId"])
        elif k == "TX":
            v = gen.fmt_taxid(gen.taxid())
        elif k == "TXF":
            v = gen.foreign_tax(fpop)
        elif k == "CR":
            v = gen.fmt_rv(rec["customer"]["pensionInsuranceNumber"])
        elif k == "RV":
            g = r.choice("mf")
            v = gen.fmt_rv(gen.rv(gen.birth(1940, 1990), r.choice(gen.names["de21"]["s"]), g))
        elif k == "KN":
            v = fmt_cn(gen, rec["customerNumber"])
        elif k == "KNO":
            v = fmt_cn(gen, rec["customerNumber"][:3] + "D" + gen.digits(6))
        elif k == "BG":
            v = fmt_bg(gen, rec["householdNumber"])
        elif k == "BGO":
            v = fmt_bg(gen, rec["householdNumber"][:5] + "BG" + gen.digits(7))
        else:
            raise AssertionError("unknown slot")
        prev_kind = k
        if v.endswith(".") and text[pos:pos + 1] == ".":
            pos += 1  # a value ending in an abbreviation dot also ends the sentence
        start = sum(len(x) for x in out)
        out.append(v)
        spans.append((start, start + len(v), KIND[k], v))
    out.append(text[pos:])
    return "".join(out), spans


def fmt_cn(gen, s):
    x = gen.rng.random()
    if x < 0.5:
        return s
    if x < 0.75:
        return s[:4] + " " + s[4:]
    if x < 0.9:
        return s[:3] + "-D-" + s[4:]
    return s.lower()


def fmt_bg(gen, s):
    x = gen.rng.random()
    if x < 0.45:
        return s
    if x < 0.75:
        return s[:5] + " BG " + s[7:]
    if x < 0.9:
        return s[:5] + "-BG-" + s[7:]
    return s.lower()


def build():
    selftest()
    gen = Gen()
    r = gen.rng
    tpl = [parse_template(t) for t in templates21.T]
    assert len(set(templates21.T)) == len(templates21.T), "duplicate template"
    uses = [0] * len(tpl)
    pops = ["kw21"] * 32 + ["sn21"] * 32 + ["mq21"] * 32 + ["de21"] * 64
    r.shuffle(pops)
    rds = ["BY"] * 54 + ["SAC"] * 53 + ["BB"] * 53
    r.shuffle(rds)
    records, truth = [], []
    ev_types = ["counselling", "invitation", "cooperationPlan", "placementProposal", "applicationReview",
                "employerContact", "caseConference", "hearing", "missedAppointment", "statusUpdate"]
    groups = ["general", "longTermUnemployed", "youngAdults", "olderWorkers", "singleParents", "returners",
              "disabledPersons", "refugees"]
    for i in range(160):
        sgb = "SGB3" if i % 4 == 3 else "SGB2"
        pop, rd = pops[i], rds[i]
        office = r.choice(own21.OFFICES[rd])
        plates = office[4]
        vill = r.choice([v for v in gen.villages[rd] if v[4] in plates] or gen.villages[rd])
        g = r.choice("mf")
        cust = gen.person(pop, g)
        group = r.choice(groups if pop != "de21" else groups[:7])
        if group == "olderWorkers":
            bdate = gen.birth(1960, 1970)
        elif group == "youngAdults":
            bdate = gen.birth(2000, 2006)
        else:
            bdate = gen.birth(1968, 2002)
        birthname = None
        if g == "f" and pop in ("de21", "mq21") and r.random() < 0.3:
            birthname = gen.surname(pop)
            if birthname == cust["sur"]:
                birthname = None
        nat = {"kw21": "EC" if r.random() < 0.55 else "ES", "sn21": r.choice(["ML", "ML", "SN", "FR"]),
               "mq21": "FR", "de21": "DE"}[pop]
        if pop != "de21" and r.random() < 0.2:
            nat = "DE"
        st, n = gen.street()
        cw = gen.person(gen.staff_pop())
        tl = gen.person(gen.staff_pop())
        jc_id = office[0]
        while True:
            cn = (jc_id[:3] if sgb == "SGB2" else office[2]) + "D" + gen.digits(6)
            if cn not in gen.used_cn:
                gen.used_cn.add(cn)
                break
        cw_mail_dom = "jobcenter-ge.de" if sgb == "SGB2" else "arbeitsagentur.de"
        cw_email = "%s.%s@%s" % (slug(cw["given"].split(" ")[0]).replace("-", ""), slug(cw["sur"].split(" ")[0]), cw_mail_dom)
        area = vill[3]
        rec = {"customerNumber": cn}
        if sgb == "SGB2":
            while True:
                bg = jc_id + "BG" + gen.digits(7)
                if bg not in gen.used_bg:
                    gen.used_bg.add(bg)
                    break
            rec["householdNumber"] = bg
        rec["legalDomain"] = sgb
        rec["regionalDirectorate"] = rd
        if sgb == "SGB2":
            rec["jobCentre"] = {"id": jc_id, "name": office[1], "consents16a": r.random() < 0.3}
        else:
            rec["agency"] = {"id": office[2], "name": office[3]}
        rec["team"] = "%s-T%02d" % (jc_id if sgb == "SGB2" else office[2], r.randrange(1, 30))
        rec["teamLead"] = {"id": "TL-%04d" % r.randrange(1000, 9999), "name": tl["given"] + " " + tl["sur"]}
        rec["caseWorker"] = {"id": "MA-%04d" % r.randrange(1000, 9999), "name": cw["given"] + " " + cw["sur"],
                             "phone": "%s %s-%s" % (area, gen.digits(3), gen.digits(3)), "email": cw_email}
        letter = (birthname or cust["sur"])
        if pop == "sn21":
            letter = cust["sur"]
        rec["customer"] = {"firstName": cust["given"], "lastName": cust["sur"], "birthName": birthname,
                           "birthDate": bdate.isoformat(), "gender": g, "nationality": nat,
                           "address": {"street": "%s %s" % (st, n), "postcode": vill[2], "city": vill[1] or vill[0]},
                           "phone": gen.de_phone(rd, True), "email": gen.email_for(cust), "iban": gen.de_iban(rd),
                           "taxId": gen.taxid(), "pensionInsuranceNumber": gen.rv(bdate, letter, g)}
        rec["customerProcess"] = r.choice(["placement"] * 6 + ["rehabilitation"] * (2 if group == "disabledPersons" else 0) + (["employerService"] if sgb == "SGB3" else []))
        rec["customerGroup"] = group
        rec["municipalServices16a"] = sgb == "SGB2" and r.random() < 0.25
        start = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(0, 120))
        ev_dates = sorted(start + datetime.timedelta(days=r.randrange(0, 190)) for _ in range(5))
        rec["review"] = {"flagged": r.random() < 0.3, "month": ev_dates[-1].strftime("%Y-%m"),
                         "teamLeadVerdict": r.choice(["goalOriented", "notGoalOriented"])}
        profiles = ["market", "activation", "support", "development", "stabilisation", "assistance"]
        ph = [{"from": start.isoformat(), "profile": r.choice(profiles)}]
        if r.random() < 0.5:
            ph.append({"from": (start + datetime.timedelta(days=r.randrange(30, 90))).isoformat(), "profile": r.choice(profiles)})
        rec["profileHistory"] = ph
        rec["_cust"], rec["_cw"], rec["_tl"], rec["_bdate"] = cust, cw, tl, bdate
        rec["_addr"] = (st, n, vill[2], vill[0], vill[1])
        rec["_ctx"] = {"pop": pop, "rd": rd, "plates": plates}
        events = []
        used_here = set()
        for e in range(5):
            def fits(j):
                tags = tpl[j][0]
                if j in used_here or uses[j] >= 5:
                    return False
                if any(p[:2] in tags for p in POPS) and pop[:2] not in tags:
                    return False
                if any(x in tags for x in ("BY", "SAC", "BB")) and rd not in tags:
                    return False
                if "2" in tags and sgb != "SGB2":
                    return False
                if "3" in tags and sgb != "SGB3":
                    return False
                if "bn" in tags and not birthname:
                    return False
                if "fx" in tags and pop == "de21":
                    return False
                return True
            cands = [j for j in range(len(tpl)) if fits(j)]
            pref = None
            if e in (1, 3):
                pr = 0.8 if pop != "de21" else 0.3
                if r.random() < pr:
                    pref = [j for j in cands if pop[:2] in tpl[j][0]]
            elif e == 2 and r.random() < 0.35:
                pref = [j for j in cands if rd in tpl[j][0]]
            elif e == 4 and r.random() < 0.5:
                pref = [j for j in cands if ("2" if sgb == "SGB2" else "3") in tpl[j][0]]
            if pref:
                cands = pref
            mu = min(uses[j] for j in cands)
            best = [j for j in cands if uses[j] == mu]
            j = r.choice(best)
            uses[j] += 1
            used_here.add(j)
            note, spans = fill(gen, tpl[j][1], rec, ev_dates[e])
            events.append({"date": ev_dates[e].isoformat(), "type": r.choice(ev_types),
                           "channel": r.choice(["inPerson", "inPerson", "phone", "video"]), "note": note})
            for (s, en, kind, v) in spans:
                truth.append({"record": i, "event": e, "start": s, "end": en, "kind": kind, "value": v})
        rec["events"] = events
        ms = []
        for _ in range(r.randrange(0, 3)):
            ms_start = start + datetime.timedelta(days=r.randrange(10, 150))
            ms.append({"start": ms_start.isoformat(), "end": (ms_start + datetime.timedelta(days=r.randrange(20, 120))).isoformat(),
                       "kind": r.choice(["activation", "qualification", "languageCourse", "coaching", "jobApplicationTraining",
                                         "workOpportunity" if sgb == "SGB2" else "coaching", "wageSubsidy", "rehabilitation"]),
                       "outcome": r.choice(["completed", "aborted", "ongoing"])})
        rec["measures"] = ms
        ex = r.random() < 0.2
        rec["caseManagement"] = {"intake": start.isoformat(), "exit": ev_dates[-1].isoformat() if ex else None,
                                 "exitReason": r.choice(["goalAchieved", "employment", "moved", "transferToPlacement"]) if ex else None}
        records.append(rec)
    return records, truth, uses, tpl


def verify(records, truth, uses, tpl):
    by = {}
    for t in truth:
        by.setdefault((t["record"], t["event"]), []).append(t)
    for t in truth:
        note = records[t["record"]]["events"][t["event"]]["note"]
        assert note[t["start"]:t["end"]] == t["value"], "offset r%d e%d %s" % (t["record"], t["event"], t["kind"])
        assert t["value"] == t["value"].strip() and t["value"], "trim r%d e%d %s" % (t["record"], t["event"], t["kind"])
        v = t["value"]
        k = t["kind"]
        if k == "iban":
            assert iban_ok(v), "iban r%d e%d" % (t["record"], t["event"])
        if k == "pensionNumber":
            assert rv_ok(v), "rv r%d e%d" % (t["record"], t["event"])
        if k == "taxId":
            d = re.sub(r"[\s/]", "", v)
            assert taxid_ok(v) or re.fullmatch(r"\d{13}", d), "tax r%d e%d" % (t["record"], t["event"])
            if len(d) == 13 and d.endswith("001") and d[0] in "01":
                assert cedula_ok(d[:10]) or d[0] in "0123", "ruc r%d e%d" % (t["record"], t["event"])
        if k == "idCard":
            d = v.replace(" ", "").replace("-", "")
            ok = (doc731_ok(v) and len(d) == 10) or cedula_ok(v) or dni_ok(v) or \
                re.fullmatch(r"[A-Z]{1,2}\d{7}", d) or re.fullmatch(r"\d{10}", d) or re.fullmatch(r"\d{12,13}", d) or \
                re.fullmatch(r"[A-Z0-9]{9}", d.upper()) or re.fullmatch(r"\d\d[A-Z]{2}\d{5}", d) or \
                (len(d) == 11 and doc731_ok(d[:10]))
            assert ok, "id r%d e%d" % (t["record"], t["event"])
    for key, ts in by.items():
        ts = sorted(ts, key=lambda x: x["start"])
        note = records[key[0]]["events"][key[1]]["note"]
        for a, b in zip(ts, ts[1:]):
            assert a["end"] <= b["start"], "overlap r%d e%d" % key
            if a["kind"] in NAME_KINDS and b["kind"] in NAME_KINDS:
                assert note[a["end"]:b["start"]].strip(" \t") != "", "adjacent names r%d e%d" % key
    for i, rec in enumerate(records):
        c = rec["customer"]
        assert iban_ok(c["iban"]) and taxid_ok(c["taxId"]) and rv_ok(c["pensionInsuranceNumber"]), "record %d ids" % i
        bd = datetime.date.fromisoformat(c["birthDate"])
        pn = c["pensionInsuranceNumber"]
        assert pn[2:8] == bd.strftime("%d%m%y"), "record %d rv date" % i
        assert (int(pn[9:11]) >= 50) == (c["gender"] == "f"), "record %d rv gender" % i
        if rec["legalDomain"] == "SGB2":
            assert "jobCentre" in rec and "agency" not in rec and rec["householdNumber"].startswith(rec["jobCentre"]["id"] + "BG")
            assert rec["customerNumber"].startswith(rec["jobCentre"]["id"][:3])
        else:
            assert "agency" in rec and "jobCentre" not in rec and "householdNumber" not in rec
            assert rec["customerNumber"].startswith(rec["agency"]["id"])
        assert len(rec["events"]) == 5 and all(e["note"] for e in rec["events"])
        for e in rec["events"]:
            assert all(ord(ch) < 0x10000 for ch in e["note"]), "BMP"
    assert all(u >= 1 for u in uses), "unused template"
    assert max(uses) <= 5


def public(rec):
    return {k: v for k, v in rec.items() if not k.startswith("_")}


def main():
    records, truth, uses, tpl = build()
    verify(records, truth, uses, tpl)
    recs = [public(x) for x in records]
    with open(os.path.join(HERE, SPLIT + ".jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for x in recs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, SPLIT + ".truth.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    # re-read and re-verify
    rr = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + ".jsonl"), encoding="utf-8")]
    tt = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + ".truth.jsonl"), encoding="utf-8")]
    verify(rr, tt, uses, tpl)
    per = {}
    for t in truth:
        per[t["kind"]] = per.get(t["kind"], 0) + 1
    ev_with = {(t["record"], t["event"]) for t in truth}
    words_out = []
    for i, rec in enumerate(recs):
        for e, ev in enumerate(rec["events"]):
            note = ev["note"]
            mask = list(note)
            for t in truth:
                pass
            words_out.append((i, e, note))
    spans_by = {}
    for t in truth:
        spans_by.setdefault((t["record"], t["event"]), []).append((t["start"], t["end"]))
    ntok, dist = 0, set()
    for i, e, note in words_out:
        chars = list(note)
        for s, en in spans_by.get((i, e), []):
            for k in range(s, en):
                chars[k] = " "
        toks = [w for w in re.findall(r"[^\W\d_]{3,}", "".join(chars))]
        ntok += len(toks)
        dist |= {w.lower() for w in toks}
    nat, rdc = {}, {}
    for x in recs:
        nat[x["customer"]["nationality"]] = nat.get(x["customer"]["nationality"], 0) + 1
        rdc[x["regionalDirectorate"]] = rdc.get(x["regionalDirectorate"], 0) + 1
    counts = {SPLIT: {
        "records": len(recs), "recordsSGB2": sum(1 for x in recs if x["legalDomain"] == "SGB2"),
        "events": sum(len(x["events"]) for x in recs), "spans": len(truth), "templates": len(tpl),
        "templatesUsed": sum(1 for u in uses if u), "templatesWithoutSlots": sum(1 for t in tpl if not SLOT_RE.search(t[1])),
        "eventsWithoutSpan": 800 - len(ev_with), "notesJoinedFrom2Templates": 0,
        "wordTokensOutsideSpans": ntok, "distinctWordTokensOutsideSpans": len(dist), "maxUsesOfOneTemplate": max(uses),
        "perKind": dict(sorted(per.items())),
        "namePools": {p: {g: len(gen_names[p][g]) for g in ("m", "f", "s")} for p in POPS},
        "ownPools": {k: len(v) for k, v in sorted(gen_names["pools"].items())},
        "nationality": dict(sorted(nat.items())), "regionalDirectorate": dict(sorted(rdc.items()))}}
    with open(os.path.join(HERE, "counts-" + SPLIT + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(counts, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "run-" + SPLIT + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(counts, ensure_ascii=False, sort_keys=True) + "\n")
    print(json.dumps(counts[SPLIT]["perKind"], ensure_ascii=False), len(truth))


gen_names = json.load(open(os.path.join(HERE, "names-heldout21.json"), encoding="utf-8"))

if __name__ == "__main__":
    main()
