#!/usr/bin/env python3
"""Generator of the evaluation split heldout18 (German case-worker notes with planted personal data).
Python 3 stdlib only, deterministic (seed SEED). Reads names-heldout18.json, templates18.py and own18.py; writes
heldout18.jsonl, heldout18.truth.jsonl, counts-heldout18.json and run-heldout18.log.

Template slots (templates18.py): {X} or {X.form}
  C customer; CW case worker; TL team lead; S1..S3 colleagues (staffName)
  P1..P4 third person (any gender), M1.. male, F1.. female, Rm1/Rf1 relatives with the customer's surname,
  O1 partner of the opposite gender (thirdPersonName)
  name forms: f full, r "Sur, Given", R "SUR, Given", u upper, i "G. Sur", s surname, g given, k initials "G.S.",
  l lower case, x "Sur Given", a "Given S.", b birth name (customer), d double form "Given Sur-Other"; no form: random
  D date (forms: n numeric, s short, y 2-digit year, m month name, o no year, w month name no year, i ISO, x any foreign);
  BD customer's birth date, BK child's birth date, BA adult's birth date
  A address (form c: customer's own, f: foreign of the customer's population, b: two-line block, s: street only)
  CO company (forms: w word+trade+legal, c craft after an owner, b brand, t temp agency, i collection agency,
     f foreign, a "X & Y", h farm, default random); I institution (form = category of named body, a abbreviation)
  E e-mail (c customer, s case worker, o company mailbox); T phone (c customer, s case worker, f foreign, l landline,
     m mobile); IB iban (c customer's, f foreign, dk / gl / fo); TX tax id (c customer's, o other); RV pension number (customer's)
  KN customer number (c own, o other); BG household number (c own, o other); ID id document (p passport, a ID card,
  default either); KZ plate (f foreign)
Gender alternatives ⟨masc|fem⟩ follow the customer."""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own18 as O  # noqa: E402
from templates18 import TEMPLATES  # noqa: E402

SEED = '20261207-18'
SLOT = re.compile(r'\{([A-Z]+[a-z]?\d?)(?:\.([A-Za-z]+))?\}')
GALT = re.compile(r'⟨([^|⟩]*)\|([^⟩]*)⟩')
KINDS = {'C': 'customerName', 'CW': 'staffName', 'TL': 'staffName', 'S': 'staffName', 'P': 'thirdPersonName',
         'M': 'thirdPersonName', 'F': 'thirdPersonName', 'Rm': 'thirdPersonName', 'Rf': 'thirdPersonName',
         'O': 'thirdPersonName', 'D': 'date', 'BD': 'birthDate', 'BK': 'birthDate', 'BA': 'birthDate',
         'A': 'address', 'CO': 'company', 'I': 'institution', 'E': 'email', 'T': 'phone', 'IB': 'iban', 'TX': 'taxId',
         'RV': 'pensionNumber', 'KN': 'customerNumber', 'BG': 'householdNumber', 'ID': 'idCard', 'KZ': 'licensePlate'}
POPS = ['dk18', 'il18', 'it18', 'de18']
CUST_W = [0.22, 0.22, 0.22, 0.34]
STAFF_W = [0.12, 0.12, 0.12, 0.64]
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MONTHS_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre',
             'novembre', 'dicembre']
MONTHS_DK = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
             'december']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
BLZ = {'NSB': ['28050100', '24151005', '28550000', '25950130', '28069956'],
       'BY': ['74351430', '74350000', '77050000', '79350101', '74369146'],
       'HES': ['52350005', '51050015', '52050353', '51091500', '52360059']}


# ---------------------------------------------------------------- check digits
def iban_ok(s):
    s = re.sub(r'[\s.\-/]', '', s).upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + '00'
    chk = 98 - int(''.join(str(int(c, 36)) for c in r)) % 97
    return f'{cc}{chk:02d}{bban}'


ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
       **dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                                                 14, 16, 10, 22, 25, 24, 23]))}


def it_cin(s):
    tot = 0
    for i, c in enumerate(s):
        tot += ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + tot % 26)


def taxid_ok(s):
    s = re.sub(r'[\s.\-/]', '', s)
    if len(s) != 11 or not s.isdigit() or s[0] == '0':
        return False
    c = collections.Counter(s[:10])
    if not (max(c.values()) in (2, 3) and sorted(c.values()).count(1) == 10 - sum(v for v in c.values() if v > 1)
            and sum(1 for v in c.values() if v > 1) == 1):
        return False
    return int(s[10]) == taxid_check(s[:10])


def taxid_check(d10):
    p = 10
    for ch in d10:
        sm = (int(ch) + p) % 10
        if sm == 0:
            sm = 10
        p = (sm * 2) % 11
    c = 11 - p
    return 0 if c == 10 else c


def rv_check(s11):
    digs = s11[:8] + f'{ord(s11[8]) - 64:02d}' + s11[9:11]
    tot = 0
    for d, w in zip(digs, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]):
        p = int(d) * w
        tot += p // 10 + p % 10
    return tot % 10


def rv_ok(s):
    s = re.sub(r'[\s.\-/]', '', s).upper()
    return len(s) == 12 and s[8].isalpha() and int(s[11]) == rv_check(s[:11])


def v731(s):
    tot = 0
    for i, c in enumerate(s):
        tot += int(c, 36) * [7, 3, 1][i % 3]
    return tot % 10


def id_ok(s):
    s = re.sub(r'[\s.\-/]', '', s).upper()
    return len(s) == 10 and int(s[9]) == v731(s[:9])


def self_test():
    for good in ['DE89370400440532013000', 'GB82WEST12345698765432', 'DK5000400440116243', 'IL620108000000099999999',
                 'IT60X0542811101000000123456', 'GL8964710001000206', 'FO6264600001631634']:
        assert iban_ok(good), good
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
        assert not iban_ok(bad), bad
    assert it_cin('0542811101000000123456') == 'X'
    for good in ['86095742719', '47036892816']:
        assert taxid_ok(good), good
        assert not taxid_ok(good[:-1] + str((int(good[-1]) + 1) % 10))
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert id_ok('T220001293') and not id_ok('T220001294')


# ---------------------------------------------------------------- helpers
def fold(s):
    s = s.replace('ß', 'ss').replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'Ae')
    s = s.replace('ð', 'd').replace('Ð', 'D').replace('’', '')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def mailpart(s):
    return re.sub(r'[^a-z0-9]', '', fold(s).lower())


class Gen:
    def __init__(self, names, rnd):
        self.n = names
        self.r = rnd
        self.pools = names['pools']

    def person(self, pop, sex=None, avoid=(), surname=None):
        r = self.r
        sex = sex or r.choice('mf')
        for _ in range(200):
            gpop = pop if r.random() > 0.05 else r.choice(POPS)
            g = r.choice(self.n[gpop][sex])
            s = surname or r.choice(self.n[pop]['s'])
            if surname is None and r.random() < 0.04:
                s2 = r.choice(self.n[pop]['s'])
                if s2 != s and ' ' not in s + s2:
                    s = f'{s}-{s2}'
            if g in avoid or (surname is None and s in avoid):
                continue
            return {'g': g, 's': s, 'sex': sex, 'pop': pop, 'b': None}
        raise RuntimeError('no person')


def name_form(p, form, r):
    g, s = p['g'], p['s']
    if form is None:
        form = r.choices(['f', 'r', 'i', 'x', 'R', 'u', 'l'], [40, 16, 12, 6, 8, 8, 6])[0]
    if form == 'f':
        return f'{g} {s}'
    if form == 'r':
        return f'{s}, {g}'
    if form == 'R':
        return f'{s.upper()}, {g}'
    if form == 'u':
        return f'{g} {s}'.upper()
    if form == 'i':
        return f'{g[0]}. {s}'
    if form == 's':
        return s
    if form == 'g':
        return g
    if form == 'k':
        return f'{g[0]}.{s[0]}.'
    if form == 'l':
        return f'{g} {s}'.lower()
    if form == 'x':
        return f'{s} {g}'
    if form == 'a':
        return f'{g} {s[0]}.'
    if form == 'b':
        return p['b'] or s
    if form == 'd':
        return f'{g} {p["b"] or s}'
    raise ValueError(form)


def fmt_date(d, form, r, birth=False):
    if form is None:
        form = r.choices(['n', 's', 'y', 'm', 'o', 'w', 'i', 'x', 'l', 'R'], [30, 10, 10, 12, 7, 5, 5, 8, 6, 3])[0]
        if birth and form in 'ow':
            form = 'n'
    dd, mm, yy = d.day, d.month, d.year
    if form == 'n':
        return f'{dd:02d}.{mm:02d}.{yy}'
    if form == 's':
        return f'{dd}.{mm}.{yy}'
    if form == 'y':
        return f'{dd:02d}.{mm:02d}.{yy % 100:02d}'
    if form == 'm':
        return f'{dd}. {MONTHS[mm - 1]} {yy}'
    if form == 'o':
        return f'{dd:02d}.{mm:02d}.'
    if form == 'w':
        return f'{dd}. {MONTHS[mm - 1]}'
    if form == 'i':
        return f'{yy}-{mm:02d}-{dd:02d}'
    if form == 'l':  # slashes, as on Israeli and Italian forms
        return f'{dd:02d}/{mm:02d}/{yy}'
    if form == 'R':  # Roman month, old office style
        return f'{dd}.{ROMAN[mm - 1]}.{yy}'
    if form == 'x':
        return r.choice([f'{dd} {MONTHS_IT[mm - 1]} {yy}', f'{dd}. {MONTHS_DK[mm - 1]} {yy}',
                         f'{dd}/{mm}/{yy % 100:02d}', f'{MONTHS_EN[mm - 1]} {dd}, {yy}', f'{dd}-{mm:02d}-{yy}'])
    if form == 'I':
        return f'{dd} {MONTHS_IT[mm - 1]} {yy}'
    if form == 'K':
        return f'{dd}. {MONTHS_DK[mm - 1]} {yy}'
    if form == 'E':
        return f'{MONTHS_EN[mm - 1]} {dd}, {yy}'
    raise ValueError(form)


def rand_date(r, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(r.randint(a, b))


def fmt_iban(s, r):
    st = r.choices(['g', 'c', 'l', 'd', 'k', 'b'], [45, 20, 8, 8, 12, 7])[0]
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    if st == 'g':
        return ' '.join(groups)
    if st == 'c':
        return s
    if st == 'l':
        return ' '.join(groups).lower()
    if st == 'd':
        return '.'.join(groups)
    if st == 'k':  # blank after the country code
        return s[:2] + ' ' + s[2:4] + ' ' + ' '.join(s[4 + i:8 + i] for i in range(0, len(s) - 4, 4))
    return s[:4] + ' ' + s[4:12] + ' ' + s[12:]


def make_taxid(r):
    while True:
        digits = r.sample('0123456789', 9)
        rep = r.choice(digits)
        d = digits + [rep]
        r.shuffle(d)
        if d[0] == '0':
            continue
        s = ''.join(d)
        s += str(taxid_check(s))
        if taxid_ok(s):
            return s


def fmt_taxid(s, r):
    st = r.choice(['c', 'c', 'a', 'b', 'd', 'e'])
    return {'c': s, 'a': f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}', 'b': f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}',
            'd': f'{s[:4]} {s[4:8]} {s[8:]}', 'e': f'{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8:]}'}[st]


def make_rv(r, bdate, initial, sex):
    area = r.choice(['12', '13', '15', '19', '21', '24', '28', '38', '40', '53', '61', '65', '81'])
    ser = r.randint(0, 49) if sex == 'm' else r.randint(50, 99)
    s = f'{area}{bdate.day:02d}{bdate.month:02d}{bdate.year % 100:02d}{initial}{ser:02d}'
    return s + str(rv_check(s))


def fmt_rv(s, r):
    st = r.choice(['a', 'c', 'b', 'd', 'e', 'l'])
    return {'a': f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}', 'c': s, 'b': f'{s[:2]} {s[2:8]} {s[8:]}',
            'd': f'{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]} {s[9:]}', 'e': f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}',
            'l': f'{s[:2]} {s[2:8]} {s[8].lower()} {s[9:]}'}[st]


IDCH = 'CFGHJKLMNPRTVWXYZ0123456789'


def make_id(r, passport=None):
    if passport is None:
        passport = r.random() >= 0.7
    first = r.choice('CFGHJK' if passport else 'LMNPRTVWXY')
    s = first + ''.join(r.choice(IDCH) for _ in range(8))
    return s + str(v731(s))


def fmt_id(s, r):
    st = r.choice(['c', 'a', 'b', 'd', 'l'])
    return {'c': s, 'a': f'{s[:9]} {s[9]}', 'b': f'{s[:3]} {s[3:6]} {s[6:9]} {s[9]}', 'd': f'{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9]}',
            'l': s.lower()}[st]


def fmt_kn(s, r):
    st = r.choice(['c', 'a', 'b', 'd', 'l'])
    return {'c': s, 'a': f'{s[:4]} {s[4:]}', 'b': f'{s[:3]} {s[3]} {s[4:7]} {s[7:]}', 'd': f'{s[:3]}-{s[3]}-{s[4:]}',
            'l': s.lower()}[st]


def fmt_bg(s, r):
    st = r.choice(['c', 'a', 'b', 'd', 'l'])
    return {'c': s, 'a': f'{s[:5]} BG {s[7:]}', 'b': f'{s[:5]} BG {s[7:9]} {s[9:11]} {s[11:]}',
            'd': f'{s[:5]}-BG-{s[7:]}', 'l': s.lower()}[st]


def plate(r, code, foreign=None):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    if foreign == 'dk18':
        return f'{r.choice(L)}{r.choice(L)} {r.randint(10, 99)} {r.randint(100, 999)}'
    if foreign == 'it18':
        return f'{r.choice(L)}{r.choice(L)} {r.randint(100, 999)} {r.choice(L)}{r.choice(L)}'
    if foreign == 'il18':
        return f'{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(100, 999)}'
    letters = ''.join(r.choice(L) for _ in range(r.choice([1, 2, 2])))
    num = str(r.randint(1, 9999 if len(code) + len(letters) < 4 else 999))
    suf = r.choice(['', '', '', '', 'E', 'H'])
    st = r.choice(['a', 'a', 'b', 'c', 'l'])
    core = {'a': f'{code}-{letters} {num}{suf}', 'b': f'{code} {letters} {num}{suf}', 'c': f'{code}-{letters}{num}{suf}',
            'l': f'{code}-{letters} {num}{suf}'.lower()}[st]
    return core


def mobile(r):
    pre = r.choice(['151', '152', '157', '160', '162', '170', '171', '172', '175', '176', '177', '179'])
    n = ''.join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8])))
    st = r.choice(['a', 'b', 'c', 'd', 'e', 'f'])
    return {'a': f'0{pre} {n[:4]} {n[4:]}', 'b': f'0{pre}/{n}', 'c': f'+49 {pre} {n}', 'd': f'+49 (0){pre} {n[:3]} {n[3:]}',
            'e': f'0049 {pre} {n}', 'f': f'0{pre}-{n}'}[st]


def landline(r, area):
    n = ''.join(str(r.randint(0, 9)) for _ in range(8 - len(area) + 3))
    st = r.choice(['a', 'b', 'c', 'd'])
    return {'a': f'{area} {n}', 'b': f'({area}) {n[:2]} {n[2:4]} {n[4:]}', 'c': f'{area}/{n}',
            'd': f'+49 {area[1:]} {n}'}[st]


def foreign_phone(r, pop):
    d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    if pop == 'dk18':
        return r.choice([f'+45 {r.choice(["20", "26", "30", "40", "51", "61"])} {d(2)} {d(2)} {d(2)}',
                         f'+299 {r.choice(["52", "55", "58"])} {d(2)} {d(2)}', f'+298 {r.choice(["21", "22", "29"])} {d(2)} {d(2)}',
                         f'0045 {d(8)}'])
    if pop == 'il18':
        return r.choice([f'+972 5{r.choice("02348")}-{d(3)}-{d(4)}', f'05{r.choice("02348")}-{d(7)}',
                         f'+972 (0)3 {d(3)} {d(4)}', f'00972 {r.choice(["2", "4", "8"])} {d(3)} {d(4)}'])
    return r.choice([f'+39 3{d(2)} {d(3)} {d(4)}', f'0039 3{d(2)} {d(7)}', f'+39 091 {d(6)}', f'+39 0965 {d(6)}',
                     f'+39 081 {d(3)} {d(4)}', f'(+39) 0471 {d(6)}'])


def provider(r, pop):
    own = {'dk18': ['mail.dk', 'jubii.dk', 'greennet.gl', 'olivant.fo'], 'il18': ['walla.co.il', 'bezeqint.net'],
           'it18': ['libero.it', 'tiscali.it', 'alice.it']}.get(pop, [])
    de = ['web.de', 'gmx.net', 't-online.de', 'posteo.de', 'ewetel.net', 'outlook.de', 'freenet.de', 'osnanet.de',
          'htp-tel.de']
    if own and r.random() < 0.5:
        return r.choice(own)
    return r.choice(de + ['gmail.com', 'hotmail.com'])


class Ctx:
    """All values of one note: persons stay the same within the note; dates run forward."""

    def __init__(self, gen, rec, meta, edate):
        self.g, self.rec, self.m = gen, rec, meta
        self.persons = {}
        self.cursor = edate - datetime.timedelta(days=gen.r.randint(5, 40))
        self.used_names = {meta['cust']['g'], meta['cust']['s'], meta['cw']['g'], meta['cw']['s'], meta['tl']['g'],
                           meta['tl']['s']}

    def pers(self, key):
        if key in self.persons:
            return self.persons[key]
        m, r, g = self.m, self.g.r, self.g
        cpop = m['cust']['pop']
        if key == 'C':
            p = m['cust']
        elif key == 'CW':
            p = m['cw']
        elif key == 'TL':
            p = m['tl']
        elif key.startswith('S'):
            p = g.person(r.choices(POPS, STAFF_W)[0], avoid=self.used_names)
        else:
            pop = cpop if r.random() < 0.6 else r.choice(POPS)
            sex = {'M': 'm', 'F': 'f', 'P': None, 'Rm': 'm', 'Rf': 'f', 'O': 'f' if m['cust']['sex'] == 'm' else 'm'}[
                re.match(r'[A-Z][a-z]?', key).group(0)]
            if key.startswith('R'):
                p = g.person(cpop, sex, avoid=self.used_names, surname=m['cust']['s'])
            else:
                p = g.person(pop, sex, avoid=self.used_names)
        self.used_names |= {p['g'], p['s']}
        self.persons[key] = p
        return p

    def next_date(self):
        self.cursor += datetime.timedelta(days=self.g.r.randint(1, 25))
        return self.cursor

    def value(self, key, form):
        """returns (text, kind or None)"""
        r, m, g = self.g.r, self.m, self.g
        base = re.match(r'[A-Z]+[a-z]?', key).group(0)
        if base in ('C', 'CW', 'TL') or re.fullmatch(r'(S|P|M|F|Rm|Rf|O)\d?', key):
            p = self.pers(key)
            return name_form(p, form, r), KINDS['C' if key == 'C' else ('S' if key in ('CW', 'TL') or key[0] == 'S' else 'P')]
        if base == 'D':
            return fmt_date(self.next_date(), form, r), 'date'
        if base == 'BD':
            return fmt_date(m['bdate'], form, r, True), 'birthDate'
        if base == 'BK':
            return fmt_date(rand_date(r, 2008, 2023), form, r, True), 'birthDate'
        if base == 'BA':
            return fmt_date(rand_date(r, 1945, 2000), form, r, True), 'birthDate'
        if base == 'A':
            return self.address(form), 'address'
        if base == 'CO':
            return self.company(form), 'company'
        if base == 'I':
            return self.institution(form), 'institution'
        if base == 'E':
            return self.email(form), 'email'
        if base == 'T':
            return self.phone(form), 'phone'
        if base == 'IB':
            return self.iban(form), 'iban'
        if base == 'TX':
            return fmt_taxid(m['taxId'] if form == 'c' or form is None else make_taxid(r), r), 'taxId'
        if base == 'RV':
            return fmt_rv(m['rv'], r), 'pensionNumber'
        if base == 'KN':
            if form == 'o':
                return fmt_kn(m['knpre'] + 'D' + f'{r.randint(0, 999999):06d}', r), 'customerNumber'
            return fmt_kn(self.rec['customerNumber'], r), 'customerNumber'
        if base == 'BG':
            if form == 'o':
                return fmt_bg(m['jcid'] + 'BG' + f'{r.randint(0, 9999999):07d}', r), 'householdNumber'
            return fmt_bg(self.rec['householdNumber'], r), 'householdNumber'
        if base == 'ID':
            return fmt_id(make_id(r, {'p': True, 'a': False}.get(form)), r), 'idCard'
        if base == 'KZ':
            if form == 'f':
                pop = m['cust']['pop'] if m['cust']['pop'] != 'de18' else r.choice(POPS[:3])
                return plate(r, None, pop), 'licensePlate'
            v = r.choice([x for x in O.VILLAGES if x[5] == m['office']])
            return plate(r, v[4]), 'licensePlate'
        raise ValueError(key)

    def village(self):
        r = self.g.r
        vs = [v for v in O.VILLAGES if v[0] in self.g.pools['villages']]
        loc = [v for v in vs if v[5] == self.m['office']]
        return r.choice(loc if r.random() < 0.8 else vs)

    def street(self):
        r, P = self.g.r, self.g.pools
        if r.random() < 0.25:
            st = r.choice(P['fixedStreets'])
        else:
            st = r.choice(P['streetBases']) + r.choice(O.STREET_SUFFIXES)
        no = r.choice([str(r.randint(1, 60)), str(r.randint(1, 40)) + r.choice('abc'), f'{r.randint(1, 20)} {r.choice("ab")}',
                       f'{(n := r.randint(2, 30))}-{n + 2}'])
        return f'{st} {no}'

    def address(self, form):
        r = self.g.r
        if form == 'c':
            a = self.rec['customer']['address']
            return r.choice([f'{a["street"]}, {a["postcode"]} {a["city"]}', a['street'], f'{a["street"]} in {a["postcode"]} {a["city"]}'])
        if form in ADDR_TAGS:
            return r.choice([a for a in self.g.pools['foreignAddr'] if re.search(ADDR_TAGS[form], a)])
        if form == 'f' or (form is None and r.random() < 0.12):
            pop = self.m['cust']['pop'] if self.m['cust']['pop'] != 'de18' else r.choice(POPS[:3])
            return r.choice([a for a in self.g.pools['foreignAddr'] if a in O.FOREIGN_ADDR[pop]])
        v, p, plz = self.village()[:3]
        st = self.street()
        if form == 's':
            return st
        if form == 'b':
            return f'{st}\n{plz} {p}' + (f'-{v}' if v != p and ' ' not in p and r.random() < 0.5 else '')
        tail = r.choice(['a', 'a', 'b', 'c', 'd', 'e', 'f', 'g'])
        if v == p:
            tail = r.choice(['a', 'e', 'f'])
        return {'a': f'{st}, {plz} {v}', 'b': f'{st}, {plz} {p} OT {v}', 'c': f'{st}, OT {v}, {plz} {p}',
                'd': f'{plz} {p}-{v}, {st}' if ' ' not in p else f'{plz} {p}, {st}', 'e': f'{st} · {plz} {v}',
                'f': f'{st.upper()}, {plz} {v.upper()}', 'g': f'{st}, {r.choice(["1. OG rechts", "DG", "Hinterhaus", "Anbau", "Einliegerwohnung"])}, {plz} {v}'}[tail]

    def company(self, form):
        r, P = self.g.r, self.g.pools
        if form is None:
            form = r.choices(['w', 'c', 'b', 't', 'a', 'h', 'f', 'v'], [30, 16, 8, 8, 10, 8, 8, 12])[0]
        owner = lambda: r.choice(self.g.n[r.choice(POPS)]['s'])  # noqa: E731
        if form == 'w':
            return r.choice([f'{r.choice(P["companyWords"])} {r.choice(O.TRADES)} {r.choice(O.LEGAL)}',
                             f'{r.choice(O.TRADES)} {r.choice(P["companyWords"])} {r.choice(O.LEGAL)}',
                             f'{r.choice(P["companyWords"])}-{r.choice(O.TRADES)}'])
        if form == 'c':
            return r.choice([f'{r.choice(O.CRAFTS)} {owner()}', f'{r.choice(O.CRAFTS)} {owner()} e.K.', f'Gebr. {owner()} {r.choice(O.CRAFTS)}',
                             f'{owner()} {r.choice(O.CRAFTS)} & Sohn'])
        if form == 'b':
            return r.choice(P['brands'])
        if form == 't':
            return r.choice(P['tempAgencies'])
        if form == 'i':
            return r.choice(P['collection'])
        if form == 'a':
            a, b = owner(), owner()
            return r.choice([f'{a} & {b} {r.choice(O.TRADES)}', f'{a} und {b} GbR', f'{a} & {b}', f'{a} + {b} {r.choice(O.LEGAL)}'])
        if form == 'd':
            v = self.village()
            return r.choice([f'Fahrschule {owner()}', f'Fahrschule {v[0]}', f'{r.choice(P["companyWords"])} Fahrschule',
                             f'Fahrschule {owner()} & {owner()}', f'Fahr- und Verkehrsschule {v[1]}'])
        if form == 'h':
            v = self.village()[0]
            return r.choice([f'Obsthof {owner()}', f'Hopfenbau {owner()} GbR', f'Hofladen {v}', f'Reiterhof {v}',
                             f'Krabbenfischerei {owner()}', f'Weingut {owner()}'])
        if form == 'lad':
            return r.choice([c for c in P['foreignCompanies'] if re.search(r'Seceda|Selva', c)])
        if form == 'f':
            pop = self.m['cust']['pop'] if self.m['cust']['pop'] != 'de18' else r.choice(POPS[:3])
            return r.choice([c for c in P['foreignCompanies'] if c in O.FOREIGN_COMPANIES[pop]])
        if form == 'v':
            v = self.village()
            return r.choice([f'{r.choice(O.TRADES)} {v[1]} {r.choice(O.LEGAL)}', f'{r.choice(P["companyWords"])} {r.choice(O.TRADES)}'])
        raise ValueError(form)

    def institution(self, form):
        r, P = self.g.r, self.g.pools
        v = self.village()
        if form in O.INST_GROUPS:
            return r.choice(O.INST_GROUPS[form]).format(v=v[0], p=v[1])
        if form and form != 'a':
            return r.choice([b for b in P['namedBodies'] if b in O.NAMED_BODIES[form]])
        if form == 'a' or r.random() < 0.12:
            return r.choice(O.INST_ABBR).format(p=v[1])
        if r.random() < 0.2:
            return r.choice([b for b in P['namedBodies']])
        return r.choice(O.INST_GROUPS[r.choice(list(O.INST_GROUPS))]).format(v=v[0], p=v[1])

    def email(self, form):
        r, m = self.g.r, self.m
        if form == 'c':
            return m['cemail'] if r.random() < 0.8 else m['cemail'].upper()
        if form == 's':
            return self.rec['caseWorker']['email']
        if form == 'o':
            v = self.village()
            dom = mailpart(r.choice(self.g.pools['companyWords'])) + '-' + mailpart(r.choice(O.TRADES)) + '.de'
            return f'{r.choice(["info", "bewerbung", "personal", "jobs", "buero", "kontakt"])}@{dom}'
        p = self.g.person(r.choice(POPS), avoid=self.used_names)
        local = r.choice([f'{mailpart(p["g"])}.{mailpart(p["s"])}', f'{mailpart(p["g"])[0]}{mailpart(p["s"])}',
                          f'{mailpart(p["s"])}{r.randint(60, 99)}', f'{mailpart(p["g"])}_{mailpart(p["s"])[:4]}'])
        prov = provider(r, p['pop'])
        if r.random() < 0.12:
            host, tld = prov.split('.', 1)
            return f'{local} [at] {host} [dot] {tld}'
        return f'{local}@{prov}'

    def phone(self, form):
        r, m = self.g.r, self.m
        if form == 'c':
            return m['cphone']
        if form == 's':
            return self.rec['caseWorker']['phone']
        if form in ('gl', 'fo', 'dk'):
            d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
            return {'gl': f'+299 {r.choice(["52", "55", "58"])} {d(2)} {d(2)}', 'fo': f'+298 {r.choice(["21", "22", "29"])} {d(2)} {d(2)}',
                    'dk': f'+45 {r.choice(["20", "26", "30", "40"])} {d(2)} {d(2)} {d(2)}'}[form]
        if form == 'f':
            pop = m['cust']['pop'] if m['cust']['pop'] != 'de18' else r.choice(POPS[:3])
            return foreign_phone(r, pop)
        if form == 'l' or (form is None and r.random() < 0.4):
            return landline(r, self.village()[3])
        return mobile(r)

    def iban(self, form):
        r, m = self.g.r, self.m
        if form == 'c':
            s = self.rec['customer']['iban']
        elif form in ('gl', 'fo', 'dk'):
            s = foreign_iban(r, 'dk18', form.upper())
        elif form == 'f':
            pop = m['cust']['pop'] if m['cust']['pop'] != 'de18' else r.choice(POPS[:3])
            s = foreign_iban(r, pop)
        else:
            s = make_iban('DE', r.choice(BLZ[m['rd']]) + f'{r.randint(0, 9999999999):010d}')
        return fmt_iban(s, r)


def foreign_iban(r, pop, cc=None):
    d = lambda k: ''.join(str(r.randint(0, 9)) for _ in range(k))  # noqa: E731
    if pop == 'dk18':
        cc = cc or r.choice(['DK', 'DK', 'GL', 'FO'])
        bank = {'DK': r.choice(['0040', '3000', '5301', '9570']), 'GL': '6471', 'FO': r.choice(['6460', '9181'])}[cc]
        return make_iban(cc, bank + d(10))
    if pop == 'il18':
        return make_iban('IL', r.choice(['010', '012', '020', '011']) + d(3) + d(13))
    bban = r.choice(['03069', '02008', '05036', '01030']) + d(5) + d(12)
    return make_iban('IT', it_cin(bban) + bban)


# ---------------------------------------------------------------- records
def build_record(gen, idx, sgb2):
    r = gen.r
    pop = r.choices(POPS, CUST_W)[0]
    sex = r.choice('mf')
    cust = gen.person(pop, sex)
    group = r.choice(['general', 'longTermUnemployed', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'returners',
                      'disabledPersons', 'singleParents'])
    if not sgb2 and group == 'longTermUnemployed':
        group = 'general'
    y = {'olderWorkers': (1960, 1970), 'youngAdults': (2000, 2006)}.get(group, (1972, 1998))
    bdate = rand_date(r, *y)
    if sex == 'f' and r.random() < 0.3:
        b = r.choice(gen.n[pop]['s'])
        if b != cust['s']:
            cust['b'] = b
    v = r.choice([x for x in O.VILLAGES if x[0] in gen.pools['villages']])
    office = v[5]
    rd, jcname, agname = O.OFFICES[office]
    meta = {'cust': cust, 'bdate': bdate, 'office': office, 'rd': rd}
    ids = OFFICE_IDS[office]
    meta['jcid'] = ids[0]
    meta['knpre'] = ids[0][:3] if sgb2 else ids[1]
    cw = gen.person(r.choices(POPS, STAFF_W)[0], avoid={cust['g'], cust['s']})
    tl = gen.person(r.choices(POPS, STAFF_W)[0], avoid={cust['g'], cust['s'], cw['g'], cw['s']})
    meta['cw'], meta['tl'] = cw, tl
    dom = 'jobcenter-ge.de' if sgb2 else 'arbeitsagentur.de'
    initial = fold(cust['b'] or cust['s'])[0].upper()
    meta['rv'] = make_rv(r, bdate, initial, sex)
    meta['taxId'] = make_taxid(r)
    meta['cphone'] = mobile(r)
    meta['cemail'] = r.choice([f'{mailpart(cust["g"])}.{mailpart(cust["s"])}', f'{mailpart(cust["s"])}{bdate.year % 100:02d}',
                               f'{mailpart(cust["g"])[0]}.{mailpart(cust["s"])}']) + '@' + provider(r, pop)
    cname = f'{cust["g"]} {cust["s"]}'
    ctx0 = type('X', (), {})()
    street = (r.choice(gen.pools['fixedStreets']) if r.random() < 0.25 else r.choice(gen.pools['streetBases']) + r.choice(O.STREET_SUFFIXES)) + f' {r.randint(1, 48)}'
    rec = {'customerNumber': meta['knpre'] + 'D' + f'{r.randint(0, 999999):06d}'}
    if sgb2:
        rec['householdNumber'] = ids[0] + 'BG' + f'{r.randint(0, 9999999):07d}'
    rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
    rec['regionalDirectorate'] = rd
    if sgb2:
        rec['jobCentre'] = {'id': ids[0], 'name': jcname, 'consents16a': r.random() < 0.3}
        team = f'{ids[0]}-T{r.randint(1, 9):02d}'
    else:
        rec['agency'] = {'id': ids[1], 'name': agname}
        team = f'{ids[1]}-T{r.randint(1, 9):02d}'
    rec['team'] = team
    rec['teamLead'] = {'id': f'TL-{r.randint(1000, 9999)}', 'name': f'{tl["g"]} {tl["s"]}'}
    area = v[3]
    rec['caseWorker'] = {'id': f'MA-{r.randint(1000, 9999)}', 'name': f'{cw["g"]} {cw["s"]}',
                         'phone': f'{area} {r.randint(200, 989)}-{r.randint(100, 499)}',
                         'email': f'{mailpart(cw["g"])}.{mailpart(cw["s"])}@{dom}'}
    nat = {'dk18': 'DK', 'il18': r.choice(['IL', 'IL', 'DE']), 'it18': r.choice(['IT', 'IT', 'IT', 'DE']), 'de18': 'DE'}[pop]
    rec['customer'] = {'firstName': cust['g'], 'lastName': cust['s'], 'birthName': cust['b'], 'birthDate': bdate.isoformat(),
                       'gender': sex, 'nationality': nat,
                       'address': {'street': street, 'postcode': v[2], 'city': v[1]},
                       'phone': meta['cphone'], 'email': meta['cemail'],
                       'iban': make_iban('DE', r.choice(BLZ[rd]) + f'{r.randint(0, 9999999999):010d}'),
                       'taxId': meta['taxId'], 'pensionInsuranceNumber': meta['rv']}
    rec['customerProcess'] = r.choices(['placement', 'rehabilitation', 'employerService'], [75, 16, 9])[0]
    rec['customerGroup'] = group
    rec['municipalServices16a'] = sgb2 and r.random() < 0.1
    intake = rand_date(r, 2025, 2025)
    intake = min(intake, datetime.date(2025, 6, 30))
    d = intake
    dates = []
    for _ in range(5):
        d += datetime.timedelta(days=r.randint(6, 35))
        dates.append(d)
    rec['review'] = {'flagged': r.random() < 0.15, 'month': f'{(dates[-1] + datetime.timedelta(days=20)).strftime("%Y-%m")}',
                     'teamLeadVerdict': r.choice(['goalOriented', 'notGoalOriented'])}
    profs = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
    rec['profileHistory'] = [{'from': intake.isoformat(), 'profile': r.choice(profs)}]
    if r.random() < 0.5:
        rec['profileHistory'].append({'from': dates[2].isoformat(), 'profile': r.choice(profs)})
    types = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
             'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
    rec['events'] = [{'date': x.isoformat(), 'type': r.choice(types), 'channel': r.choice(['inPerson', 'phone', 'video']),
                      'note': ''} for x in dates]
    ms = []
    for _ in range(r.choice([0, 1, 1, 2])):
        s = dates[r.randint(0, 3)]
        ms.append({'start': s.isoformat(), 'end': (s + datetime.timedelta(days=r.randint(20, 180))).isoformat(),
                   'kind': r.choice(['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining',
                                     'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                   'outcome': r.choice(['completed', 'aborted', 'ongoing'])})
    rec['measures'] = ms
    ex = r.random() < 0.2
    rec['caseManagement'] = {'intake': intake.isoformat(), 'exit': (dates[-1] + datetime.timedelta(days=10)).isoformat() if ex else None,
                             'exitReason': r.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity',
                                                     'noCooperation']) if ex else None}
    return rec, meta, dates


OFFICE_IDS = {}
# foreign address of one place: Greenland, Faroe Islands, Denmark, Sicily, Calabria, Naples, Dolomites / Friuli, Israel
ADDR_TAGS = {'gl': r' 39\d\d ', 'fo': r'FO-', 'dk': r'\d{4} (Aabenraa|København|Gråsten)', 'si': r' (PA|CT)$',
             'ca': r' (VV|RC)$', 'na': r' NA$', 'lad': r'(BZ|UD)', 'il': r'(Tel Aviv|Haifa|Jerusalem|Eilot|Sheva|Netanya)'}


def render(ctx, body, sex):
    out, spans, pos = [], [], 0
    body = GALT.sub(lambda mm: mm.group(1) if sex == 'm' else mm.group(2), body)
    i = 0
    skip_dot = False
    for mm in SLOT.finditer(body):
        lit = body[i:mm.start()]
        if skip_dot and lit.startswith('.'):
            lit = lit[1:]
        skip_dot = False
        out.append(lit)
        pos += len(lit)
        text, kind = ctx.value(mm.group(1), mm.group(2))
        spans.append((pos, pos + len(text), kind, text))
        out.append(text)
        pos += len(text)
        if text.endswith('.'):
            skip_dot = True
        i = mm.end()
    lit = body[i:]
    if skip_dot and lit.startswith('.'):
        lit = lit[1:]
    out.append(lit)
    return ''.join(out), spans


def slot_kind(key):
    base = re.match(r'[A-Z]+[a-z]?', key).group(0)
    if base in KINDS:
        return KINDS[base]
    return KINDS[re.match(r'[A-Z]+', key).group(0)] if re.match(r'[A-Z]+', key).group(0) in KINDS else KINDS[key[0]]


def n_values(body):
    return len(SLOT.findall(body))


TARGET = {'address': 140, 'birthDate': 80, 'company': 270, 'customerName': 240, 'customerNumber': 38, 'date': 420,
          'email': 95, 'householdNumber': 35, 'iban': 44, 'idCard': 38, 'institution': 240, 'licensePlate': 40,
          'pensionNumber': 27, 'phone': 125, 'staffName': 180, 'taxId': 27, 'thirdPersonName': 400}


def max_uses(body):
    if n_values(body) == 0:
        return 2
    return 8 if n_values(body) <= 2 else (6 if n_values(body) <= 4 else 4)


def choose(r, tpls, cand, uses, counts, remaining_slots, unused):
    # unused templates first, at a rate that uses them all by the end
    un = [i for i in cand if uses[i] == 0]
    if un and r.random() < min(1.0, 1.6 * len(unused) / max(1, remaining_slots)):
        return r.choice(un)
    scored = []
    for i in cand:
        ks = [slot_kind(k) for k, _ in SLOT.findall(tpls[i][1])]
        s = 0.0
        for k in ks:
            deficit = (TARGET[k] * 0.9 - counts[k]) / TARGET[k]
            s += deficit if deficit > 0 else 2 * deficit
        if not ks:
            s -= 0.5
        s -= 0.15 * uses[i]
        scored.append((s + r.random() * 0.2, i))
    scored.sort(reverse=True)
    return r.choice(scored[:12])[1]


def fits(t, sgb2, pop):
    flags = t[0]
    if '2' in flags and not sgb2:
        return False
    if '3' in flags and sgb2:
        return False
    m = re.search(r'p:(\w+)', flags)
    if m and m.group(1) != pop:
        return False
    if '{BG' in t[1] and not sgb2:
        return False
    return True


def main():
    r = random.Random(SEED)
    names = json.load(open(os.path.join(HERE, 'names-heldout18.json'), encoding='utf-8'))
    gen = Gen(names, r)
    for k in O.OFFICES:
        OFFICE_IDS[k] = (f'{r.randint(10000, 99999)}', f'{r.randint(100, 999)}')
    tpls = TEMPLATES
    assert len({t[1] for t in tpls}) == len(tpls), 'duplicate template'
    uses = collections.Counter()
    counts = collections.Counter()
    recs, truth = [], []
    order = [True] * 120 + [False] * 40
    r.shuffle(order)
    for ri, sgb2 in enumerate(order):
        rec, meta, dates = build_record(gen, ri, sgb2)
        pop = meta['cust']['pop']
        used_here = set()
        for ei, ed in enumerate(dates):
            cand = [i for i, t in enumerate(tpls) if fits(t, sgb2, pop) and i not in used_here and uses[i] < max_uses(t[1])]
            bound = [i for i in cand if 'p:' in tpls[i][0] and uses[i] == 0]
            unused = [i for i in range(len(tpls)) if uses[i] == 0]
            remaining = (160 - ri) * 5 - ei
            ti = r.choice(bound) if bound else choose(r, tpls, cand, uses, counts, remaining, unused)
            used_here.add(ti)
            uses[ti] += 1
            ctx = Ctx(gen, rec, meta, ed)
            note, spans = render(ctx, tpls[ti][1], meta['cust']['sex'])
            rec['events'][ei]['note'] = note
            for s, e, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
                counts[k] += 1
        recs.append(rec)
    verify(recs, truth, tpls, uses)
    with open(os.path.join(HERE, 'heldout18.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout18.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout18.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout18.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, tpls, uses)
    toks = []
    for ri, rec in enumerate(recs2):
        for ei, e in enumerate(rec['events']):
            note = e['note']
            sp = sorted((t['start'], t['end']) for t in truth2 if t['record'] == ri and t['event'] == ei)
            rest, last = [], 0
            for s, en in sp:
                rest.append(note[last:s])
                last = en
            rest.append(note[last:])
            toks += re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', ' '.join(rest))
    ev_with = {(t['record'], t['event']) for t in truth2}
    res = {'heldout18': {
        'records': len(recs2), 'recordsSGB2': sum(x['legalDomain'] == 'SGB2' for x in recs2), 'events': 800,
        'spans': len(truth2), 'templates': len(tpls), 'templatesUsed': sum(1 for i in range(len(tpls)) if uses[i]),
        'templatesWithoutSlots': sum(1 for t in tpls if not SLOT.search(t[1])),
        'eventsWithoutSpan': 800 - len(ev_with), 'notesJoinedFrom2Templates': 0,
        'wordTokensOutsideSpans': len(toks), 'distinctWordTokensOutsideSpans': len(set(t.lower() for t in toks)),
        'maxUsesOfOneTemplate': max(uses.values()),
        'perKind': dict(sorted(collections.Counter(t['kind'] for t in truth2).items())),
        'namePools': {p: {g: len(names[p][g]) for g in 'mfs'} for p in POPS},
        'ownPools': {k: len(v) for k, v in names['pools'].items()}}}
    with open(os.path.join(HERE, 'counts-heldout18.json'), 'w', encoding='utf-8') as f:
        json.dump(res, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run-heldout18.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(res, ensure_ascii=False) + '\n')
    print(json.dumps(res, ensure_ascii=False))


NAME_KINDS = {'customerName', 'staffName', 'thirdPersonName'}


def verify(recs, truth, tpls, uses):
    self_test()
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    for rec in recs:
        assert len(rec['events']) == 5
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and 'agency' not in rec
            assert rec['householdNumber'].startswith(rec['jobCentre']['id']) and rec['householdNumber'][5:7] == 'BG'
            assert rec['customerNumber'][:3] == rec['jobCentre']['id'][:3]
        else:
            assert 'agency' in rec and 'jobCentre' not in rec and 'householdNumber' not in rec
            assert rec['customerNumber'][:3] == rec['agency']['id']
        assert re.fullmatch(r'\d{3}D\d{6}', rec['customerNumber'])
        c = rec['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])
        rv = c['pensionInsuranceNumber']
        bd = datetime.date.fromisoformat(c['birthDate'])
        assert rv[2:8] == f'{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}'
        assert rv[8] == fold(c['birthName'] or c['lastName'])[0].upper()
        assert (int(rv[9:11]) < 50) == (c['gender'] == 'm')
    by = collections.defaultdict(list)
    for t in truth:
        by[(t['record'], t['event'])].append(t)
    for (ri, ei), ts in by.items():
        note = recs[ri]['events'][ei]['note']
        ts = sorted(ts, key=lambda t: t['start'])
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (ri, ei, 'overlap')
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert not re.fullmatch(r'[ \t]*', note[a['end']:b['start']]), (ri, ei, 'adjacent names')
        for t in ts:
            v = note[t['start']:t['end']]
            assert v == t['value'], (ri, ei, t['kind'])
            assert v == v.strip() and v, (ri, ei, t['kind'])
            k = t['kind']
            if k == 'iban':
                assert iban_ok(v), (ri, ei, k)
            if k == 'taxId':
                assert taxid_ok(v), (ri, ei, k)
            if k == 'pensionNumber':
                assert rv_ok(v), (ri, ei, k)
            if k == 'idCard':
                assert id_ok(v), (ri, ei, k)
            if k == 'customerNumber':
                assert re.fullmatch(r'\d{3}D\d{6}', re.sub(r'[\s\-]', '', v).upper()), (ri, ei, k)
            if k == 'householdNumber':
                assert re.sub(r'[\s\-]', '', v).upper().startswith(recs[ri]['jobCentre']['id']), (ri, ei, k)
    for rec in recs:
        for e in rec['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    assert all(uses[i] > 0 for i in range(len(tpls))), [tpls[i][1][:40] for i in range(len(tpls)) if not uses[i]]


if __name__ == '__main__':
    main()
