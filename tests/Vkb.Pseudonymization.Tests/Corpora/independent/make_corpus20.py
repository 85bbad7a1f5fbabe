#!/usr/bin/env python3
"""Generator of the held-out split heldout20 (German case-worker notes with planted personal data).
Python 3 stdlib only, deterministic (seed below). Reads names-heldout20.json, templates20.py and own20.py; writes
heldout20.jsonl, heldout20.truth.jsonl, counts-heldout20.json and run-heldout20.log.

Slot syntax in templates20.py (each slot is one planted value; its text is the span):
  {C:form}    the record's customer          form: full sur given comma caps upper init gs initials lc birth any
  {S1:form}   the record's case worker, {S2:form} the team lead, {S3..S6:form} colleagues (random gender),
  {Sm3:form} / {Sf3:form} colleagues of fixed gender
  {T1:form}.. third persons (random gender), {Tm1}/{Tf1} fixed gender, {R1}/{Rm1}/{Rf1} relatives (customer's surname)
  {D:fmt}     a date (dates of one note run forward)   fmt: any num short long iso basic ts nl pap fr en
  {GEB:who}   a birth date                             who: c child teen adult old
  {PH:who}    phone        who: c de mob pop s1 co
  {EM:who}    e-mail       who: c s1 co T1 .. (a third person's address)
  {IBAN:who}  IBAN         who: c de pop
  {TAX:who}   tax id       who: c t nl pan
  {RV:who}    pension no.  who: c t
  {KNR:who}   customer no. who: c o
  {BG:who}    BG number    who: c o   (SGB II records only)
  {ID:who}    ID document  who: de pop
  {KFZ:who}   licence plate who: de pop
  {AD:who}    address      who: c de pop
  {CO:what}   company      what: any, brand, temp, coll, pop, or a sector of own20.SECTORS
  {IN:what}   institution  what: a group of own20.INST_GROUPS, named, chamber, pop
  ⟨a|b⟩       gender alternative after the customer's gender (m|f)
Template flags: S2 (SGB II only), S3 (SGB III only), BN (customer has a birth name), cw20 / ps20 / mr20 / de20
(customer's population), HES / BW / NORD (the record's regional directorate)."""
import collections, datetime, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own20 as O  # noqa: E402
from templates20 import TEMPLATES  # noqa: E402

SEED = '20261207-20'
SLOT = re.compile(r'\{([A-Za-z]+)([0-9]*)(?::([A-Za-z0-9_]+))?\}')
GALT = re.compile(r'⟨([^|⟩]*)\|([^⟩]*)⟩')
POPS = ['cw20', 'ps20', 'mr20', 'de20']
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber', 'iban',
         'idCard', 'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId', 'thirdPersonName']
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']
MONTHS_PAP = ['yanüari', 'febrüari', 'mart', 'aprel', 'mei', 'yüni', 'yüli', 'ougùstùs', 'sèptèmber', 'oktober',
              'novèmber', 'desèmber']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre',
             'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']

# ------------------------------------------------------------------------------------------------ check digits

def iban_ok(s):
    s = re.sub(r'[\s.\-/]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}[0-9]{2}[A-Z0-9]+', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in r))
    return f'{cc}{98 - n % 97:02d}{bban}'


def taxid_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c


def taxid_ok(s):
    s = re.sub(r'[\s./\-]', '', s)
    if not re.fullmatch(r'[1-9][0-9]{10}', s):
        return False
    cnt = collections.Counter(s[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return taxid_check(s[:10]) == int(s[10])


def rv_check(s11):
    # s11: 2 digits area, 6 digits birth date, letter, 2 digits serial
    digits = s11[:8] + f'{ord(s11[8]) - 64:02d}' + s11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(map(int, str(int(d) * k))) for d, k in zip(digits, w)) % 10


def rv_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return bool(re.fullmatch(r'[0-9]{8}[A-Z][0-9]{3}', s)) and rv_check(s[:11]) == int(s[11])


def c731(s):
    w = [7, 3, 1]
    return sum(int(c, 36) * w[i % 3] for i, c in enumerate(s)) % 10


def id731_ok(s):
    s = re.sub(r'\s', '', s).upper()
    return bool(re.fullmatch(r'[0-9A-Z]{9}[0-9]', s)) and c731(s[:9]) == int(s[9])


def bsn_ok(s):
    s = re.sub(r'[\s.]', '', s)
    if not re.fullmatch(r'[0-9]{9}', s):
        return False
    return (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])) % 11 == 0


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    s = re.sub(r'\s', '', s)
    if not re.fullmatch(r'[2-9][0-9]{11}', s):
        return False
    c = 0
    for i, d in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(d)]]
    return c == 0


def verhoeff_digit(s):
    c = 0
    for i, d in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(d)]]
    return VINV[c]


def id_ok(s):
    """every planted idCard: German 7-3-1, Dutch document number shape, Aadhaar (Verhoeff), Indian passport shape,
    Pakistani CNIC shape, Mauritanian NNI shape"""
    t = re.sub(r'[\s]', '', s)
    if id731_ok(t):
        return True
    if re.fullmatch(r'[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]', t.upper()):
        return True
    if verhoeff_ok(t):
        return True
    if re.fullmatch(r'[A-Z][0-9]{7,8}', t):
        return True
    if re.fullmatch(r'[0-9]{5}-[0-9]{7}-[0-9]', t):
        return True
    if re.fullmatch(r'[0-9]{10}', t):
        return True
    return False


def self_test():
    assert iban_ok('DE89370400440532013000') and not iban_ok('DE89370400440532013001')
    assert iban_ok('NL91ABNA0417164300') and not iban_ok('NL91ABNA0417164301')
    assert iban_ok('PK36SCBL0000001123456702') and not iban_ok('PK36SCBL0000001123456703')
    assert iban_ok(make_iban('MR', '00020001010000123456753'))
    assert taxid_ok('86095742719') and not taxid_ok('86095742718')
    assert taxid_ok('47036892816') and not taxid_ok('47036892817')
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert id731_ok('T220001293') and not id731_ok('T220001294')
    assert bsn_ok('111222333') and not bsn_ok('111222334')
    assert verhoeff_ok('234123412346') and not verhoeff_ok('234123412347')
    assert verhoeff_digit('23412341234') == 6


# ------------------------------------------------------------------------------------------------ helpers

def fold_mail(s):
    t = s.lower()
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('ß', 'ss'), ('é', 'e'), ('è', 'e'), ('ë', 'e'), ('ï', 'i'),
                 ('í', 'i'), ('á', 'a'), ('ó', 'o'), ('ú', 'u'), ('ç', 'c'), ('ñ', 'n'), ("'", '')):
        t = t.replace(a, b)
    return re.sub(r'[^a-z0-9]+', '-', t).strip('-')


class Person:
    def __init__(self, given, surname, gender, pop, birth=None):
        self.given, self.surname, self.gender, self.pop, self.birth = given, surname, gender, pop, birth

    def form(self, f, rnd):
        g, s = self.given, self.surname
        if f == 'any':
            f = rnd.choices(['full', 'comma', 'init', 'caps', 'upper', 'lc', 'sur'], [40, 15, 10, 10, 5, 5, 15])[0]
        last = s.split()[-1]
        if f == 'full':
            return f'{g} {s}'
        if f == 'sur':
            return s
        if f == 'given':
            return g
        if f == 'comma':
            return f'{s}, {g}'
        if f == 'caps':
            return f'{s.upper()}, {g}'
        if f == 'upper':
            return f'{g} {s}'.upper()
        if f == 'init':
            return f'{g[0]}. {s}'
        if f == 'gs':
            return f'{g} {last[0]}.'
        if f == 'initials':
            return f'{g[0]}.{last[0]}.'
        if f == 'lc':
            return f'{g} {s}'.lower()
        if f == 'birth':
            return self.birth or s
        if f == 'gbirth':
            return f'{g} {self.birth or s}'
        raise ValueError(f)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        n = json.load(open(os.path.join(HERE, 'names-heldout20.json'), encoding='utf-8'))
        self.names = {p: n[p] for p in POPS}
        self.pools = n['pools']
        self.used_ids = set()

    # ---- people
    def surname(self, pop, gender):
        s = self.r.choice(self.names[pop]['s'])
        if pop == 'mr20':
            return ('Ould ' if gender == 'm' else 'Mint ') + s
        if pop == 'de20' and self.r.random() < 0.04:
            s2 = self.r.choice(self.names[pop]['s'])
            if s2 != s:
                s = f'{s}-{s2}'
        return s

    def person(self, pop, gender=None, surname=None, avoid=()):
        for _ in range(200):
            g = gender or self.r.choice('mf')
            given = self.r.choice(self.names[pop][g])
            sur = surname if surname is not None else self.surname(pop, g)
            if surname is not None and pop == 'mr20':
                # siblings share the father's name, the particle follows the gender
                sur = ('Ould ' if g == 'm' else 'Mint ') + surname.split(' ', 1)[1]
            p = Person(given, sur, g, pop)
            key = {given} if surname is not None else {given, sur.split()[-1]}
            if not any(key & {a.given, a.surname.split()[-1]} for a in avoid):
                return p
        return p

    # ---- numbers
    def digits(self, n):
        return ''.join(self.r.choice('0123456789') for _ in range(n))

    def taxid(self):
        while True:
            d = [self.r.choice('123456789')] + [self.r.choice('0123456789') for _ in range(9)]
            s = ''.join(d)
            cnt = collections.Counter(s)
            if sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1:
                t = s + str(taxid_check(s))
                if taxid_ok(t):
                    return t

    def rvnr(self, bdate, gender, letter):
        area = self.r.choice(['10', '11', '12', '13', '15', '16', '18', '19', '20', '21', '24', '25', '28', '29', '40',
                              '42', '60', '61', '63', '64', '65', '66'])
        serial = self.r.randint(0, 49) if gender == 'm' else self.r.randint(50, 99)
        s11 = f'{area}{bdate.day:02d}{bdate.month:02d}{bdate.year % 100:02d}{letter}{serial:02d}'
        return s11 + str(rv_check(s11))

    def de_id(self, card=False):
        first = self.r.choice('LMNPRTVWXY' if card or self.r.random() < 0.7 else 'CFGHJK')
        rest = ''.join(self.r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
        s = first + rest
        return s + str(c731(s))

    def iban_de(self, reg):
        return make_iban('DE', self.r.choice(O.BLZ[reg]) + self.digits(10))

    def iban_pop(self, pop):
        if pop == 'cw20':
            return make_iban('NL', self.r.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB']) + self.digits(10))
        if pop == 'ps20':
            return make_iban('PK', self.r.choice(['HABB', 'MUCB', 'SCBL', 'UNIL', 'MEZN', 'ALFH']) + self.digits(16))
        if pop == 'mr20':
            b = self.r.choice(['00020', '00003', '00009', '00017']) + self.digits(5) + self.digits(11)
            key = 97 - (int(b) * 100) % 97
            return make_iban('MR', b + f'{key:02d}')
        return None

    # ---- spellings
    def sp_iban(self, s):
        f = self.r.choice(['g4', 'g4', 'compact', 'lower', 'dots', 'cc'])
        if f == 'compact':
            return s
        g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
        if f == 'g4':
            return g
        if f == 'lower':
            return g.lower()
        if f == 'dots':
            return '.'.join(s[i:i + 4] for i in range(0, len(s), 4))
        return s[:2] + ' ' + s[2:4] + ' ' + ' '.join(s[i:i + 4] for i in range(4, len(s), 4))

    def sp_tax(self, s):
        f = self.r.choice(['c', 'c', 'a', 'b', 'slash'])
        return {'c': s, 'a': f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}', 'b': f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}',
                'slash': f'{s[:2]}/{s[2:5]}/{s[5:8]}/{s[8:]}'}[f]

    def sp_rv(self, s):
        f = self.r.choice(['c', 'a', 'b', 'd'])
        return {'c': s, 'a': f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}', 'b': f'{s[:2]} {s[2:8]} {s[8]}{s[9:]}',
                'd': f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}'}[f]

    def sp_knr(self, s):
        f = self.r.choice(['c', 'c', 'a', 'b', 'l'])
        return {'c': s, 'a': f'{s[:4]} {s[4:]}', 'b': f'{s[:3]}-{s[3]}-{s[4:]}', 'l': s.lower()}[f]

    def sp_bg(self, s):
        f = self.r.choice(['c', 'c', 'a', 'b', 'l'])
        i = s.index('BG')
        return {'c': s, 'a': f'{s[:i]} BG {s[i + 2:]}', 'b': f'{s[:i]}-BG-{s[i + 2:]}', 'l': s.lower()}[f]

    def sp_date(self, d, fmt):
        if fmt == 'any':
            fmt = self.r.choices(['num', 'num2', 'short', 'long', 'iso', 'yy'], [40, 10, 15, 15, 10, 10])[0]
        if fmt == 'num':
            return f'{d.day:02d}.{d.month:02d}.{d.year}'
        if fmt == 'ts':
            return f'{d.day:02d}.{d.month:02d}.{d.year}'
        if fmt == 'num2':
            return f'{d.day}.{d.month}.{d.year}'
        if fmt == 'yy':
            return f'{d.day:02d}.{d.month:02d}.{d.year % 100:02d}'
        if fmt == 'short':
            return f'{d.day:02d}.{d.month:02d}.'
        if fmt == 'long':
            return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
        if fmt == 'iso':
            return d.isoformat()
        if fmt == 'basic':
            return d.strftime('%Y%m%d')
        if fmt == 'nl':
            return f'{d.day} {MONTHS_NL[d.month - 1]} {d.year}'
        if fmt == 'nldash':
            return f'{d.day:02d}-{d.month:02d}-{d.year}'
        if fmt == 'pap':
            return f'{d.day} di {MONTHS_PAP[d.month - 1]} {d.year}'
        if fmt == 'fr':
            return f'{d.day} {MONTHS_FR[d.month - 1]} {d.year}'
        if fmt == 'en':
            suf = 'th' if 11 <= d.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
            return self.r.choice([f'{d.day}{suf} {MONTHS_EN[d.month - 1]} {d.year}', f'{d.day} {MONTHS_EN[d.month - 1]} {d.year}'])
        if fmt == 'slash':
            return f'{d.day:02d}/{d.month:02d}/{d.year}'
        raise ValueError(fmt)

    def phone_de(self, ac, mobile=None):
        if mobile is None:
            mobile = self.r.random() < 0.5
        if mobile:
            pre = self.r.choice(['0151', '0152', '0160', '0170', '0171', '0172', '0175', '0176', '0157', '0162'])
            n = self.digits(8 if pre != '0160' else 7)
            f = self.r.choice(['a', 'b', 'c', 'd', 'e'])
            return {'a': f'{pre} {n}', 'b': f'{pre}-{n}', 'c': f'+49 {pre[1:]} {n}', 'd': f'{pre}/{n}',
                    'e': f'{pre} {n[:3]} {n[3:]}'}[f]
        n = self.digits(self.r.choice([5, 6]) if len(ac) > 5 else self.r.choice([5, 6, 7]))
        f = self.r.choice(['a', 'b', 'c', 'd'])
        return {'a': f'{ac} {n}', 'b': f'({ac}) {n}', 'c': f'+49 {ac[1:]} {n}', 'd': f'{ac}/{n[:3]} {n[3:]}'}[f]

    def phone_pop(self, pop):
        r = self.r
        if pop == 'cw20':
            return r.choice([f'+5999 {r.choice("4567")}{self.digits(2)} {self.digits(4)}', f'+5999-{r.choice("56")}{self.digits(6)}',
                             f'(+5999) 8{self.digits(2)} {self.digits(4)}', f'+297 {r.choice("5679")}{self.digits(2)} {self.digits(4)}',
                             f'+599 717 {self.digits(4)}', f'+31 6 {self.digits(4)} {self.digits(4)}', f'06-{self.digits(8)}'])
        if pop == 'ps20':
            return r.choice([f'+91 98{self.digits(3)} {self.digits(5)}', f'+91 22 {self.digits(4)} {self.digits(4)}',
                             f'022-{self.digits(4)} {self.digits(4)}', f'+91-20-{self.digits(8)}',
                             f'+92 21 {self.digits(4)} {self.digits(4)}', f'+92 300 {self.digits(7)}'])
        return r.choice([f'+222 {r.choice(["22", "36", "46", "44"])} {self.digits(2)} {self.digits(2)} {self.digits(2)}',
                         f'00222 {r.choice(["22", "36", "46"])}{self.digits(6)}', f'(+222) {r.choice("234")}{self.digits(7)}'])


# ------------------------------------------------------------------------------------------------ the world

class World:
    def __init__(self, g):
        self.g = g
        r = g.r
        P = g.pools
        self.villages = {reg: [v for v in vs if v[0] in P['villages']] for reg, vs in O.REGIONS.items()}
        self.towns = {reg: [x for x in ts if x in P['towns']] for reg, ts in O.TOWNS.items()}
        self.street_bases = P['streetBases']
        self.fixed = P['fixedStreets']
        self.cwords = P['companyWords']
        self.brands = P['brands']
        self.temp = P['tempAgencies']
        self.coll = P['collection']
        self.named = P['namedBodies']
        self.fcomp = {p: [c for c in O.FOREIGN_COMPANIES.get(p, []) if c in P['foreignCompanies']] for p in POPS}
        self.fbody = {p: [c for c in O.FOREIGN_BODIES.get(p, []) if c in P['foreignBodies']] for p in POPS}
        self.faddr = {p: [c for c in O.FOREIGN_ADDR.get(p, []) if c in P['foreignAddr']] for p in POPS}
        self.sectors = {k: [x for x in v if '{' in x or x in P['sectorFirms']] for k, v in O.SECTORS.items()}
        self.chambers = {reg: [x for x in v if x in P['chambers']] for reg, v in O.CHAMBERS.items()}

    def street(self):
        r = self.g.r
        if r.random() < 0.25:
            s = r.choice(self.fixed)
        else:
            b = r.choice(self.street_bases)
            suf = r.choice(O.STREET_SUFFIX)
            s = b + suf if not b.endswith('er') or r.random() < 0.5 else f'{b} {suf.capitalize()}'
        no = str(r.randint(1, 140))
        no = r.choices([no, no + r.choice('abc'), f'{no} {r.choice("ab")}', f'{no}-{int(no) + 2}'], [70, 15, 8, 7])[0]
        return f'{s} {no}'

    def place(self, reg):
        return self.g.r.choice(self.villages[reg])

    def address(self, reg, street=None, plc=None):
        r = self.g.r
        street = street or self.street()
        v, parent, pc, ac, plate = plc or self.place(reg)
        city = v if not parent else r.choice([v, f'{parent} OT {v}'] + ([f'{parent}-{v}'] if ' ' not in parent else []))
        f = r.choices(['comma', 'in', 'block', 'street', 'caps', 'rev'], [40, 10, 15, 20, 5, 10])[0]
        if f == 'comma':
            return f'{street}, {pc} {city}'
        if f == 'in':
            return f'{street} in {pc} {city}'
        if f == 'block':
            return f'{street}\n{pc} {city}'
        if f == 'street':
            return street
        if f == 'caps':
            return f'{street}, {pc} {city}'.upper()
        return f'{pc} {city}, {street}'

    def town(self, reg):
        v = self.place(reg)
        return v[1] or v[0]

    def company(self, what, reg):
        r = self.g.r
        sur = lambda: r.choice(self.g.names['de20']['s'])  # noqa: E731
        if what == 'brand':
            return r.choice(self.brands)
        if what == 'temp':
            return r.choice(self.temp)
        if what == 'coll':
            return r.choice(self.coll)
        if what in self.sectors:
            t = r.choice(self.sectors[what])
        elif what == 'any':
            k = r.choices(['word', 'craft', 'pair', 'sector', 'brand'], [30, 25, 15, 20, 10])[0]
            if k == 'brand':
                return r.choice(self.brands)
            if k == 'sector':
                t = r.choice(self.sectors[r.choice(sorted(self.sectors))])
            elif k == 'craft':
                t = r.choice(O.CRAFTS)
            elif k == 'pair':
                t = r.choice(['{s} & {s2} OHG', '{s} und {s2} GbR', '{s} + {s2}', 'Gebr. {s}', '{s} & Partner'])
            else:
                lf = r.choice(O.LEGAL)
                t = r.choice(['{w} ' + r.choice(O.TRADES), r.choice(O.TRADES) + ' {w}', '{w}-' + r.choice(O.TRADES).split()[0]])
                t = (t + ' ' + lf).strip()
        else:
            raise ValueError(what)
        s, s2 = sur(), sur()
        while s2 == s:
            s2 = sur()
        return t.format(s=s, s2=s2, w=r.choice(self.cwords), t=r.choice([self.town(reg), r.choice(self.towns[reg])]))

    def institution(self, what, reg, pop):
        r = self.g.r
        if what == 'named':
            return r.choice(self.named)
        if what == 'chamber':
            return r.choice(self.chambers[reg])
        if what == 'pop':
            return r.choice(self.fbody[pop])
        if what == 'popoff':
            return r.choice([x for x in self.fbody[pop] if not re.search(r'Univ|College|School|Institut|Lycée|École|Scholen', x)])
        if what == 'popedu':
            return r.choice([x for x in self.fbody[pop] if re.search(r'Univ|College|School|Institut|Lycée|École|Scholen', x)])
        t = r.choice(O.INST_GROUPS[what])
        v = self.place(reg)
        return t.format(t=r.choice(self.towns[reg]), v=v[0])


# ------------------------------------------------------------------------------------------------ records

def build():
    g = Gen(SEED)
    r = g.r
    W = World(g)
    nrec = 160
    domains = ['SGB2'] * 120 + ['SGB3'] * 40
    r.shuffle(domains)
    regs = (['HES'] * 54 + ['BW'] * 53 + ['NORD'] * 53)
    r.shuffle(regs)
    pops = ['cw20'] * 32 + ['ps20'] * 32 + ['mr20'] * 32 + ['de20'] * 64
    r.shuffle(pops)
    staff_pool = {}
    records, truth = [], []
    usage = collections.Counter()
    for ri in range(nrec):
        dom, reg, pop = domains[ri], regs[ri], pops[ri]
        gender = r.choice('mf')
        group = r.choices(['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners',
                           'disabledPersons', 'refugees'], [16, 16, 15, 12, 10, 10, 13, 8 if pop == 'mr20' else 0])[0]
        if group == 'olderWorkers':
            by = r.randint(1960, 1970)
        elif group == 'youngAdults':
            by = r.randint(2000, 2006)
        else:
            by = r.randint(1971, 1999)
        bdate = datetime.date(by, r.randint(1, 12), r.randint(1, 28))
        cust = g.person(pop, gender)
        if gender == 'f' and pop in ('de20', 'cw20', 'ps20') and r.random() < 0.3:
            bn = g.surname(pop, 'f')
            if bn.split()[-1] != cust.surname.split()[-1]:
                cust.birth = bn
        nat = {'cw20': 'NL', 'ps20': 'IN', 'mr20': 'MR', 'de20': 'DE'}[pop]
        if pop != 'de20' and r.random() < 0.2:
            nat = 'DE'
        plc = W.place(reg)
        jc, ag = O.OFFICE_OF_PLATE[plc[4]]
        if dom == 'SGB2':
            oid, oname, otown = next(x for x in O.JOBCENTRES[reg] if x[0] == jc)
        else:
            oid, oname, otown = next(x for x in O.AGENCIES[reg] if x[0] == ag)
        street = W.street()
        v, parent, pc, ac, plate = plc
        city = f'{parent} OT {v}' if parent else v
        spop = lambda: r.choices(POPS, [10, 10, 10, 70])[0]  # noqa: E731
        cw = g.person(spop(), avoid=[cust])
        tl = g.person(spop(), avoid=[cust, cw])
        if dom == 'SGB2':
            dom_mail = {'35507': 'vogelsbergkreis.de', '63018': 'kca-mkk.de'}.get(oid, 'jobcenter-ge.de')
        else:
            dom_mail = 'arbeitsagentur.de'
        cw_mail = f'{fold_mail(cw.given)}.{fold_mail(cw.surname)}@{dom_mail}'
        oac = {'HES': '06621', 'BW': '07433', 'NORD': '03843'}[reg]
        cw_phone = f'{oac} {r.randint(200, 989)}-{r.randint(100, 699)}'
        prov = r.choice(['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'outlook.de', 'freenet.de', 'posteo.de'] +
                        {'cw20': ['kpnmail.nl', 'ziggo.nl', 'setarnet.aw', 'hotmail.nl'],
                         'ps20': ['vsnl.com', 'sify.com', 'gmail.com'],
                         'mr20': ['yahoo.fr', 'mauritel.mr', 'gmail.com'], 'de20': ['gmx.net', 'web.de']}[pop])
        cmail = r.choice([f'{fold_mail(cust.given)}.{fold_mail(cust.surname)}', f'{fold_mail(cust.given)}{by % 100:02d}',
                          f'{fold_mail(cust.surname).replace("-", "")}.{fold_mail(cust.given)[0]}',
                          f'{fold_mail(cust.given)[0]}{fold_mail(cust.surname).replace("-", "")}{r.randint(1, 99)}'])
        cmail = f'{cmail}@{prov}'
        cphone = g.phone_de(ac, mobile=r.random() < 0.75)
        ciban = g.iban_de(reg) if (pop == 'de20' or r.random() < 0.7) else g.iban_pop(pop)
        ctax = g.taxid()
        letter = (cust.birth or cust.surname).split()[-1][0].upper()
        letter = {'Ä': 'A', 'Ö': 'O', 'Ü': 'U'}.get(letter, letter)
        if pop == 'mr20':
            letter = cust.given[0].upper()
        crv = g.rvnr(bdate, gender, letter)
        knr = f'{oid[:3]}D{g.digits(6)}'
        bg = f'{oid}BG{g.digits(7)}' if dom == 'SGB2' else None
        intake = datetime.date(2024, 11, 1) + datetime.timedelta(days=r.randint(0, 240))
        ev_dates, d = [], intake
        for _ in range(5):
            d = d + datetime.timedelta(days=r.randint(6, 38))
            ev_dates.append(d)
        rec = collections.OrderedDict()
        rec['customerNumber'] = knr
        if bg:
            rec['householdNumber'] = bg
        rec['legalDomain'] = dom
        rec['regionalDirectorate'] = reg
        if dom == 'SGB2':
            rec['jobCentre'] = {'id': oid, 'name': oname, 'consents16a': r.random() < 0.2}
        else:
            rec['agency'] = {'id': oid, 'name': oname}
        rec['team'] = f'{oid}-T{r.randint(1, 19):02d}'
        rec['teamLead'] = {'id': f'TL-{r.randint(1000, 9999)}', 'name': f'{tl.given} {tl.surname}'}
        rec['caseWorker'] = {'id': f'MA-{r.randint(1000, 9999)}', 'name': f'{cw.given} {cw.surname}', 'phone': cw_phone,
                             'email': cw_mail}
        rec['customer'] = {'firstName': cust.given, 'lastName': cust.surname, 'birthName': cust.birth,
                           'birthDate': bdate.isoformat(), 'gender': gender, 'nationality': nat,
                           'address': {'street': street, 'postcode': pc, 'city': city},
                           'phone': cphone, 'email': cmail, 'iban': ciban, 'taxId': ctax,
                           'pensionInsuranceNumber': crv}
        rec['customerProcess'] = r.choices(['placement', 'rehabilitation', 'employerService'], [80, 13, 7])[0]
        rec['customerGroup'] = group
        rec['municipalServices16a'] = dom == 'SGB2' and r.random() < 0.25
        rec['review'] = {'flagged': r.random() < 0.4, 'month': (ev_dates[-1] + datetime.timedelta(days=30)).strftime('%Y-%m'),
                         'teamLeadVerdict': r.choice(['goalOriented', 'goalOriented', 'notGoalOriented'])}
        ph = [{'from': intake.isoformat(), 'profile': r.choice(['market', 'activation', 'support', 'development',
                                                                  'stabilisation', 'assistance'])}]
        if r.random() < 0.4:
            ph.append({'from': ev_dates[2].isoformat(), 'profile': r.choice(['market', 'activation', 'support', 'development'])})
        rec['profileHistory'] = ph
        ctx = dict(rec=rec, cust=cust, cw=cw, tl=tl, reg=reg, pop=pop, dom=dom, plc=plc, street=street, bdate=bdate,
                   cphone=cphone, cmail=cmail, ciban=ciban, ctax=ctax, crv=crv, knr=knr, bg=bg, oid=oid, otown=otown,
                   cw_mail=cw_mail, cw_phone=cw_phone, ac=ac, plate=plate)
        events = []
        used_here = set()
        for ei in range(5):
            cands = [i for i, t in enumerate(TEMPLATES) if fits(t[0], ctx) and i not in used_here]
            if ei in (1, 3):
                popc = [i for i in cands if pop in t_flags(TEMPLATES[i][0])]
                if popc and r.random() < (0.8 if pop != 'de20' else 0.3):
                    cands = popc
            if ei == 4 and r.random() < 0.5:
                dc = [i for i in cands if ('S2' if dom == 'SGB2' else 'S3') in t_flags(TEMPLATES[i][0])]
                if dc:
                    cands = dc
            m = min(usage[i] for i in cands)
            best = [i for i in cands if usage[i] == m]
            ti = r.choice(best)
            usage[ti] += 1
            used_here.add(ti)
            ctx['bound'] = bool(t_flags(TEMPLATES[ti][0]) & set(POPS))
            note, spans = render(TEMPLATES[ti][1], ctx, g, W, ev_dates[ei])
            events.append({'date': ev_dates[ei].isoformat(),
                           'type': r.choice(['counselling', 'invitation', 'cooperationPlan', 'placementProposal',
                                             'applicationReview', 'employerContact', 'caseConference', 'hearing',
                                             'missedAppointment', 'statusUpdate']),
                           'channel': r.choice(['inPerson', 'phone', 'video']), 'note': note})
            for (s, e, k, v) in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
        rec['events'] = events
        ms = []
        for _ in range(r.choice([0, 1, 1, 2])):
            st = intake + datetime.timedelta(days=r.randint(10, 120))
            ms.append({'start': st.isoformat(), 'end': (st + datetime.timedelta(days=r.randint(30, 200))).isoformat(),
                       'kind': r.choice(['activation', 'qualification', 'languageCourse', 'coaching',
                                         'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                       'outcome': r.choice(['completed', 'aborted', 'ongoing'])})
        rec['measures'] = ms
        ex = r.random() < 0.25
        rec['caseManagement'] = {'intake': intake.isoformat(),
                                 'exit': (ev_dates[-1] + datetime.timedelta(days=r.randint(5, 40))).isoformat() if ex else None,
                                 'exitReason': r.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                         'incapacity', 'noCooperation']) if ex else None}
        records.append(rec)
    return records, truth, usage, g


def t_flags(f):
    return set(f.split())


def fits(flags, ctx):
    fl = t_flags(flags)
    if 'S2' in fl and ctx['dom'] != 'SGB2':
        return False
    if 'S3' in fl and ctx['dom'] != 'SGB3':
        return False
    if 'BN' in fl and not ctx['cust'].birth:
        return False
    p = fl & set(POPS)
    if p and ctx['pop'] not in p:
        return False
    rg = fl & {'HES', 'BW', 'NORD'}
    if rg and ctx['reg'] not in rg:
        return False
    return True


def render(body, ctx, g, W, evdate):
    r = g.r
    cust = ctx['cust']
    reg, pop = ctx['reg'], ctx['pop']
    body = GALT.sub(lambda m: m.group(1) if cust.gender == 'm' else m.group(2), body)
    ndates = sum(1 for m in SLOT.finditer(body) if m.group(1) == 'D')
    start = evdate - datetime.timedelta(days=r.randint(0, 20))
    dates = sorted(start + datetime.timedelta(days=r.randint(0, 60)) for _ in range(ndates))
    people = {}
    avoid = [cust, ctx['cw'], ctx['tl']]

    def third_pop():
        if ctx.get('bound'):
            return pop
        return pop if r.random() < 0.55 else r.choices(POPS, [15, 15, 15, 55])[0]

    def get_person(kind, num):
        key = kind + num
        if key in people:
            return people[key]
        if kind == 'S' and num == '1':
            p = ctx['cw']
        elif kind == 'S' and num == '2':
            p = ctx['tl']
        elif kind in ('S', 'Sm', 'Sf'):
            gd = {'Sm': 'm', 'Sf': 'f'}.get(kind)
            p = g.person(r.choices(POPS, [10, 10, 10, 70])[0], gd, avoid=avoid + list(people.values()))
        elif kind in ('T', 'Tm', 'Tf'):
            gd = {'Tm': 'm', 'Tf': 'f'}.get(kind)
            p = g.person(third_pop(), gd, avoid=avoid + list(people.values()))
        elif kind in ('R', 'Rm', 'Rf'):
            gd = {'Rm': 'm', 'Rf': 'f'}.get(kind)
            p = g.person(pop, gd, surname=cust.surname, avoid=[cust] + [x for x in people.values()])
        else:
            raise ValueError(kind)
        people[key] = p
        return p

    out, spans, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(body):
        lit = body[last:m.start()]
        out.append(lit)
        pos += len(lit)
        kind, num, arg = m.group(1), m.group(2), m.group(3) or 'any'
        text, k = value(kind, num, arg, ctx, g, W, get_person, dates, people)
        out.append(text)
        spans.append((pos, pos + len(text), k, text))
        pos += len(text)
        last = m.end()
    out.append(body[last:])
    return ''.join(out), spans


def bdate_for(g, who):
    r = g.r
    y = {'child': (2008, 2023), 'teen': (2005, 2009), 'adult': (1950, 2000), 'old': (1935, 1960)}[who]
    return datetime.date(r.randint(*y), r.randint(1, 12), r.randint(1, 28))


def value(kind, num, arg, ctx, g, W, get_person, dates, people):
    r = g.r
    reg, pop = ctx['reg'], ctx['pop']
    if kind == 'C':
        return ctx['cust'].form(arg, r), 'customerName'
    if kind in ('S', 'Sm', 'Sf'):
        return get_person(kind, num).form(arg, r), 'staffName'
    if kind in ('T', 'Tm', 'Tf', 'R', 'Rm', 'Rf'):
        return get_person(kind, num).form(arg, r), 'thirdPersonName'
    if kind == 'D':
        return g.sp_date(dates.pop(0), arg), 'date'
    if kind == 'GEB':
        d = ctx['bdate'] if arg in ('c', 'any') else bdate_for(g, arg)
        return g.sp_date(d, r.choice(['num', 'num', 'num2', 'long', 'iso', 'yy'])), 'birthDate'
    if kind == 'PH':
        if arg in ('c', 'any'):
            return ctx['cphone'], 'phone'
        if arg == 's1':
            return ctx['cw_phone'], 'phone'
        if arg == 'pop':
            return g.phone_pop(pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20'])), 'phone'
        if arg == 'pk':
            return r.choice([f'+92 21 {g.digits(4)} {g.digits(4)}', f'+92 300 {g.digits(7)}', f'0092 321 {g.digits(7)}']), 'phone'
        if arg == 'mob':
            return g.phone_de(W.place(reg)[3], True), 'phone'
        if arg in ('de', 'co'):
            return g.phone_de(W.place(reg)[3], arg == 'de' and r.random() < 0.5), 'phone'
        raise ValueError(arg)
    if kind == 'EM':
        if arg in ('c', 'any'):
            return ctx['cmail'] if r.random() < 0.8 else ctx['cmail'].upper(), 'email'
        if arg == 's1':
            return ctx['cw_mail'], 'email'
        if arg == 'co':
            w = fold_mail(r.choice(W.cwords)).replace('-', '')
            return f'{r.choice(["info", "bewerbung", "personal", "kontakt", "buero", "jobs"])}@{w}-{r.choice(["holz", "bau", "service", "logistik", "pflege", "gmbh"])}.de', 'email'
        p = people.get(arg)
        if p is None:
            p = get_person(re.match(r'[A-Za-z]+', arg).group(0), re.search(r'[0-9]+', arg).group(0))
        prov = r.choice(['web.de', 'gmx.de', 'gmail.com', 't-online.de', 'icloud.com', 'outlook.com'])
        return f'{fold_mail(p.given)}.{fold_mail(p.surname).replace("-", "")}@{prov}'.replace('-', '.'), 'email'
    if kind == 'IBAN':
        if arg in ('c', 'any'):
            s = ctx['ciban']
        elif arg == 'de':
            s = g.iban_de(reg)
        else:
            s = g.iban_pop(pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20']))
        return g.sp_iban(s), 'iban'
    if kind == 'TAX':
        if arg == 'nl':
            while True:
                s = r.choice('123456789') + g.digits(8)
                if bsn_ok(s):
                    return (s if r.random() < 0.6 else f'{s[:4]}.{s[4:6]}.{s[6:]}'), 'taxId'
        if arg == 'pan':
            ini = ctx['cust'].surname[0].upper()
            return ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + 'P' + ini + g.digits(4) + r.choice('ABCDEFGHKLMNPRSTUVWXYZ'), 'taxId'
        s = ctx['ctax'] if arg in ('c', 'any') else g.taxid()
        return g.sp_tax(s), 'taxId'
    if kind == 'RV':
        if arg in ('c', 'any'):
            s = ctx['crv']
        else:
            gd = r.choice('mf')
            s = g.rvnr(bdate_for(g, 'adult'), gd, r.choice('ABDEFGHKLMNRSTW'))
        return g.sp_rv(s), 'pensionNumber'
    if kind == 'KNR':
        s = ctx['knr'] if arg in ('c', 'any') else f'{ctx["oid"][:3]}D{g.digits(6)}'
        return g.sp_knr(s), 'customerNumber'
    if kind == 'BG':
        assert ctx['bg'], 'BG slot in a SGB III record'
        s = ctx['bg'] if arg in ('c', 'any') else f'{ctx["oid"]}BG{g.digits(7)}'
        return g.sp_bg(s), 'householdNumber'
    if kind == 'ID':
        p = pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20'])
        if arg == 'pass':
            arg = {'cw20': 'nl', 'ps20': 'inpass', 'mr20': 'mrpass'}[p]
        if arg == 'nl' or (arg == 'pop' and p == 'cw20'):
            s = ''.join(r.choice('ABCDEFGHIJKLMNPRSTUVWXYZ') for _ in range(2)) + ''.join(
                r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + g.digits(1)
            return s, 'idCard'
        if arg == 'inpass':
            return r.choice('JKLMNPRSTUVZ') + g.digits(7), 'idCard'
        if arg == 'mrpass':
            return r.choice('AB') + g.digits(8), 'idCard'
        if arg == 'cnic':
            return f'42{g.digits(3)}-{g.digits(7)}-{g.digits(1)}', 'idCard'
        if arg == 'aadhaar':
            b = r.choice('23456789') + g.digits(10)
            s = b + str(verhoeff_digit(b))
            return f'{s[:4]} {s[4:8]} {s[8:]}', 'idCard'
        if arg == 'nni':
            return r.choice('12') + g.digits(9), 'idCard'
        if arg == 'de' or (arg == 'any' and (pop == 'de20' or r.random() < 0.5)):
            s = g.de_id(card=(arg == 'de'))
            f = r.choice(['c', 'c', 'sp', 'l'])
            return {'c': s, 'sp': f'{s[:9]} {s[9]}', 'l': s.lower()}[f], 'idCard'
        p = pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20'])
        if p == 'cw20':
            s = ''.join(r.choice('ABCDEFGHIJKLMNPRSTUVWXYZ') for _ in range(2)) + ''.join(
                r.choice('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)) + g.digits(1)
            return s, 'idCard'
        if p == 'ps20':
            k = r.choice(['pp', 'pp', 'aadhaar', 'cnic'])
            if k == 'pp':
                return r.choice('JKLMNPRSTUVZ') + g.digits(7), 'idCard'
            if k == 'cnic':
                return f'42{g.digits(3)}-{g.digits(7)}-{g.digits(1)}', 'idCard'
            b = r.choice('23456789') + g.digits(10)
            s = b + str(verhoeff_digit(b))
            return f'{s[:4]} {s[4:8]} {s[8:]}', 'idCard'
        return r.choice('12') + g.digits(9), 'idCard'
    if kind == 'KFZ':
        if arg == 'pop' and pop == 'cw20':
            s = r.choice([f'{g.digits(2)}-{"".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(3))}-{g.digits(1)}',
                          f'{"".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(2))}-{g.digits(3)}-{r.choice("BDFGHJKLNPRSTXZ")}',
                          f'A-{g.digits(5)}'])
            return s, 'licensePlate'
        code = ctx['plate'] if r.random() < 0.6 else W.place(reg)[4]
        l = ''.join(r.choice('ABCDEFGHKLMNPRSTUVWZ') for _ in range(r.choice([1, 2])))
        n = str(r.randint(1, 9999))
        s = r.choice([f'{code}-{l} {n}', f'{code} {l} {n}', f'{code}-{l}{n}', f'{code}-{l} {n}'.lower(),
                      f'{code}-{l} {n}E' if len(n) < 4 else f'{code}-{l} {n}'])
        return s, 'licensePlate'
    if kind == 'AD':
        if arg in ('c', 'any'):
            return W.address(reg, ctx['street'], ctx['plc']), 'address'
        if arg == 'de':
            return W.address(reg), 'address'
        p = pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20'])
        return r.choice(W.faddr[p]), 'address'
    if kind == 'CO':
        if arg == 'pop':
            p = pop if pop != 'de20' else r.choice(['cw20', 'ps20', 'mr20'])
            return r.choice(W.fcomp[p]), 'company'
        return W.company(arg, reg), 'company'
    if kind == 'IN':
        if arg in ('pop', 'popedu', 'popoff') and pop == 'de20':
            return W.institution(arg, reg, r.choice(['cw20', 'ps20', 'mr20'])), 'institution'
        return W.institution(arg, reg, pop), 'institution'
    raise ValueError(kind)


# ------------------------------------------------------------------------------------------------ verification

def verify(recs, truth, templates, usage):
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    for rec in recs:
        c = rec['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])
        bd = datetime.date.fromisoformat(c['birthDate'])
        rv = c['pensionInsuranceNumber']
        assert rv[2:8] == bd.strftime('%d%m%y')
        assert (int(rv[9:11]) < 50) == (c['gender'] == 'm')
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and 'agency' not in rec
            assert rec['householdNumber'].startswith(rec['jobCentre']['id'] + 'BG')
            assert rec['customerNumber'].startswith(rec['jobCentre']['id'][:3] + 'D')
        else:
            assert 'agency' in rec and 'jobCentre' not in rec and 'householdNumber' not in rec
            assert rec['customerNumber'].startswith(rec['agency']['id'] + 'D')
        assert len(rec['events']) == 5
    by_note = collections.defaultdict(list)
    for t in truth:
        assert t['kind'] in KINDS
        note = recs[t['record']]['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], (t['record'], t['event'], t['kind'])
        assert t['value'] == t['value'].strip() and t['value'], (t['record'], t['event'], t['kind'])
        by_note[(t['record'], t['event'])].append(t)
        v = t['value']
        if t['kind'] == 'iban':
            assert iban_ok(v), (t['record'], t['event'], t['kind'])
        elif t['kind'] == 'taxId':
            vv = re.sub(r'[\s./]', '', v)
            assert taxid_ok(vv) or bsn_ok(vv) or re.fullmatch(r'[A-Z]{3}P[A-Z][0-9]{4}[A-Z]', vv), (t['record'], t['event'], t['kind'])
        elif t['kind'] == 'pensionNumber':
            assert rv_ok(v), (t['record'], t['event'], t['kind'])
        elif t['kind'] == 'idCard':
            assert id_ok(v), (t['record'], t['event'], t['kind'])
        elif t['kind'] == 'customerNumber':
            assert re.fullmatch(r'[0-9]{3}[dD][0-9]{6}', re.sub(r'[\s\-]', '', v)), (t['record'], t['event'])
        elif t['kind'] == 'householdNumber':
            assert re.fullmatch(r'[0-9]{5}(BG|bg)[0-9]{7}', re.sub(r'[\s\-]', '', v)), (t['record'], t['event'])
    for key, ts in by_note.items():
        ts.sort(key=lambda t: t['start'])
        note = recs[key[0]]['events'][key[1]]['note']
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (key, a['kind'], b['kind'])
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                assert not re.fullmatch(r'[ \t\u00a0]*', note[a['end']:b['start']]), (key, 'adjacent names')
    for rec in recs:
        for e in rec['events']:
            assert all(ord(c) < 0x10000 for c in e['note'])
    bodies = [t[1] for t in templates]
    assert len(set(bodies)) == len(bodies), 'duplicate template'
    assert all(usage[i] > 0 for i in range(len(templates))), 'unused template'


def main():
    self_test()
    recs, truth, usage, g = build()
    verify(recs, truth, TEMPLATES, usage)
    per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    words = []
    spans_by = collections.defaultdict(list)
    for t in truth:
        spans_by[(t['record'], t['event'])].append((t['start'], t['end']))
    for ri, rec in enumerate(recs):
        for ei, e in enumerate(rec['events']):
            note = e['note']
            mask = list(note)
            for s, en in spans_by[(ri, ei)]:
                for i in range(s, en):
                    mask[i] = ' '
            words += [w.lower() for w in re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', ''.join(mask))]
    n = json.load(open(os.path.join(HERE, 'names-heldout20.json'), encoding='utf-8'))
    counts = {'heldout20': {
        'records': len(recs), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in recs),
        'events': sum(len(r['events']) for r in recs), 'spans': len(truth), 'templates': len(TEMPLATES),
        'templatesUsed': sum(1 for i in range(len(TEMPLATES)) if usage[i]),
        'templatesWithoutSlots': sum(1 for t in TEMPLATES if not SLOT.search(t[1])),
        'eventsWithoutSpan': sum(1 for ri, rec in enumerate(recs) for ei in range(5) if not spans_by[(ri, ei)]),
        'notesJoinedFrom2Templates': 0,
        'wordTokensOutsideSpans': len(words), 'distinctWordTokensOutsideSpans': len(set(words)),
        'maxUsesOfOneTemplate': max(usage.values()),
        'perKind': per_kind,
        'namePools': {p: {k: len(n[p][k]) for k in 'mfs'} for p in POPS},
        'ownPools': {k: len(v) for k, v in n['pools'].items()},
        'nationality': dict(sorted(collections.Counter(r['customer']['nationality'] for r in recs).items())),
        'regionalDirectorate': dict(sorted(collections.Counter(r['regionalDirectorate'] for r in recs).items())),
    }}
    with open(os.path.join(HERE, 'heldout20.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout20.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'counts-heldout20.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'run-heldout20.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    # re-read and verify again
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout20.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout20.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, usage)
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
