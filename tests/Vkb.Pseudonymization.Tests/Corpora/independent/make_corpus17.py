#!/usr/bin/env python3
"""Generator of the evaluation split heldout17 (German case-worker notes with planted personal data).
Python 3 stdlib only, deterministic (seed SEED). Reads names-heldout17.json, templates17.py, own17.py; writes heldout17.jsonl,
heldout17.truth.jsonl, counts-heldout17.json and run-heldout17.log.

Slot syntax of the templates (templates17.py):
  {CODE[g][n][:form]}  CODE = C customer, R relative (customer's family name), T third person, S colleague (staff),
                       SW the record's case worker, SL the record's team lead, CO company, IN institution, AD address,
                       EM e-mail, PH phone, IB IBAN, TX tax id, RV pension number, KN customer number, BG household number,
                       ID ID card / passport, KZ licence plate, GD birth date, D date.
                       g = m | f fixes the gender of R / T / S (o = opposite of the customer's); n = digit, the same person / value again in one note.
  ⟨a|b⟩                gender alternative after the customer (a = male, b = female).
Template tags: '2' / '3' legal domain only, 'm' / 'f' customer gender, 'p=<pop>' customer population, 'bn' needs a birth name.
"""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SEED = '20261207-17'
SLOT = re.compile(r'\{(SW|SL|CO|IN|AD|EM|PH|IB|TX|RV|KN|BG|ID|KZ|GD|C|R|T|S|D)([mfo]?)(\d?)(?::([\w-]+))?\}')
GALT = re.compile(r'⟨([^|⟩]*)\|([^⟩]*)⟩')
KIND = {'C': 'customerName', 'R': 'thirdPersonName', 'T': 'thirdPersonName', 'S': 'staffName', 'SW': 'staffName',
        'SL': 'staffName', 'CO': 'company', 'IN': 'institution', 'AD': 'address', 'EM': 'email', 'PH': 'phone', 'IB': 'iban',
        'TX': 'taxId', 'RV': 'pensionNumber', 'KN': 'customerNumber', 'BG': 'householdNumber', 'ID': 'idCard',
        'KZ': 'licensePlate', 'GD': 'birthDate', 'D': 'date'}
NAMEKINDS = ('customerName', 'staffName', 'thirdPersonName')
TARGET = {'address': 150, 'birthDate': 80, 'company': 262, 'customerName': 232, 'customerNumber': 36, 'date': 440,
          'email': 95, 'householdNumber': 36, 'iban': 45, 'idCard': 38, 'institution': 240, 'licensePlate': 40,
          'pensionNumber': 26, 'phone': 130, 'staffName': 172, 'taxId': 28, 'thirdPersonName': 382}
POPS = ['br17', 'rm17', 'mu17', 'mh17', 'co17', 'de17']
CUST_W = [16, 16, 16, 16, 16, 20]
STAFF_W = [8, 6, 6, 8, 6, 66]
NAT = {'br17': ['FR'], 'rm17': ['CH'], 'mu17': ['MU', 'MU', 'FR', 'SC'], 'mh17': ['IN'], 'co17': ['EG', 'EG', 'DE'], 'de17': ['DE']}
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MONTHS_RM = ['schaner', 'favrer', 'mars', 'avrigl', 'matg', 'zercladur', 'fanadur', 'avust', 'settember', 'october', 'november', 'december']
MON3 = ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez']
MONABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']


# ------------------------------------------------------------------ check digits
def iban_ok(s):
    s = s.replace(' ', '').replace('.', '').replace('-', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    t = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in t)) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + '00'
    return cc + '%02d' % (98 - int(''.join(str(int(c, 36)) for c in t)) % 97) + bban


def tax_check(d10):
    p = 10
    for c in d10:
        s = (int(c) + p) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    r = 11 - p
    return 0 if r == 10 else r


def tax_ok(s):
    s = re.sub(r'[ .\-/]', '', s)
    if not re.fullmatch(r'[1-9]\d{10}', s):
        return False
    c = collections.Counter(s[:10])
    multi = [d for d, n in c.items() if n > 1]
    if len(multi) != 1 or c[multi[0]] > 3:
        return False
    if c[multi[0]] == 3 and multi[0] * 3 in s[:10]:
        return False
    return tax_check(s[:10]) == int(s[10])


def rv_check(s11):  # s11 = 8 digits + letter + 2 digits
    digits = s11[:8] + '%02d' % (ord(s11[8]) - 64) + s11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(divmod(int(d) * wi, 10)) for d, wi in zip(digits, w)) % 10


def rv_ok(s):
    s = re.sub(r'[ .\-/]', '', s).upper()
    return bool(re.fullmatch(r'\d{8}[A-Z]\d{3}', s)) and rv_check(s[:11]) == int(s[11])


def id_check(s9):
    w = [7, 3, 1]
    return sum(int(c, 36) * w[i % 3] for i, c in enumerate(s9)) % 10


def id_ok(s):
    s = re.sub(r'[ .\-]', '', s).upper()
    return bool(re.fullmatch(r'[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d', s)) and id_check(s[:9]) == int(s[9])


def self_test():
    for good in ['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'CH9300762011623852957',
                 'MU17BOMM0101101030300200000MUR', 'SC18SSCB11010000000000001497USD', 'EG380019000500000000263180002']:
        assert iban_ok(good), good
        bad = good[:-1] + ('0' if good[-1] != '0' else '1') if good[-1].isdigit() else good[:-2] + ('1' if good[-2] != '1' else '2') + good[-1]
        assert not iban_ok(bad), bad
    for good in ['86095742719', '47036892816']:
        assert tax_ok(good) and not tax_ok(good[:-1] + str((int(good[-1]) + 1) % 10))
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert id_ok('T220001293') and not id_ok('T220001294')
    assert iban_make('DE', '370400440532013000') == 'DE89370400440532013000'


# ------------------------------------------------------------------ helpers
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def ascii_local(s):
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return re.sub(r"[^a-z0-9\-]", '', fold(s).lower().replace(' ', '-').replace('’', ''))


class Person:
    def __init__(self, given, sur, gender, pop):
        self.given, self.sur, self.gender, self.pop = given, sur, gender, pop

    def form(self, f):
        g, s = self.given, self.sur
        if f == 'full':
            return f'{g} {s}'
        if f == 'rev':
            return f'{s}, {g}'
        if f == 'REV':
            return f'{s.upper()}, {g}'
        if f == 'UP':
            return f'{g.upper()} {s.upper()}'
        if f == 'ini':
            return f'{g[0]}. {s}'
        if f == 'surini':
            return f'{s} {g[0]}.'
        if f == 'initials':
            return f'{g[0]}.{s[0]}.' if s[0].isalpha() else f'{g[0]}.'
        if f == 'lower':
            return f'{g} {s}'.lower()
        if f == 'given':
            return g
        if f == 'sur':
            return s
        if f == 'SUR':
            return s.upper()
        if f == 'surfirst':
            return f'{s} {g}'
        if f == 'slash':
            return f'{s}/{g}'
        raise ValueError(f)


class Gen:
    def __init__(self, names):
        self.rng = random.Random(SEED)
        self.N = names
        self.P = names['pools']

    # -------------------------------------------------------------- names
    def person(self, pop, gender=None, avoid=(), sur=None):
        r = self.rng
        gender = gender or r.choice('mf')
        for _ in range(200):
            gp = pop if r.random() > 0.05 else r.choice(POPS)
            g = r.choice(self.N[gp][gender])
            s = sur or r.choice(self.N[pop]['s'])
            if sur is None and r.random() < 0.04:
                s2 = r.choice(self.N[pop]['s'])
                if s2 != s and ' ' not in s and ' ' not in s2:
                    s = f'{s}-{s2}'
            toks = set(re.split(r'[\s\-]', g.lower())) | (set() if sur else set(re.split(r'[\s\-]', s.lower())))
            if not toks & set(avoid):
                return Person(g, s, gender, pop)
        raise RuntimeError('no person')

    # -------------------------------------------------------------- identifiers
    def tax_id(self):
        r = self.rng
        while True:
            digs = r.sample('0123456789', 9)
            if digs[0] == '0':
                continue
            dup = r.choice(digs[1:] if r.random() < 0.5 else digs)
            pos = r.randrange(1, 10)
            d = digs[:pos] + [dup] + digs[pos:]
            s = ''.join(d)
            if s[0] == '0':
                continue
            s += str(tax_check(s))
            if tax_ok(s):
                return s

    def pension(self, birth, initial, gender):
        r = self.rng
        area = r.choice(['10', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28', '29',
                         '40', '42', '43', '44', '45', '46', '48', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59'])
        serial = r.randrange(0, 50) + (50 if gender == 'f' else 0)
        s = f'{area}{birth.day:02d}{birth.month:02d}{birth.year % 100:02d}{initial}{serial:02d}'
        return s + str(rv_check(s))

    def id_doc(self, kind):
        r = self.rng
        first = r.choice('CFGHJK') if kind == 'pass' else r.choice('LMNPRTVWXY')
        s = first + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
        return s + str(id_check(s))

    def iban(self, cc):
        r = self.rng
        d = lambda n: ''.join(r.choice('0123456789') for _ in range(n))
        if cc == 'DE':
            return iban_make('DE', r.choice(['68050101', '66450050', '68290000', '18050000', '16050000', '17054040', '21750000',
                                             '21352240', '15050400', '68092000', '66490000', '18062678', '21763542']) + d(10))
        if cc == 'FR':
            bank, br, acc = d(5), d(5), d(11)
            key = 97 - ((89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97)
            return iban_make('FR', f'{bank}{br}{acc}{key:02d}')
        if cc == 'CH':
            return iban_make('CH', r.choice(['00774', '00781', '80808', '00235']) + d(12))
        if cc == 'MU':
            return iban_make('MU', r.choice(['BOMM', 'MCBL', 'SBMU', 'ABCM']) + d(2) + d(2) + d(12) + '000MUR')
        if cc == 'SC':
            return iban_make('SC', r.choice(['SSCB', 'BARC', 'NOVH']) + d(2) + d(2) + d(16) + 'SCR')
        if cc == 'EG':
            return iban_make('EG', d(25))
        raise ValueError(cc)

    # -------------------------------------------------------------- formatting
    def fmt_iban(self, s):
        r = self.rng.random()
        g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
        if r < 0.45:
            return g
        if r < 0.65:
            return s
        if r < 0.75:
            return g.lower()
        if r < 0.85:
            return '.'.join(s[i:i + 4] for i in range(0, len(s), 4))
        if r < 0.93 and s.startswith('DE'):
            return f'{s[:4]} {s[4:12]} {s[12:]}'
        return '-'.join(s[i:i + 4] for i in range(0, len(s), 4))

    def fmt_tax(self, s):
        return self.rng.choice([s, s, f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}', f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}',
                                f'{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8:]}', f'{s[:5]} {s[5:]}', f'{s[:2]}-{s[2:5]}-{s[5:8]}-{s[8:]}'])

    def fmt_rv(self, s):
        return self.rng.choice([s, f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}', f'{s[:2]} {s[2:8]} {s[8]}{s[9:]}',
                                f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}', f'{s[:2]}/{s[2:8]}/{s[8]}/{s[9:]}', s.lower(),
                                f'{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]} {s[9:]}'])

    def fmt_id(self, s):
        return self.rng.choice([s, s, f'{s[:9]} {s[9]}', f'{s[:9]}-{s[9]}', f'{s[:3]} {s[3:6]} {s[6:9]} {s[9]}', s.lower(),
                                f'{s[:4]} {s[4:9]} {s[9]}'])

    def fmt_kn(self, s):
        return self.rng.choice([s, s, f'{s[:4]} {s[4:]}', f'{s[:3]} {s[3]} {s[4:]}', f'{s[:3]}-{s[3]}-{s[4:]}', s.lower(),
                                f'{s[:4]}-{s[4:7]}-{s[7:]}', f'{s[:4]}/{s[4:]}'])

    def fmt_bg(self, s):
        return self.rng.choice([s, s, f'{s[:5]} BG {s[7:]}', f'{s[:5]}-BG-{s[7:]}', f'{s[:7]} {s[7:]}', s.lower(),
                                f'{s[:5]} BG {s[7:10]} {s[10:]}', f'{s[:5]}/BG/{s[7:]}'])

    def plate(self, code, foreign=None):
        r = self.rng
        if foreign == 'FR':
            L = 'ABCDEFGHJKLMNPRSTVWXYZ'
            return f'{r.choice(L)}{r.choice(L)}-{r.randrange(100, 999)}-{r.choice(L)}{r.choice(L)}'
        if foreign == 'CH':
            return f'GR {r.randrange(1000, 199999)}'
        L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
        let = ''.join(r.choice(L) for _ in range(r.choice([1, 2, 2])))
        num = str(r.randrange(1, 9999 if len(code) + len(let) < 5 else 999))
        suf = r.choice(['', '', '', '', '', 'E', 'H'])
        v = r.random()
        if v < 0.45:
            return f'{code}-{let} {num}{suf}'
        if v < 0.6:
            return f'{code} {let} {num}{suf}'
        if v < 0.7:
            return f'{code}-{let}{num}{suf}'
        if v < 0.8:
            return f'{code}{let}{num}{suf}'
        if v < 0.9:
            return f'{code}-{let} {num}{suf}'.lower()
        return f'{code}:{let} {num}{suf}'

    def fmt_date(self, d, style=None):
        r = self.rng
        st = style or r.choice(['dot', 'dot', 'dot', 'dot1', 'short', 'long', 'long', 'iso', 'noyear', 'longnoyear', 'xl',
                                'spaced', 'mon3'])
        if st == 'dot':
            return f'{d.day:02d}.{d.month:02d}.{d.year}'
        if st == 'dot1':
            return f'{d.day}.{d.month}.{d.year}'
        if st == 'short':
            return f'{d.day:02d}.{d.month:02d}.{d.year % 100:02d}'
        if st == 'long':
            return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
        if st == 'iso':
            return d.isoformat()
        if st == 'noyear':
            return f'{d.day:02d}.{d.month:02d}.'
        if st == 'longnoyear':
            return f'{d.day}. {MONTHS[d.month - 1]}'
        if st == 'xl':
            return f'{d.day:02d}-{MON3[d.month - 1]}-{d.year % 100:02d}'
        if st == 'spaced':
            return f'{d.day}. {d.month}. {d.year}'
        if st == 'mon3':
            return f'{d.day}. {MONABBR[d.month - 1]} {d.year}'
        if st == 'fr':
            return f'{d.day} {MONTHS_FR[d.month - 1]} {d.year}'
        if st == 'en':
            return r.choice([f'{d.day} {MONTHS_EN[d.month - 1]} {d.year}', f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'])
        if st == 'rm':
            return f'{d.day} da {MONTHS_RM[d.month - 1]} {d.year}'
        if st == 'slash':
            return f'{d.day:02d}/{d.month:02d}/{d.year}'
        if st == 'compact':
            return f'{d.year}{d.month:02d}{d.day:02d}'
        raise ValueError(st)

    def fmt_birth(self, d, style=None):
        st = style or self.rng.choice(['dot', 'dot', 'dot', 'dot1', 'short', 'long', 'iso', 'plain', 'spaced'])
        if st == 'plain':
            return f'{d.day:02d}{d.month:02d}{d.year}'
        return self.fmt_date(d, st)

    def phone(self, kind, pop='de17', area=None):
        r = self.rng
        d = lambda n: ''.join(r.choice('0123456789') for _ in range(n))
        if kind == 'mobile':
            pre = r.choice(['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0175',
                            '0176', '0177', '0178', '0179'])
            n = d(7 if pre.startswith('017') or pre.startswith('016') else 8)
            return r.choice([f'{pre} {n}', f'{pre}-{n}', f'{pre}/{n}', f'+49 {pre[1:]} {n}', f'+49 (0){pre[1:]} {n[:4]} {n[4:]}',
                             f'0049 {pre[1:]} {n}', f'{pre} {n[:3]} {n[3:]}', f'{pre}{n}', f'+49{pre[1:]}{n}'])
        if kind == 'land':
            a = area or '0761'
            n = d(8 - len(a) + 3) if len(a) < 6 else d(5)
            n = n.lstrip('0') or '7'
            return r.choice([f'{a} {n}', f'{a}/{n}', f'({a}) {n}', f'+49 {a[1:]} {n}', f'{a}-{n}', f'{a} {n[:2]} {n[2:4]} {n[4:]}'.strip()])
        if kind == 'foreign':
            if pop == 'br17':
                n = r.choice('67') + d(8)
                return r.choice([f'+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}', f'0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}',
                                 f'0033 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}', f'+33 (0)2 98 {d(2)} {d(2)} {d(2)}'])
            if pop == 'rm17':
                return r.choice([f'+41 79 {d(3)} {d(2)} {d(2)}', f'081 {d(3)} {d(2)} {d(2)}', f'0041 81 {d(3)} {d(2)} {d(2)}',
                                 f'+41 (0)78 {d(3)} {d(2)} {d(2)}'])
            if pop == 'mu17':
                return r.choice([f'+230 5{d(3)} {d(4)}', f'(+230) 5{d(3)} {d(4)}', f'+262 692 {d(2)} {d(2)} {d(2)}',
                                 f'0692 {d(2)} {d(2)} {d(2)}', f'+248 2 {d(3)} {d(3)}', f'00230 {d(3)} {d(4)}'])
            if pop == 'mh17':
                n = r.choice('6789') + d(9)
                return r.choice([f'+91 {n[:5]} {n[5:]}', f'+91-{n}', f'0{n[:5]} {n[5:]}', f'+91 20 {d(4)} {d(4)}',
                                 f'+91 80-{d(8)}'])
            if pop == 'co17':
                return r.choice([f'+20 1{r.choice("0125")} {d(4)} {d(4)}', f'+20 (0)1{r.choice("0125")} {d(8)}',
                                 f'01{r.choice("0125")} {d(3)} {d(4)}', f'+20 2 {d(4)} {d(4)}', f'0020 1{r.choice("0125")}{d(8)}'])
            return self.phone('mobile')
        raise ValueError(kind)

    def email(self, p, provider=None):
        r = self.rng
        g, s = ascii_local(p.given), ascii_local(p.sur)
        prov = provider or r.choice(self.N['_mail'][p.pop] if r.random() < 0.6 else self.N['_mail']['de17'])
        loc = r.choice([f'{g}.{s}', f'{g[0]}.{s}', f'{s}.{g}', f'{g}{s}', f'{g}_{s}{r.randrange(60, 99)}', f'{s}{r.randrange(1, 99)}',
                        f'{g}.{s[:3]}', f'{g}-{s}'])
        v = r.random()
        if v < 0.06:
            return f'{loc}(at){prov}'
        if v < 0.1:
            return f'{loc}@{prov}'.upper()
        return f'{loc}@{prov}'

    # -------------------------------------------------------------- places
    def street(self):
        r = self.rng
        P = self.P
        if r.random() < 0.3:
            base = r.choice(P['fixedStreets'])
        else:
            base = r.choice(P['streetBases']) + r.choice(['weg', 'straße', 'gasse', 'pfad', 'ring', 'stieg', 'damm', 'winkel',
                                                          'höhe', 'kamp', 'twiete', 'rain', 'acker', 'halde', 'allee', 'steig'])
        num = r.choice([str(r.randrange(1, 80)), f'{r.randrange(1, 60)}{r.choice("abc")}', f'{r.randrange(1, 40)} {r.choice("ab")}',
                        f'{r.randrange(2, 30)}-{r.randrange(31, 40)}', f'{r.randrange(1, 90)}'])
        return f'{base} {num}'

    def de_address(self, village=None, shape=None):
        r = self.rng
        v = village or r.choice(self.P['villages'])
        name, parent, plz = v[0], v[1], v[2]
        st = self.street()
        shape = shape or r.choice(['comma', 'comma', 'comma', 'parent', 'ot', 'rev', 'caps', 'block', 'in', 'floor', 'c/o'])
        if shape == 'comma':
            return f'{st}, {plz} {name}'
        if shape == 'parent':
            return f'{st}, {plz} {parent}' if parent != name else f'{st}, {plz} {name}'
        if shape == 'ot':
            return f'{st}, {plz} {parent} OT {name}' if parent != name else f'{st}, {plz} {name}'
        if shape == 'rev':
            return f'{plz} {name}, {st}'
        if shape == 'caps':
            return f'{st}, {plz} {name}'.upper()
        if shape == 'block':
            return f'{st}\n{plz} {name}'
        if shape == 'in':
            return f'{st} in {plz} {name}'
        if shape == 'floor':
            return f'{st}, {r.choice(["Hinterhaus", "2. OG rechts", "EG links", "Dachgeschoss", "Souterrain"])}, {plz} {name}'
        if shape == 'c/o':
            return f'{st}, {plz} {name}'
        raise ValueError(shape)

    def company(self, form, pop, avoid):
        r = self.rng
        P = self.P
        f = form or r.choice(['fantasy', 'fantasy', 'tradefirst', 'craft', 'craft', 'amp', 'brand', 'temp', 'hyphen'])
        if f == 'fantasy':
            return f'{r.choice(P["companyWords"])} {r.choice(["Logistik", "Gebäudeservice", "Metallbau", "Pflegedienst", "Haustechnik", "Landtechnik", "Feinkost", "Reinigung", "Holzbau", "Spedition", "Kühlhaus", "Personalservice", "Gartenbau", "Bootsbau", "Verpackung", "Etikettendruck", "Weinkellerei", "Obstbau", "Backwaren", "Brennerei", "Touristik", "Montage"])} {r.choice(["GmbH", "GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "KG", "AG", "eG", "mbH"])}'
        if f == 'tradefirst':
            return f'{r.choice(["Gebäudereinigung", "Spedition", "Pflegedienst", "Fischräucherei", "Ferienhof", "Hofladen", "Autohaus", "Zweirad", "Kältetechnik", "Sanitär"])} {r.choice(P["companyWords"])}'
        if f == 'hyphen':
            return f'{r.choice(P["companyWords"])}-{r.choice(["Service", "Frische", "Montagen", "Pflege", "Bau", "Druck"])}'
        if f in ('craft', 'owner'):
            p = self.person('de17' if r.random() < 0.7 else pop, avoid=avoid)
            c = r.choice(['Malerbetrieb', 'Zimmerei', 'Schreinerei', 'Tischlerei', 'Bäckerei', 'Metzgerei', 'Schlosserei',
                          'Glaserei', 'Raumausstattung', 'Fliesenlegerei', 'Küferei', 'Kfz-Werkstatt', 'Friseursalon',
                          'Gärtnerei', 'Steinmetz', 'Polsterei', 'Orgelbau', 'Reetdachdeckerei', 'Bootswerft', 'Konditorei'])
            return r.choice([f'{c} {p.sur}', f'{c} {p.given} {p.sur}', f'{c} {p.sur} e.K.', f'{p.sur} {c}', f'{c} {p.sur} & Sohn',
                             f'{c} {p.sur} GmbH'])
        if f == 'amp':
            a, b = self.person('de17', avoid=avoid), self.person(r.choice(POPS), avoid=avoid)
            t = r.choice(['Steuerberatung', 'Haustechnik', 'Gartenbau', 'Bedachungen', 'Elektro', 'Transporte', 'Immobilien', 'Catering'])
            return r.choice([f'{a.sur} & {b.sur} {t}', f'{a.sur} und {b.sur} {t} GbR', f'{t} {a.sur} & {b.sur} OHG',
                             f'{a.sur} & Partner {t}'])
        if f == 'brand':
            return r.choice(P['brands'])
        if f == 'temp':
            return f'{r.choice(P["companyWords"])} {r.choice(["Zeitarbeit", "Personaldienstleistungen", "Personal"])} {r.choice(["GmbH", "GmbH & Co. KG", "AG"])}'
        if f == 'inkasso':
            return f'{r.choice(["Kaiserstuhl", "Nordlicht", "Fördeblick", "Südbaden", "Lausitz", "Oder", "Spreeland"])} {r.choice(["Inkasso GmbH", "Forderungsmanagement AG", "Inkassodienst KG", "Creditservice GmbH"])}'
        if f == 'foreign':
            return r.choice(P['foreignCompanies'])
        if f == 'school':
            p = self.person('de17', avoid=avoid)
            return r.choice([f'Staplerschule {p.sur}', f'Fahrschule {p.sur}', f'{r.choice(P["companyWords"])} Staplerschulung',
                             f'Bildungszentrum {p.sur} GmbH'])
        if f == 'ship':
            p = self.person('de17', avoid=avoid)
            return r.choice([f'Partikulier {p.sur}', f'Reederei {p.sur} & Co.', f'{r.choice(P["companyWords"])} Schifffahrt GmbH',
                             f'Kahnfahrten {p.sur}', f'MS „{p.given}“ Fahrgastschifffahrt'])
        raise ValueError(f)

    def institution(self, form, village):
        r = self.rng
        P = self.P
        f = form or r.choice(['type', 'type', 'abbr', 'body'])
        vname = village[0] if r.random() < 0.7 else village[1]
        if f == 'type':
            return f'{r.choice(["Volkshochschule", "Gewerbeschule", "Gemeindebücherei", "Grundschule", "Bürgerbüro", "Familienzentrum", "Jugendhaus", "Förderschule", "Kreismusikschule", "Ortsverwaltung", "Diakoniestation", "Seniorenzentrum", "Sozialstation", "Gemeinschaftsschule", "Regionalschule", "Oberschule"])} {vname}'
        if f == 'abbr':
            return f'{r.choice(["VHS", "BSZ", "IFD", "KVJS", "LASV", "BTZ", "SPZ", "OSZ", "BBS", "DRK-Ortsverein", "AWO-Kreisverband"])} {vname}'
        if f == 'club':
            return r.choice([f'Musikverein {vname}', f'Trachtenkapelle {vname} e.V.', f'Narrenzunft {vname}', f'Heimatverein {vname}',
                             f'Landfrauenverein {vname}', f'Ruderverein {vname} von 1911', f'SV {vname} 1948 e.V.',
                             f'Schützengilde {vname}', f'Ringreiterverein {vname}'])
        if f == 'fire':
            return r.choice([f'Freiwillige Feuerwehr {vname}', f'FFW {vname}', f'Feuerwehr {vname}'])
        if f == 'fire2':
            return r.choice([f'Freiwilligen Feuerwehr {vname}', f'FFW {vname}', f'Ortswehr {vname}'])
        if f == 'kita':
            return r.choice([f'Kita {vname}', f'Kindergarten St. Fridolin {vname}', f'Kita „Spreewaldzwerge“ {vname}',
                             f'Kinderhaus Möwennest {vname}', f'Waldkindergarten {vname}'])
        if f == 'church':
            return r.choice([f'Kirchengemeinde {vname}', f'Evangelische Kirchengemeinde {vname}', f'Seelsorgeeinheit {vname}'] +
                            [b[1] for b in P['namedBodies'] if b[0] == 'church'])
        if f == 'social':
            return r.choice([f'Diakonisches Werk {vname}', f'Caritas-Suchtberatung {vname}', f'AWO-Kreisverband {vname}',
                             f'Suchtberatungsstelle {vname}', f'Psychosoziale Beratungsstelle {vname}', f'DRK-Ortsverein {vname}'])
        import own17
        dist = own17.DISTRICTS[village[5]]
        if f == 'abh':
            return r.choice([f'Ausländerbehörde {dist}', f'Ausländerbehörde des Landkreises {dist}', f'ABH {dist}'])
        if f == 'versorgung':
            return r.choice([b[1] for b in P['namedBodies'] if b[0] == 'versorgung'] + [f'Versorgungsamt {dist}'])
        if f == 'bussgeld':
            return r.choice([f'Bußgeldstelle {dist}', f'Bußgeldstelle des Landkreises {dist}', 'Zentrale Bußgeldstelle Gransee'])
        if f == 'drv':
            return r.choice([f'Auskunfts- und Beratungsstelle der DRV in {village[1]}', f'DRV-Beratungsstelle {village[1]}',
                             f'Servicezentrum der Rentenversicherung {village[1]}'])
        if f == 'probation':
            return r.choice([f'Soziale Dienste der Justiz {dist}', f'Bewährungshilfe {village[1]}', f'Ambulante Soziale Dienste {dist}'])
        if f == 'bschule':
            return r.choice([f'Berufsschule {village[1]}', f'Berufliche Schulen {village[1]}', f'Oberstufenzentrum {dist}',
                             f'Berufsbildende Schule {village[1]}', f'Gewerbliche Schule {village[1]}'])
        if f == 'hosp':
            return r.choice([f'Kreiskrankenhaus {village[1]}', f'Klinikum {dist}', f'Krankenhaus {village[1]}', f'Kreisklinik {village[1]}'])
        if f == 'amt':
            return r.choice([f'Bürgerbüro {village[1]}', f'Amt {village[1]}', f'Bürgeramt {village[1]}', f'Einwohnermeldeamt {village[1]}'])
        if f == 'vhs':
            return r.choice([f'Volkshochschule {village[1]}', f'VHS {village[1]}', f'Kreisvolkshochschule {dist}', f'VHS {dist}'])
        if f == 'betreuung':
            return r.choice([f'Betreuungsverein {dist} e.V.', f'Betreuungsverein der Diakonie {village[1]}', f'SKM Betreuungsverein {village[1]}'])
        if f == 'school':
            return f'{r.choice(["Grundschule", "Förderschule", "Gemeinschaftsschule", "Regionalschule", "Oberschule", "Realschule", "Werkrealschule", "Grund- und Hauptschule"])} {vname}'
        if f == 'shelter':
            return r.choice([f'Obdachlosenunterkunft {village[1]}', f'Wohnungslosenhilfe {dist}', f'Übergangswohnheim {village[1]}'])
        if f == 'ifd':
            return r.choice([f'IFD {dist}', f'Integrationsfachdienst {dist}', f'IFD {village[1]}'])
        cats = {'body': None, 'consulate': 'consulate', 'university': 'university', 'rehab': 'rehab', 'insurer': 'insurer',
                'chamber': 'chamber', 'sea': 'sea', 'sehen': 'sehen', 'music': 'music', 'lba': 'lba', 'authority': 'authority',
                'recog': 'Anerkennungsstelle'}
        cat = cats[f]
        return r.choice([b[1] for b in P['namedBodies'] if cat is None or b[0] == cat])


def load_names():
    with open(os.path.join(HERE, 'names-heldout17.json'), encoding='utf-8') as f:
        names = json.load(f)
    import own17
    names['_mail'] = own17.MAIL_PROVIDERS
    return names


# ------------------------------------------------------------------ records
def office_ids(key):
    r = random.Random(SEED + key)
    return str(r.randrange(10000, 99999)), str(r.randrange(100, 999))


PFORM_C = (['full'] * 34 + ['rev'] * 8 + ['REV'] * 3 + ['UP'] * 3 + ['ini'] * 8 + ['surini'] * 4 + ['lower'] * 3 +
           ['given'] * 6 + ['surfirst'] * 3 + ['slash'] * 2)
PFORM_S = ['full'] * 30 + ['rev'] * 8 + ['ini'] * 14 + ['surini'] * 6 + ['initials'] * 6 + ['REV'] * 2 + ['surfirst'] * 2


def build_record(gen, sgb):
    import own17
    r = gen.rng
    pop = r.choices(POPS, CUST_W)[0]
    gender = r.choice('mf')
    cust = gen.person(pop, gender)
    village = r.choice(gen.P['villages'])
    key = village[5]
    rd, jc_name, ag_name, _ = own17.OFFICES[key]
    jc_id, ag_id = office_ids(key)
    if sgb == 'SGB2':
        groups = ['general', 'longTermUnemployed', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents',
                  'returners', 'disabledPersons'] + (['refugees'] if pop in ('co17', 'mh17') else [])
    else:
        groups = ['general', 'general', 'youngAdults', 'olderWorkers', 'returners', 'disabledPersons']
    group = r.choice(groups)
    if group == 'singleParents' and gender == 'm' and r.random() < 0.7:
        group = 'longTermUnemployed'
    y0, y1 = {'olderWorkers': (1960, 1974), 'youngAdults': (2000, 2006)}.get(group, (1975, 1999))
    birth = datetime.date(r.randrange(y0, y1 + 1), r.randrange(1, 13), r.randrange(1, 29))
    birth_name = None
    if gender == 'f' and r.random() < 0.3:
        birth_name = r.choice([s for s in gen.N[pop]['s'] if s != cust.sur])
    cust.birth = birth_name
    initial = fold(birth_name or cust.sur)[0].upper()
    street = gen.street()
    staff_pop = lambda: r.choices(POPS, STAFF_W)[0]
    cw = gen.person(staff_pop(), avoid={cust.given.lower(), cust.sur.lower()})
    tl = gen.person(staff_pop(), avoid={cust.given.lower(), cust.sur.lower(), cw.given.lower(), cw.sur.lower()})
    dom = 'jobcenter-ge.de' if sgb == 'SGB2' else 'arbeitsagentur.de'
    cw_mail = f'{ascii_local(cw.given)}.{ascii_local(cw.sur)}@{dom}'
    cw_phone = f'{village[3]} {r.randrange(20, 99)}{r.randrange(0, 9)}-{r.randrange(100, 999)}'
    nat = r.choice(NAT[pop])
    rec = {'customerNumber': None}
    prefix = jc_id[:3] if sgb == 'SGB2' else ag_id
    rec['customerNumber'] = f'{prefix}{r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{r.randrange(0, 999999):06d}'
    if sgb == 'SGB2':
        rec['householdNumber'] = f'{jc_id}BG{r.randrange(0, 9999999):07d}'
    rec['legalDomain'] = sgb
    rec['regionalDirectorate'] = rd
    if sgb == 'SGB2':
        rec['jobCentre'] = {'id': jc_id, 'name': jc_name, 'consents16a': r.random() < 0.5}
        team = f'{jc_id}-T{r.randrange(1, 9):02d}'
    else:
        rec['agency'] = {'id': ag_id, 'name': ag_name}
        team = f'{ag_id}-T{r.randrange(1, 9):02d}'
    rec['team'] = team
    rec['teamLead'] = {'id': f'TL-{r.randrange(1000, 9999)}', 'name': tl.form('full')}
    rec['caseWorker'] = {'id': f'MA-{r.randrange(1000, 9999)}', 'name': cw.form('full'), 'phone': cw_phone, 'email': cw_mail}
    iban = gen.iban('DE')
    tax = gen.tax_id()
    rv = gen.pension(birth, initial, gender)
    rec['customer'] = {'firstName': cust.given, 'lastName': cust.sur, 'birthName': birth_name, 'birthDate': birth.isoformat(),
                       'gender': gender, 'nationality': nat,
                       'address': {'street': street, 'postcode': village[2], 'city': village[0]},
                       'phone': gen.phone('mobile'), 'email': gen.email(cust), 'iban': iban, 'taxId': tax,
                       'pensionInsuranceNumber': rv}
    proc = r.choices(['placement', 'rehabilitation', 'employerService'], [75, 30 if group == 'disabledPersons' else 15, 7])[0]
    rec['customerProcess'] = proc
    rec['customerGroup'] = group
    rec['municipalServices16a'] = sgb == 'SGB2' and r.random() < 0.12
    rec['review'] = {'flagged': r.random() < 0.2, 'month': r.choice(['2025-09', '2025-10', '2025-11']),
                     'teamLeadVerdict': r.choice(['goalOriented', 'notGoalOriented'])}
    intake = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(0, 110))
    profs = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
    ph = [{'from': intake.isoformat(), 'profile': r.choice(profs)}]
    if r.random() < 0.55:
        ph.append({'from': (intake + datetime.timedelta(days=r.randrange(40, 120))).isoformat(), 'profile': r.choice(profs)})
    rec['profileHistory'] = ph
    d = intake
    events = []
    for _ in range(5):
        d = d + datetime.timedelta(days=r.randrange(6, 30))
        events.append({'date': d.isoformat(),
                       'type': r.choice(['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview',
                                         'employerContact', 'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']),
                       'channel': r.choice(['inPerson', 'phone', 'video']), 'note': None})
    rec['events'] = events
    ms = []
    for _ in range(r.choice([0, 1, 1, 1, 2, 2])):
        s = intake + datetime.timedelta(days=r.randrange(10, 120))
        ms.append({'start': s.isoformat(), 'end': (s + datetime.timedelta(days=r.randrange(30, 200))).isoformat(),
                   'kind': r.choice(['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining',
                                     'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                   'outcome': r.choice(['completed', 'aborted', 'ongoing'])})
    rec['measures'] = ms
    cm = {'intake': intake.isoformat(), 'exit': None, 'exitReason': None}
    if r.random() < 0.25:
        cm['exit'] = (d + datetime.timedelta(days=r.randrange(5, 40))).isoformat()
        cm['exitReason'] = r.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation'])
    rec['caseManagement'] = cm
    ctx = {'cust': cust, 'cw': cw, 'tl': tl, 'village': village, 'pop': pop, 'sgb': sgb, 'rec': rec, 'birth': birth,
           'dom': dom}
    return rec, ctx


# ------------------------------------------------------------------ rendering
def slots_of(body):
    return [m.groups() for m in SLOT.finditer(body)]


def tpl_kinds(body):
    return collections.Counter(KIND[c] for c, g, n, f in slots_of(body))


def tpl_ok(tpl, ctx):
    tags, body = tpl
    tags = tags.split()
    if '2' in tags and ctx['sgb'] != 'SGB2':
        return False
    if '3' in tags and ctx['sgb'] != 'SGB3':
        return False
    if 'm' in tags and ctx['cust'].gender != 'm':
        return False
    if 'f' in tags and ctx['cust'].gender != 'f':
        return False
    if 'bn' in tags and not ctx['rec']['customer']['birthName']:
        return False
    for t in tags:
        if t.startswith('p=') and ctx['pop'] not in t[2:].split(','):
            return False
    if ctx['sgb'] != 'SGB2' and '{BG' in body:
        return False
    return True


def toks_of(p):
    return set(re.split(r'[\s\-]', p.given.lower())) | set(re.split(r'[\s\-]', p.sur.lower()))


def render(gen, tpl, ctx, edate):
    r = gen.rng
    tags, body = tpl
    cust, rec = ctx['cust'], ctx['rec']
    body = GALT.sub(lambda m: m.group(1) if cust.gender == 'm' else m.group(2), body)
    used = toks_of(cust) | toks_of(ctx['cw']) | toks_of(ctx['tl'])
    ents = {'C': cust, 'SW': ctx['cw'], 'SL': ctx['tl']}
    vals = {}
    out, spans, last, length = [], [], 0, 0
    cur = edate - datetime.timedelta(days=r.randrange(0, 21))
    def get_person(code, g, n):
        key = f'{code}{g}{n}'
        if code in ('C', 'SW', 'SL'):
            return ents[code]
        if n and key in ents:
            return ents[key]
        nonlocal used
        if g == 'o':
            g = 'f' if cust.gender == 'm' else 'm'
        if code == 'R':
            p = gen.person(cust.pop, g or None, avoid=used, sur=cust.sur)
        elif code == 'T':
            pop = cust.pop if r.random() < 0.6 else r.choice(POPS)
            p = gen.person(pop, g or None, avoid=used)
        else:
            p = gen.person(r.choices(POPS, STAFF_W)[0], g or None, avoid=used)
        used |= toks_of(p) - (toks_of(cust) if code == 'R' else set())
        if n:
            ents[key] = p
        return p

    for m in SLOT.finditer(body):
        code, g, n, form = m.groups()
        if code == 'EM' and form:
            em = re.fullmatch(r'(T|S|R)([mfo]?)(\d)', form)
            if em:
                get_person(*em.groups())
    for m in SLOT.finditer(body):
        lit = body[last:m.start()]
        out.append(lit)
        length += len(lit)
        code, g, n, form = m.groups()
        key = f'{code}{g}{n}'
        kind = KIND[code]
        if code in ('C', 'R', 'T', 'S', 'SW', 'SL'):
            p = get_person(code, g, n)
            if form == 'birth':
                v = rec['customer']['birthName']
            else:
                f = form or r.choice(PFORM_S if code in ('S', 'SW', 'SL') else PFORM_C)
                if not form and body[m.end():m.end() + 1] == '.' and f in ('surini', 'initials'):
                    f = 'full'
                v = p.form(f)
        elif n and key in vals:
            v = vals[key]
        else:
            v = value(gen, code, form, ctx, ents, cur)
            if code == 'D':
                cur = v[1]
                v = v[0]
            if n:
                vals[key] = v
        out.append(v)
        spans.append((length, length + len(v), kind, v))
        length += len(v)
        last = m.end()
        if v.endswith('.') and body[last:last + 1] == '.':
            last += 1
    out.append(body[last:])
    return ''.join(out), spans


def value(gen, code, form, ctx, ents, cur):
    r = gen.rng
    rec, cust = ctx['rec'], ctx['cust']
    c = rec['customer']
    if code == 'D':
        d = cur + datetime.timedelta(days=r.randrange(1, 18))
        st = form if form else None
        return gen.fmt_date(d, st), d
    if code == 'GD':
        if form == 'own' or not form:
            return gen.fmt_birth(ctx['birth'])
        if form == 'child':
            d = datetime.date(r.randrange(2009, 2024), r.randrange(1, 13), r.randrange(1, 29))
        else:
            d = datetime.date(r.randrange(1952, 2002), r.randrange(1, 13), r.randrange(1, 29))
        return gen.fmt_birth(d)
    if code == 'CO':
        return gen.company(form, cust.pop, toks_of(cust))
    if code == 'IN':
        v = ctx['village'] if r.random() < 0.7 else r.choice(gen.P['villages'])
        return gen.institution(form, v)
    if code == 'AD':
        if form == 'own':
            a = c['address']
            shape = r.choice(['comma', 'comma', 'caps', 'block', 'rev', 'in'])
            st, plz, city = a['street'], a['postcode'], a['city']
            return {'comma': f'{st}, {plz} {city}', 'caps': f'{st}, {plz} {city}'.upper(), 'block': f'{st}\n{plz} {city}',
                    'rev': f'{plz} {city}, {st}', 'in': f'{st} in {plz} {city}'}[shape]
        if form == 'ownstreet':
            return c['address']['street']
        if form == 'foreign':
            fa = [a for p, a in gen.P['foreignAddr'] if p == cust.pop] or [a for p, a in gen.P['foreignAddr']]
            if r.random() < 0.25:
                fa = [a for p, a in gen.P['foreignAddr']]
            return r.choice(fa)
        if form == 'street':
            return gen.street()
        vil = ctx['village'] if r.random() < 0.5 else r.choice(gen.P['villages'])
        return gen.de_address(vil, 'block' if form == 'block' else None)
    if code == 'EM':
        if form == 'own' or not form and r.random() < 0.3:
            return c['email']
        if form == 'SW':
            return rec['caseWorker']['email']
        if form and form in ents:
            p = ents[form]
            if form.startswith('S'):
                return f'{ascii_local(p.given)}.{ascii_local(p.sur)}@{ctx["dom"]}'
            return gen.email(p)
        if form == 'co':
            w = ascii_local(r.choice(gen.P['companyWords']))
            return f'{r.choice(["info", "bewerbung", "personal", "jobs", "buero", "kontakt"])}@{w}.de'
        if form == 'inst':
            return f'{r.choice(["sekretariat", "verwaltung", "info", "anmeldung"])}@{ascii_local(ctx["village"][1].split("/")[0])}.de'
        p = gen.person(cust.pop if r.random() < 0.6 else r.choice(POPS), avoid=toks_of(cust))
        return gen.email(p)
    if code == 'PH':
        if form == 'own':
            return c['phone']
        if form == 'SW':
            return rec['caseWorker']['phone']
        if form == 'foreign':
            return gen.phone('foreign', cust.pop if cust.pop != 'de17' else r.choice(POPS[:5]))
        if form == 'land' or (not form and r.random() < 0.4):
            v = ctx['village'] if r.random() < 0.6 else r.choice(gen.P['villages'])
            return gen.phone('land', area=v[3])
        return gen.phone('mobile')
    if code == 'IB':
        if form == 'own':
            return gen.fmt_iban(c['iban'])
        if form == 'foreign':
            cc = {'br17': 'FR', 'rm17': 'CH', 'mu17': r.choice(['MU', 'MU', 'SC', 'FR']), 'co17': 'EG'}.get(cust.pop, r.choice(['FR', 'CH', 'MU', 'EG', 'SC']))
            return gen.fmt_iban(gen.iban(cc))
        return gen.fmt_iban(gen.iban('DE'))
    if code == 'TX':
        return gen.fmt_tax(c['taxId'] if form != 'other' else gen.tax_id())
    if code == 'RV':
        if form == 'other':
            b = datetime.date(r.randrange(1955, 2000), r.randrange(1, 13), r.randrange(1, 29))
            return gen.fmt_rv(gen.pension(b, r.choice('ABDEFGHKLMNRSTW'), r.choice('mf')))
        return gen.fmt_rv(c['pensionInsuranceNumber'])
    if code == 'KN':
        if form == 'other':
            kn = rec['customerNumber']
            return gen.fmt_kn(f'{kn[:3]}{r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")}{r.randrange(0, 999999):06d}')
        return gen.fmt_kn(rec['customerNumber'])
    if code == 'BG':
        if form == 'other':
            bg = rec['householdNumber']
            return gen.fmt_bg(f'{bg[:5]}BG{r.randrange(0, 9999999):07d}')
        return gen.fmt_bg(rec['householdNumber'])
    if code == 'ID':
        return gen.fmt_id(gen.id_doc(form or r.choice(['id', 'id', 'pass'])))
    if code == 'KZ':
        if form == 'foreign':
            return gen.plate('', r.choice(['FR', 'CH']))
        v = ctx['village'] if r.random() < 0.7 else r.choice(gen.P['villages'])
        return gen.plate(v[4])
    raise ValueError(code)


# ------------------------------------------------------------------ verification
def verify(recs, truth, templates, uses):
    by_ev = collections.defaultdict(list)
    for t in truth:
        by_ev[(t['record'], t['event'])].append(t)
    for i, rec in enumerate(recs):
        c = rec['customer']
        assert rec['legalDomain'] in ('SGB2', 'SGB3')
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and 'agency' not in rec and re.fullmatch(r'\d{5}BG\d{7}', rec['householdNumber'])
            assert rec['householdNumber'].startswith(rec['jobCentre']['id'])
            assert rec['customerNumber'][:3] == rec['jobCentre']['id'][:3]
        else:
            assert 'agency' in rec and 'jobCentre' not in rec and 'householdNumber' not in rec
            assert rec['customerNumber'][:3] == rec['agency']['id']
        assert re.fullmatch(r'\d{3}[A-Z]\d{6}', rec['customerNumber'])
        assert iban_ok(c['iban']) and tax_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber']), i
        b = datetime.date.fromisoformat(c['birthDate'])
        rv = c['pensionInsuranceNumber']
        assert rv[2:8] == f'{b.day:02d}{b.month:02d}{b.year % 100:02d}', i
        assert rv[8] == fold(c['birthName'] or c['lastName'])[0].upper(), i
        assert (int(rv[9:11]) >= 50) == (c['gender'] == 'f'), i
        assert len(rec['events']) == 5
        for j, e in enumerate(rec['events']):
            note = e['note']
            assert isinstance(note, str) and note
            assert all(ord(ch) < 0x10000 for ch in note), (i, j)
            sp = sorted(by_ev.get((i, j), []), key=lambda t: t['start'])
            prev = None
            for t in sp:
                assert note[t['start']:t['end']] == t['value'], (i, j, t['kind'])
                assert t['value'] and t['value'] == t['value'].strip(), (i, j, t['kind'])
                assert t['kind'] in TARGET, t['kind']
                if prev is not None:
                    assert prev['end'] <= t['start'], (i, j, 'overlap')
                    if prev['kind'] in NAMEKINDS and t['kind'] in NAMEKINDS:
                        assert note[prev['end']:t['start']].strip(' \t') != '', (i, j, 'adjacent names')
                prev = t
                k, v = t['kind'], t['value']
                if k == 'iban':
                    assert iban_ok(v), (i, j, k)
                elif k == 'taxId':
                    assert tax_ok(v), (i, j, k)
                elif k == 'pensionNumber':
                    assert rv_ok(v), (i, j, k)
                elif k == 'idCard':
                    assert id_ok(v), (i, j, k)
                elif k == 'customerNumber':
                    assert re.fullmatch(r'\d{3}[A-Z]\d{6}', re.sub(r'[ \-/]', '', v).upper()), (i, j, k)
                elif k == 'householdNumber':
                    assert re.fullmatch(r'\d{5}BG\d{7}', re.sub(r'[ \-/]', '', v).upper()), (i, j, k)
    bodies = [t[1] for t in templates]
    assert len(bodies) == len(set(bodies)), 'duplicate template'
    assert all(uses[i] > 0 for i in range(len(templates))), 'unused template'


def word_tokens(recs, truth):
    by_ev = collections.defaultdict(list)
    for t in truth:
        by_ev[(t['record'], t['event'])].append(t)
    toks = []
    for i, rec in enumerate(recs):
        for j, e in enumerate(rec['events']):
            note = list(e['note'])
            for t in by_ev.get((i, j), []):
                for k in range(t['start'], t['end']):
                    note[k] = ' '
            toks += re.findall(r'[^\W\d_]{3,}', ''.join(note))
    return len(toks), len(set(toks))


# ------------------------------------------------------------------ main
def main():
    from templates17 import TEMPLATES
    self_test()
    gen = Gen(load_names())
    r = gen.rng
    kinds = [tpl_kinds(b) for _, b in TEMPLATES]
    nslots = [sum(k.values()) for k in kinds]
    cap = [8 if n <= 2 else 6 for n in nslots]
    uses = collections.Counter()
    planted = collections.Counter()
    recs, truth = [], []
    sgbs = ['SGB2'] * 120 + ['SGB3'] * 40
    r.shuffle(sgbs)
    for ri, sgb in enumerate(sgbs):
        rec, ctx = build_record(gen, sgb)
        in_rec = set()
        for ei, ev in enumerate(rec['events']):
            cand = [i for i, t in enumerate(TEMPLATES) if i not in in_rec and uses[i] < cap[i] and tpl_ok(t, ctx)]
            unused = [i for i in cand if uses[i] == 0]
            notes_left = (len(sgbs) - ri) * 5 - ei
            left_all = sum(1 for i in range(len(TEMPLATES)) if uses[i] == 0)
            bound_unused = [i for i in unused if TEMPLATES[i][0].strip()]
            if bound_unused or (unused and r.random() < 1.6 * left_all / notes_left):
                bound = [i for i in unused if TEMPLATES[i][0].strip()]
                pick = r.choice(bound or unused)
            else:
                def score(i):
                    s = 0.0
                    for k, n in kinds[i].items():
                        need = TARGET[k] * 0.81 - planted[k]
                        s += n * (need / TARGET[k] if need > 0 else 2 * need / TARGET[k])
                    if nslots[i] == 0:
                        s -= 1.0
                    return s - 0.15 * uses[i]
                ranked = sorted(cand, key=lambda i: (-score(i), i))[:12]
                pick = r.choice(ranked)
            uses[pick] += 1
            in_rec.add(pick)
            note, spans = render(gen, TEMPLATES[pick], ctx, datetime.date.fromisoformat(ev['date']))
            ev['note'] = note
            for s, e, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
                planted[k] += 1
        recs.append(rec)
    verify(recs, truth, TEMPLATES, uses)
    with open(os.path.join(HERE, 'heldout17.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout17.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout17.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout17.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, uses)
    wt, wd = word_tokens(recs2, truth2)
    counts = {'heldout17': {
        'records': len(recs), 'recordsSGB2': sum(x['legalDomain'] == 'SGB2' for x in recs),
        'events': sum(len(x['events']) for x in recs), 'spans': len(truth), 'templates': len(TEMPLATES),
        'templatesUsed': sum(1 for i in range(len(TEMPLATES)) if uses[i]),
        'templatesWithoutSlots': sum(1 for n in nslots if n == 0),
        'eventsWithoutSpan': sum(1 for x in range(len(recs)) for y in range(5)
                                 if not any(t['record'] == x and t['event'] == y for t in truth)),
        'notesJoinedFrom2Templates': 0, 'wordTokensOutsideSpans': wt, 'distinctWordTokensOutsideSpans': wd,
        'maxUsesOfOneTemplate': max(uses.values()),
        'perKind': dict(sorted(collections.Counter(t['kind'] for t in truth).items())),
        'namePools': {p: {k: len(gen.N[p][k]) for k in 'mfs'} for p in POPS},
        'ownPools': {k: len(v) for k, v in gen.P.items()}}}
    with open(os.path.join(HERE, 'counts-heldout17.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'run-heldout17.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts['heldout17']['perKind'], ensure_ascii=False), len(truth))


if __name__ == '__main__':
    main()
