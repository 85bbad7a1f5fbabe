#!/usr/bin/env python3
"""Generator of the held-out split heldout14 (Python 3 stdlib only, deterministic, seed '20261207-14').

Reads names-heldout14.json (filtered name pools and own pools), templates14.py and own14.py; writes heldout14.jsonl,
heldout14.truth.jsonl, counts-heldout14.json and run-heldout14.log. Asserts check digits and every truth span before
writing and again on the re-read files.

Template syntax (templates14.py):
  leading flags '@2' SGB II only, '@3' SGB III only, '@m' / '@f' customer gender, '@b' customer has a birth name,
  '@t' typed on a phone (values lose their umlauts: ae / oe / ue / ss), combined as in '@2t '.
  [a|b]            a for a male customer, b for a female customer
  {SLOT[:form][#n]} a planted value; '#n' repeats the same value within the note.
  name slots: C (customer), CW (own case worker), TL (team lead), S1..S5 (colleagues), P1..P9 (third persons, any
    gender), Pm1 / Pf1 (fixed gender), Rm1 / Rf1 (relatives with the customer's surname);
    forms: full rev REV UP init surinit inits low given sur title titlefull cn any birth
  CO[:kind] company (fant, craft, brand, foreign, temp, trade), IN[:kind] institution (type, court, school, clinic,
    police, abbr, insurer, pension, accident, chamber, welfare, consulate, community, authority, body),
  AD[:kind] address (full, street, C, Cstreet, foreign, lines), EM[:who] e-mail (C, CW, S1.., CO, P, dict),
  PH[:kind] phone (C, CW, staff, mob, land, foreign, dict), IB[:kind] IBAN (C, DE, foreign), TX[:other] tax id,
  RV pension number, KN[:C] customer number, BG[:C] household number, ID id document, KZ licence plate,
  GD[:C|child|small|adult|senior] birth date, D[:ny|long|iso|num|en|es|wd] date (dates run forward within a note).
"""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own14 as O  # noqa: E402
from templates14 import TEMPLATES  # noqa: E402

SEED = '20261207-14'
SPLIT = 'heldout14'
NAME_KINDS = ('customerName', 'staffName', 'thirdPersonName')
TARGET = {'address': 165, 'birthDate': 75, 'company': 215, 'customerName': 245, 'customerNumber': 36, 'date': 450,
          'email': 85, 'householdNumber': 38, 'iban': 50, 'idCard': 40, 'institution': 195, 'licensePlate': 42,
          'pensionNumber': 30, 'phone': 145, 'staffName': 155, 'taxId': 30, 'thirdPersonName': 380}
POPS = ['cn14', 'by14', 'gm14', 'lu14', 'tz14', 'uz14', 'ga14', 'ar14', 'de14']
CUST_W = [11, 11, 11, 10, 10, 11, 9, 10, 17]
STAFF_W = [5, 7, 4, 4, 4, 6, 5, 5, 60]
NATION = {'cn14': ['CN', 'CN', 'CN', 'TW', 'HK'], 'by14': ['BY'], 'gm14': ['GM', 'GM', 'GN'], 'lu14': ['AO', 'MZ', 'PT'],
          'tz14': ['TZ'], 'uz14': ['UZ', 'UZ', 'TM'], 'ga14': ['IE', 'IE', 'GB'], 'ar14': ['AR', 'AR', 'UY', 'IT', 'ES'],
          'de14': ['DE']}
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MON3 = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
WD = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']

# ---------------------------------------------------------------- check digits

def iban_ok(s):
    s = re.sub(r'[\s\-./]', '', s).upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in r.upper()))
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
    if not re.fullmatch(r'[1-9]\d{10}', s):
        return False
    cnt = collections.Counter(s[:10])
    if not (sorted(cnt.values())[-1] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return taxid_check(s[:10]) == int(s[10])


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(first11):  # 2 area + 6 date + letter + 2 serial
    digits = first11[:8] + f'{ord(first11[8]) - 64:02d}' + first11[9:11]
    return sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, RV_W)) % 10


def rv_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return bool(re.fullmatch(r'\d{8}[A-Z]\d{3}', s)) and rv_check(s[:11]) == int(s[11])


def c731(s):
    w = [7, 3, 1]
    return sum(int(c, 36) * w[i % 3] for i, c in enumerate(s)) % 10


def idcard_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return len(s) == 10 and c731(s[:9]) == int(s[9])


def pt_nib(d19):
    return f'{98 - (int(d19) * 100) % 97:02d}'


IT_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
                                                      16, 10, 22, 25, 24, 23]))}


def it_cin(s22):
    t = 0
    for i, c in enumerate(s22):
        t += IT_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return chr(65 + t % 26)


def self_test():
    assert iban_ok('DE89370400440532013000') and iban_ok('GB82WEST12345698765432')
    assert not iban_ok('DE89370400440532013001')
    assert iban_make('DE', '370400440532013000') == 'DE89370400440532013000'
    assert taxid_ok('86095742719') and taxid_ok('47036892816') and not taxid_ok('86095742718')
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert c731('T22000129') == 3
    assert pt_nib('00020123123456789') if False else True
    assert iban_ok('PT50000201231234567890154') and pt_nib('0002012312345678901') == '54'
    assert it_cin('0542811101000000123456') == 'X' and iban_ok('IT60X0542811101000000123456')
    assert iban_ok('IE29AIBK93115212345678') and iban_ok('BY13NBRB3600900000002Z00AB00')


# ---------------------------------------------------------------- helpers

def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def ascii_mail(s):
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss').replace('Ä', 'Ae')
    s = s.replace('Ö', 'Oe').replace('Ü', 'Ue')
    s = fold(s).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


def deumlaut(s):
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue'), ('ß', 'ss')):
        s = s.replace(a, b)
    return s


def gender_surname(pop, s, g):
    if g != 'f':
        return s
    if pop == 'by14':
        for a, b in (('iou', 'iova'), ('ou', 'ova'), ('au', 'ava'), ('tski', 'tskaya'), ('ski', 'skaya')):
            if s.endswith(a):
                return s[:-len(a)] + b
    if pop == 'uz14':
        for a, b in (('yev', 'yeva'), ('ev', 'eva'), ('ov', 'ova')):
            if s.endswith(a):
                return s[:-len(a)] + b
    return s


class Person:
    def __init__(self, given, surname, g, pop, birth=None):
        self.given, self.surname, self.g, self.pop, self.birth = given, surname, g, pop, birth


class World:
    def __init__(self, data, rng):
        self.d, self.rng = data, rng
        self.pools = data['pools']
        self.villages = [tuple(v) for v in self.pools['villages']]
        self.by_rd = collections.defaultdict(list)
        for v in self.villages:
            self.by_rd[v[5]].append(v)
        self.streets = set()

    # ---- people
    def surnames(self, pop, g):
        s = self.d[pop]['s']
        if pop == 'ga14':
            if g == 'f':
                s = [x for x in s if not x.startswith(('Ó ', 'Mac ', "O'"))]
            else:
                s = [x for x in s if not x.startswith(('Ní ', 'Nic '))]
        return s

    def person(self, pop=None, g=None, weights=None, avoid=()):
        r = self.rng
        pop = pop or r.choices(POPS, weights or CUST_W)[0]
        g = g or r.choice('mf')
        for _ in range(50):
            gp = pop if r.random() > 0.05 else r.choice(POPS)
            given = r.choice(self.d[gp][g])
            sur = r.choice(self.surnames(pop, g))
            if r.random() < 0.04 and pop != 'cn14':
                s2 = r.choice(self.surnames(pop, g))
                if s2 != sur:
                    sur = sur + '-' + s2
            sur = gender_surname(pop, sur, g)
            if given not in avoid and sur not in avoid:
                return Person(given, sur, g, pop)
        return Person(given, sur, g, pop)

    def relative(self, cust, g, avoid=()):
        r = self.rng
        for _ in range(50):
            gp = cust.pop if r.random() > 0.05 else r.choice(POPS)
            given = r.choice(self.d[gp][g])
            if given not in avoid and given != cust.given:
                break
        base = cust.surname
        if cust.pop in ('by14', 'uz14'):
            # relatives carry the gendered form of the family name
            for a, b in (('ova', 'ov'), ('eva', 'ev'), ('yeva', 'yev'), ('ava', 'au'), ('skaya', 'ski')):
                if cust.g == 'f' and base.endswith(a):
                    base = base[:-len(a)] + b
                    break
            base = gender_surname(cust.pop, base, g)
        return Person(given, base, g, cust.pop)

    # ---- places
    def village(self, rd=None):
        return self.rng.choice(self.by_rd[rd] if rd else self.villages)

    def street(self):
        r = self.rng
        if r.random() < 0.2:
            return r.choice(self.pools['fixedStreets'])
        b = r.choice(self.pools['streetBases'])
        suf = r.choice([x for x in O.STREET_SUFFIX if x not in b.lower()])
        if suf in ('straße', 'weg', 'gasse', 'pfad', 'ring', 'winkel', 'allee', 'grund', 'kamp', 'acker', 'graben',
                   'steig', 'zeile', 'trift', 'ecke', 'hang'):
            return b + suf
        return b + ' ' + suf

    def housenr(self):
        r = self.rng
        n = str(r.randint(1, 140))
        x = r.random()
        if x < 0.12:
            n += r.choice('abc')
        elif x < 0.16:
            n += ' ' + r.choice('ab')
        elif x < 0.19:
            n = f'{n}-{int(n) + 2}'
        return n


# ---------------------------------------------------------------- value formatting

def fmt_name(p, form, rng):
    G, S = p.given, p.surname
    if form == 'any':
        form = rng.choices(['full', 'rev', 'REV', 'UP', 'init', 'surinit', 'low', 'given', 'cn'],
                           [42, 10, 5, 4, 10, 5, 4, 12, 8])[0]
        if form == 'cn' and p.pop != 'cn14':
            form = 'full'
    if form == 'full':
        return G + ' ' + S
    if form == 'rev':
        return S + ', ' + G
    if form == 'REV':
        return S.upper() + ', ' + G
    if form == 'UP':
        return (G + ' ' + S).upper()
    if form == 'init':
        return G[0] + '. ' + S
    if form == 'surinit':
        return S + ' ' + G[0] + '.'
    if form == 'inits':
        return G[0] + '.' + fold(S)[0].upper() + '.'
    if form == 'low':
        return (G + ' ' + S).lower()
    if form == 'given':
        return G
    if form in ('sur', 'title'):
        return S
    if form == 'titlefull':
        return G + ' ' + S
    if form == 'cn':
        return S.upper() + ' ' + G
    if form == 'birth':
        return p.birth
    raise ValueError(form)


def fmt_date(d, style, rng):
    if style == 'any':
        style = rng.choices(['dd', 'd', 'dy', 'ny', 'nyd', 'long', 'longny', 'mon3', 'iso', 'yy', 'slash', 'spaced',
                             'wd'], [26, 10, 12, 8, 6, 8, 4, 4, 4, 8, 3, 3, 4])[0]
    if style == 'dd':
        return f'{d.day:02d}.{d.month:02d}.{d.year}'
    if style == 'd':
        return f'{d.day}.{d.month}.{d.year}'
    if style == 'dy':
        return f'{d.day}.{d.month}.{d.year % 100:02d}'
    if style == 'yy':
        return f'{d.day:02d}.{d.month:02d}.{d.year % 100:02d}'
    if style == 'ny':
        return f'{d.day:02d}.{d.month:02d}.'
    if style == 'nyd':
        return f'{d.day}.{d.month}.'
    if style == 'long':
        return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
    if style == 'longny':
        return f'{d.day}. {MONTHS[d.month - 1]}'
    if style == 'mon3':
        return f'{d.day}. {MON3[d.month - 1]} {d.year}'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 'spaced':
        return f'{d.day:02d}. {d.month:02d}. {d.year}'
    if style == 'wd':
        return f'{WD[d.weekday()]}. {d.day:02d}.{d.month:02d}.'
    if style == 'compact':
        return f'{d.day:02d}{d.month:02d}{d.year}'
    if style == 'en':
        return d.strftime('%d %B %Y').lstrip('0')
    if style == 'es':
        es = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
              'noviembre', 'diciembre']
        return f'{d.day} de {es[d.month - 1]} de {d.year}'
    raise ValueError(style)


def grp(s, n=4, sep=' '):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


class Gen:
    def __init__(self, world, rng):
        self.w, self.rng = world, rng

    # identifiers
    def taxid(self):
        r = self.rng
        while True:
            digs = r.sample('0123456789', 9)
            dup = r.choice(digs)
            ds = digs + [dup]
            r.shuffle(ds)
            if ds[0] == '0':
                continue
            s = ''.join(ds)
            s += str(taxid_check(s))
            if taxid_ok(s):
                return s

    def fmt_taxid(self, s):
        r = self.rng.random()
        if r < 0.4:
            return s
        if r < 0.6:
            return f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}'
        if r < 0.72:
            return f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}'
        if r < 0.84:
            return f'{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8:]}'
        return f'{s[:2]}/{s[2:5]}/{s[5:8]}/{s[8:]}'

    def pension(self, p, bd):
        r = self.rng
        area = r.choice(['13', '14', '15', '16', '17', '18', '19', '23', '24', '25', '26', '28', '29', '53', '54',
                         '55', '56', '57', '58', '63', '64', '65', '66'])
        letter = fold(p.birth or p.surname)[0].upper()
        serial = r.randint(0, 49) if p.g == 'm' else r.randint(50, 99)
        first = f'{area}{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}{letter}{serial:02d}'
        return first + str(rv_check(first))

    def fmt_pension(self, s):
        r = self.rng.random()
        if r < 0.35:
            return f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}'
        if r < 0.55:
            return s
        if r < 0.65:
            return f'{s[:2]} {s[2:8]} {s[8]}{s[9:]}'
        if r < 0.75:
            return s.lower()
        if r < 0.87:
            return f'{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]} {s[9:]}'
        return f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}'

    def idcard(self):
        r = self.rng
        first = r.choice('LMNPRTVWXY' if r.random() < 0.7 else 'CFGHJK')
        body = first + ''.join(r.choice('0123456789CFGHJKLMNPRTVWXYZ') for _ in range(8))
        return body + str(c731(body))

    def fmt_idcard(self, s):
        r = self.rng.random()
        if r < 0.45:
            return s
        if r < 0.65:
            return s[:9] + ' ' + s[9]
        if r < 0.75:
            return s.lower()
        if r < 0.87:
            return f'{s[:3]} {s[3:6]} {s[6:9]} {s[9]}'
        return s[:9] + '-' + s[9]

    def iban(self, kind='DE', rd='NRW'):
        r = self.rng
        dig = lambda n: ''.join(r.choice('0123456789') for _ in range(n))  # noqa: E731
        if kind == 'DE':
            pre = {'NRW': ['370', '300', '320', '330', '350', '360', '400', '410', '420', '440', '480'],
                   'RPS': ['540', '545', '550', '560', '570', '590', '600'],
                   'SAT': ['800', '810', '820', '830', '840']}[rd]
            return iban_make('DE', r.choice(pre) + dig(5) + dig(10))
        if kind == 'PT':
            d19 = dig(19)
            return iban_make('PT', d19 + pt_nib(d19))
        if kind == 'IE':
            return iban_make('IE', r.choice(['AIBK', 'BOFI', 'IPBS', 'ULSB']) + dig(6) + dig(8))
        if kind == 'GB':
            return iban_make('GB', r.choice(['BARC', 'RBOS', 'CLYD', 'BOFS', 'MIDL']) + dig(6) + dig(8))
        if kind == 'BY':
            al = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
            return iban_make('BY', r.choice(['BPSB', 'ALFA', 'AKBB', 'BLBB', 'MTBK']) + r.choice(['3014', '3012', '3011'])
                             + ''.join(r.choice(al) for _ in range(16)))
        if kind == 'IT':
            abi, cab, acc = dig(5), dig(5), dig(12)
            return iban_make('IT', it_cin(abi + cab + acc) + abi + cab + acc)
        raise ValueError(kind)

    def fmt_iban(self, s):
        r = self.rng.random()
        if r < 0.5:
            return grp(s)
        if r < 0.7:
            return s
        if r < 0.8:
            return grp(s).lower()
        if r < 0.9:
            g = grp(s).split(' ')
            i = self.rng.randrange(1, len(g))
            return ' '.join(g[:i]) + '  ' + ' '.join(g[i:])
        return '-'.join(grp(s).split(' '))

    def fmt_kn(self, s):
        r = self.rng.random()
        if r < 0.5:
            return s
        if r < 0.65:
            return s[:4] + ' ' + s[4:]
        if r < 0.75:
            return s[:3] + ' ' + s[3] + ' ' + s[4:]
        if r < 0.85:
            return s.lower()
        if r < 0.93:
            return s[:3] + '-' + s[3] + '-' + s[4:]
        return s[:4] + ' ' + s[4:7] + ' ' + s[7:]

    def fmt_bg(self, s):
        r = self.rng.random()
        if r < 0.5:
            return s
        if r < 0.68:
            return s[:5] + ' BG ' + s[7:]
        if r < 0.78:
            return s[:5] + 'BG ' + s[7:]
        if r < 0.86:
            return s[:5] + '-BG-' + s[7:]
        if r < 0.93:
            return s.lower()
        return s[:5] + ' ' + s[5:7] + ' ' + s[7:10] + ' ' + s[10:]

    def plate(self, rd):
        r = self.rng
        code = r.choice(self.w.by_rd[rd])[4]
        letters = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXZ') for _ in range(r.choice([1, 2, 2])))
        num = str(r.randint(1, 9999 if len(code) + len(letters) < 5 else 999))
        x = r.random()
        if x < 0.45:
            return f'{code}-{letters} {num}'
        if x < 0.6:
            return f'{code} {letters} {num}'
        if x < 0.7:
            return f'{code}-{letters}{num}'
        if x < 0.78:
            return f'{code}{letters}{num}'
        if x < 0.86:
            return f'{code}-{letters} {num}'.lower()
        if x < 0.93:
            return f'{code}-{letters} {num[:3]}E'
        return f'{code}-{letters} {num[:3]}H'

    def mobile(self):
        r = self.rng
        pre = r.choice(['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174',
                        '0175', '0176', '0177', '0178', '0179', '01520', '01577'])
        num = ''.join(r.choice('0123456789') for _ in range(7 if len(pre) == 4 else 6))
        x = r.random()
        if x < 0.3:
            return f'{pre} {num}'
        if x < 0.42:
            return f'{pre}/{num}'
        if x < 0.5:
            return f'{pre}-{num}'
        if x < 0.6:
            return f'+49 {pre[1:]} {num}'
        if x < 0.68:
            return pre + num
        if x < 0.76:
            return f'+49 (0){pre[1:]} {num}'
        if x < 0.83:
            return f'0049 {pre[1:]} {num}'
        if x < 0.9:
            return f'({pre}) {num}'
        if x < 0.95:
            return f'{pre} {num[:3]} {num[3:]}'
        return f'+49{pre[1:]}{num}'

    def landline(self, area, ext=False):
        r = self.rng
        n = 8 - len(area) + 3
        num = ''.join(r.choice('0123456789') for _ in range(max(4, min(n, 7))))
        num = str(r.randint(1, 9)) + num[1:]
        if ext:
            return f'{area} {num[:3]}-{r.randint(100, 999)}'
        x = r.random()
        if x < 0.32:
            return f'{area} {num}'
        if x < 0.47:
            return f'{area}/{num}'
        if x < 0.57:
            return f'({area}) {num}'
        if x < 0.67:
            return f'+49 {area[1:]} {num}'
        if x < 0.75:
            return f'{area}-{num}'
        if x < 0.83:
            return f'{area} / {" ".join(num[i:i + 2] for i in range(0, len(num), 2))}'
        if x < 0.9:
            return f'+49 (0){area[1:]} {num}'
        return area + num

    def foreign_phone(self, pop):
        r = self.rng
        cc = O.PHONE_CC[pop]
        num = ''.join(r.choice('0123456789') for _ in range(9 if cc not in ('86',) else 11))
        num = str(r.randint(2, 9)) + num[1:]
        x = r.random()
        if x < 0.4:
            return f'+{cc} {num[:3]} {num[3:6]} {num[6:]}'
        if x < 0.65:
            return f'+{cc}{num}'
        if x < 0.85:
            return f'00{cc} {num}'
        return f'+{cc}-{num[:3]}-{num[3:]}'

    def email_private(self, p):
        r = self.rng
        g, s = ascii_mail(p.given), ascii_mail(p.surname)
        prov = r.choice(O.MAIL_PROVIDERS)
        x = r.random()
        if x < 0.3:
            local = f'{g}.{s}'
        elif x < 0.45:
            local = f'{g}{s}{r.randint(1, 99)}'
        elif x < 0.58:
            local = f'{g[0]}.{s}'
        elif x < 0.7:
            local = f'{s}{g[:2]}'
        elif x < 0.8:
            local = f'{g}_{r.randint(1970, 2007)}'
        elif x < 0.9:
            local = f'{s}.{g}'
        else:
            local = f'{g}-{s}'
        e = f'{local}@{prov}'
        y = r.random()
        if y < 0.06:
            e = e.upper()
        elif y < 0.1:
            e = e[0].upper() + e[1:]
        return e

    def email_dict(self, p):
        r = self.rng
        g, s = ascii_mail(p.given), ascii_mail(p.surname)
        prov, tld = r.choice(['gmx', 'web', 'gmail', 'posteo', 'outlook', 'yahoo']), r.choice(['de', 'com'])
        x = r.random()
        if x < 0.25:
            return f'{g}.{s} (at) {prov} (punkt) {tld}'
        if x < 0.45:
            return f'{g}.{s}[at]{prov}.{tld}'
        if x < 0.65:
            return f'{g} Punkt {s} at {prov} Punkt {tld}'
        if x < 0.8:
            return f'{g}{s} ät {prov} punkt {tld}'
        return f'{g}.{s} @ {prov} . {tld}'

    def office_mail(self, p, sgb):
        dom = 'jobcenter-ge.de' if sgb == 'SGB2' else 'arbeitsagentur.de'
        return f'{ascii_mail(p.given)}.{ascii_mail(p.surname)}@{dom}'

    # companies / institutions / addresses
    def company(self, kind=None, persons=()):
        r, P = self.rng, self.w.pools
        kind = kind or r.choices(['fant', 'trade', 'craft', 'brand', 'foreign', 'temp'], [28, 18, 22, 18, 6, 8])[0]
        if kind == 'fant':
            lf = r.choice(O.LEGAL)
            t = r.choice(O.TRADES)
            w = r.choice(P['companyWords'])
            if lf == 'Inh. ':
                return f'{w} {t}'
            return r.choice([f'{w} {t} {lf}', f'{t} {w} {lf}', f'{w}-{t} {lf}'])
        if kind == 'trade':
            return f'{r.choice(O.TRADES)} {r.choice(P["companyWords"])}'
        if kind == 'craft':
            p = self.w.person(weights=STAFF_W, avoid=persons)
            q = self.w.person(weights=STAFF_W, avoid=persons)
            t = r.choice(['Malerbetrieb', 'Dachdeckerei', 'Zimmerei', 'Metzgerei', 'Schreinerei', 'Bäckerei',
                          'Elektro', 'Sanitär', 'Gerüstbau', 'Schlüsseldienst', 'Umzüge', 'Fliesen', 'Autohaus',
                          'Kfz-Werkstatt', 'Weingut', 'Hofladen', 'Gärtnerei', 'Schornsteinfegerbetrieb'])
            return r.choice([f'{t} {p.surname}', f'{p.surname} {t}', f'{t} {p.surname} & Sohn',
                             f'{p.surname} & {q.surname}', f'{p.surname} und {q.surname} GbR', f'{t} {p.given} {p.surname}',
                             f'{p.surname} {t} e.K.', f'{t} Gebr. {p.surname}'])
        if kind == 'brand':
            return r.choice(P['brands'])
        if kind == 'foreign':
            return r.choice(P['foreignCompanies'])
        if kind == 'temp':
            w = r.choice(P['companyWords'])
            return r.choice([f'{w} Personaldienstleistungen GmbH', f'{w} Zeitarbeit', f'Personalservice {w}',
                             f'{w} Personal & Service GmbH'])
        # a trade named by the template (Restaurant, Barbershop, Bildungswerk …), after a fantasy word or the owner
        if r.random() < 0.5:
            p = self.w.person(weights=STAFF_W, avoid=persons)
            q = self.w.person(weights=STAFF_W, avoid=persons)
            return r.choice([f'{kind} {p.surname}', f'{kind} {p.given} {p.surname}', f'{p.surname} {kind}',
                             f'{kind} {p.surname} & {q.surname}', f'{kind} {p.surname} GmbH'])
        w = r.choice(P['companyWords'])
        lf = r.choice([x for x in O.LEGAL if x != 'Inh. '])
        return r.choice([f'{kind} {w}', f'{w} {kind}', f'{w} {kind} {lf}', f'{kind} \u201e{w}\u201c'])

    def institution(self, kind, rd):
        r, P = self.rng, self.w.pools
        v = self.w.village(rd if r.random() < 0.85 else None)[0]
        bodies = P['namedBodies']
        if kind in ('insurer', 'pension', 'accident', 'chamber', 'welfare', 'consulate', 'community', 'authority'):
            c = [b[1] for b in bodies if b[0] == kind]
            if c:
                return r.choice(c)
            kind = 'type'
        if kind == 'body':
            return r.choice(bodies)[1]
        if kind == 'any':
            kind = r.choices(['type', 'court', 'school', 'clinic', 'police', 'abbr', 'body'], [30, 10, 12, 8, 6, 10, 24])[0]
            if kind == 'body':
                return r.choice(bodies)[1]
        if kind == 'type':
            t = r.choice(O.INST_TYPES)
            return r.choice([f'{t} {v}', f'{t} {v}', f'{t} in {v}'])
        if kind == 'court':
            return f'{r.choice(["Amtsgericht", "Arbeitsgericht", "Sozialgericht", "Verwaltungsgericht"])} {v}'
        if kind == 'school':
            return r.choice([f'{r.choice(["Grundschule", "Regelschule", "Realschule plus", "Gesamtschule", "Förderschule", "Gemeinschaftsschule", "Berufskolleg"])} {v}',
                             f'St.-{r.choice(["Martinus", "Ludgerus", "Hubertus", "Wendelinus", "Gangolf"])}-Schule {v}'])
        if kind == 'clinic':
            return r.choice([f'Krankenhaus {v}', f'Klinikum {v}', f'Reha-Zentrum {v}', f'MVZ {v}',
                             f'St.-{r.choice(["Elisabeth", "Vinzenz", "Antonius", "Marien"])}-Hospital {v}'])
        if kind == 'police':
            return f'{r.choice(["Polizeiinspektion", "Polizeiwache", "Polizeirevier", "Polizeistation"])} {v}'
        if kind == 'kita':
            return f'{r.choice(["Kita", "Kindertagesstätte", "Kindergarten"])} {r.choice(["Sonnenschein", "Arche", "Spatzennest", "Pünktchen", "St. Martin"])} {v}'
        if kind == 'abbr':
            a, _ = r.choice(O.ABBR_INST)
            return f'{a} {v}'
        # a named type of office or venue, given by the template
        return r.choice([f'{kind} {v}', f'{kind} {v}', f'{kind} in {v}'])

    def address(self, rd, kind='full', village=None, street=None):
        r = self.rng
        v = village or self.w.village(rd if r.random() < 0.8 else None)
        st = street or (self.w.street() + ' ' + self.w.housenr())
        if kind == 'street':
            return st
        if r.random() < 0.15 and st.split(' ')[0].endswith('straße'):
            st = st.replace('straße', 'str.', 1)
        name, parent, pc = v[0], v[1], v[2]
        x = r.random()
        if kind == 'lines':
            return f'{st}\n{pc} {name}'
        if x < 0.3:
            return f'{st}, {pc} {name}'
        if x < 0.42:
            return f'{st} in {pc} {name}'
        if x < 0.52:
            return f'{st}, {name}'
        if x < 0.62 and '/' not in parent and parent != name:
            return f'{st}, {pc} {parent}-{name}'
        if x < 0.7:
            return f'{name}, {st}'
        if x < 0.77:
            return f'{st} / {pc} {name}'
        if x < 0.84:
            return f'{pc} {name}, {st}'
        if x < 0.92:
            return f'{st} | {pc} {name}'
        return f'{st}, {pc} {name}'.upper()

    def foreign_address(self, pop):
        fa = self.w.pools['foreignAddr']
        lst = fa.get(pop) or []
        if not lst or self.rng.random() < 0.15:
            lst = [a for v in fa.values() for a in v]
        return self.rng.choice(lst)


# ---------------------------------------------------------------- templates

SLOT = re.compile(r'\{([A-Za-z]+\d*)(?::([^{}#]+))?(?:#(\d+))?\}|\[([^\[\]|]*)\|([^\[\]|]*)\]')


def template_domain(t):
    """(flags, body); a population binding '%cn14% ' or '%-de14% ' after the flags is returned in the flags as '%cn14'."""
    flags = ''
    m = re.match(r'@([23mfbt]+) ', t)
    if m:
        flags, t = m.group(1), t[m.end():]
    m = re.match(r'%(-?[a-z]{2}14)% ', t)
    if m:
        flags, t = flags + '%' + m.group(1), t[m.end():]
    return flags, t


KIND_OF = {'C': 'customerName', 'CW': 'staffName', 'TL': 'staffName', 'S': 'staffName', 'P': 'thirdPersonName',
           'Pm': 'thirdPersonName', 'Pf': 'thirdPersonName', 'Rm': 'thirdPersonName', 'Rf': 'thirdPersonName',
           'CO': 'company', 'IN': 'institution', 'AD': 'address', 'EM': 'email', 'PH': 'phone', 'IB': 'iban',
           'TX': 'taxId', 'RV': 'pensionNumber', 'KN': 'customerNumber', 'BG': 'householdNumber', 'ID': 'idCard',
           'KZ': 'licensePlate', 'GD': 'birthDate', 'D': 'date'}


def slot_kind(name):
    base = re.match(r'[A-Za-z]+', name).group(0)
    return KIND_OF[base]


def template_kinds(t):
    c = collections.Counter()
    for m in SLOT.finditer(template_domain(t)[1]):
        if m.group(1):
            c[slot_kind(m.group(1))] += 1
    return c


class Note:
    def __init__(self, gen, rec, cust, ctx, ev_date, flags):
        self.g, self.rec, self.cust, self.ctx, self.ev_date, self.flags = gen, rec, cust, ctx, ev_date, flags
        self.people, self.cache = {}, {}
        self.used_names = {cust.given, cust.surname, ctx['cw'].given, ctx['cw'].surname}
        self.rng = gen.rng

    def person_for(self, name):
        if name in self.people:
            return self.people[name]
        w, r = self.g.w, self.rng
        base = re.match(r'[A-Za-z]+', name).group(0)
        avoid = set(self.used_names)
        if base == 'S':
            p = w.person(weights=STAFF_W, avoid=avoid)
        elif base in ('P', 'Pm', 'Pf'):
            g = {'Pm': 'm', 'Pf': 'f'}.get(base)
            pop = self.cust.pop if r.random() < 0.6 else None
            p = w.person(pop=pop, g=g, avoid=avoid)
        elif base in ('Rm', 'Rf'):
            p = w.relative(self.cust, base[1], avoid=avoid)
        else:
            raise ValueError(name)
        self.used_names |= {p.given, p.surname}
        self.people[name] = p
        return p

    def value(self, name, form, dates):
        """returns (prefix outside span, value, kind)"""
        g, r, rec, c, ctx = self.g, self.rng, self.rec, self.cust, self.ctx
        base = re.match(r'[A-Za-z]+', name).group(0)
        kind = slot_kind(name)
        rd = rec['regionalDirectorate']
        sgb = rec['legalDomain']
        if kind in NAME_KINDS:
            if base == 'C':
                p = c
            elif base == 'CW':
                p = ctx['cw']
            elif base == 'TL':
                p = ctx['tl']
            else:
                p = self.person_for(name)
            f = form or 'any'
            pre = ''
            if f == 'title':
                pre = r.choice(['Hr. ', 'Herr ']) if p.g == 'm' else r.choice(['Fr. ', 'Frau '])
            elif f == 'hr':
                pre, f = ('Hr. ' if p.g == 'm' else 'Fr. '), 'sur'
            elif f == 'dr':
                pre, f = r.choice(['Dr. ', 'Dr. ', 'Dr. med. ', 'Dipl.-Med. ']), 'sur'
            elif f == 'prof':
                pre, f = r.choice(['Prof. ', 'Prof. Dr. ', 'Dr. ']), 'sur'
            elif f == 'titlefull':
                pre = 'Herr ' if p.g == 'm' else 'Frau '
            return pre, fmt_name(p, f, r), kind
        if base == 'CO':
            return '', g.company(form, self.used_names), kind
        if base == 'IN':
            return '', g.institution(form or 'any', rd), kind
        if base == 'AD':
            if form == 'C':
                return '', g.address(rd, 'full', village=ctx['village'], street=rec['customer']['address']['street']), kind
            if form == 'Clines':
                return '', g.address(rd, 'lines', village=ctx['village'], street=rec['customer']['address']['street']), kind
            if form == 'Cstreet':
                return '', rec['customer']['address']['street'], kind
            if form == 'foreign':
                return '', g.foreign_address(c.pop if r.random() < 0.85 else r.choice(POPS)), kind
            return '', g.address(rd, form or 'full'), kind
        if base == 'EM':
            if form == 'C':
                return '', rec['customer']['email'], kind
            if form == 'CW':
                return '', rec['caseWorker']['email'], kind
            if form and form.startswith('S'):
                return '', g.office_mail(self.person_for(form), sgb), kind
            if form and form[0] in 'PR':
                return '', g.email_private(self.person_for(form)), kind
            if form == 'CO':
                co = ascii_mail(r.choice(g.w.pools['companyWords']))
                return '', f'{r.choice(["info", "kontakt", "bewerbung", "jobs", "buero", "personal"])}@{co}-{r.choice(["service", "gmbh", "team", "online"])}.de', kind
            if form == 'dict':
                return '', g.email_dict(c), kind
            return '', g.email_private(w_person(g, c)), kind
        if base == 'PH':
            if form == 'C':
                return '', rec['customer']['phone'], kind
            if form == 'CW':
                return '', rec['caseWorker']['phone'], kind
            if form == 'staff':
                return '', g.landline(ctx['village'][3], ext=True), kind
            if form == 'foreign':
                return '', g.foreign_phone(c.pop if r.random() < 0.7 else r.choice(POPS)), kind
            if form == 'land':
                return '', g.landline(g.w.village(rd)[3]), kind
            if form == 'mob':
                return '', g.mobile(), kind
            if form == 'dict':
                m = g.mobile()
                digs = re.sub(r'\D', '', m)
                if digs.startswith('49'):
                    digs = '0' + digs[2:]
                words = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
                return '', ' '.join(words[int(d)] for d in digs[:4]) + ' ' + digs[4:], kind
            return '', (g.mobile() if r.random() < 0.6 else g.landline(g.w.village(rd)[3])), kind
        if base == 'IB':
            if form == 'C':
                return '', g.fmt_iban(rec['customer']['iban']), kind
            if form == 'foreign':
                cc = {'lu14': 'PT', 'ga14': r.choice(['IE', 'GB']), 'by14': 'BY', 'ar14': 'IT'}.get(c.pop) or r.choice(['PT', 'IE', 'GB', 'BY', 'IT'])
                return '', g.fmt_iban(g.iban(cc)), kind
            return '', g.fmt_iban(g.iban('DE', rd)), kind
        if base == 'TX':
            return '', g.fmt_taxid(rec['customer']['taxId'] if form != 'other' else g.taxid()), kind
        if base == 'RV':
            return '', g.fmt_pension(rec['customer']['pensionInsuranceNumber']), kind
        if base == 'KN':
            if form == 'C':
                return '', g.fmt_kn(rec['customerNumber']), kind
            pre = rec['customerNumber'][:3]
            return '', g.fmt_kn(pre + 'D' + ''.join(r.choice('0123456789') for _ in range(6))), kind
        if base == 'BG':
            if form == 'C':
                return '', g.fmt_bg(rec['householdNumber']), kind
            jc = rec['jobCentre']['id'] if 'jobCentre' in rec else ctx['otherJc']
            return '', g.fmt_bg(jc + 'BG' + ''.join(r.choice('0123456789') for _ in range(7))), kind
        if base == 'ID':
            return '', g.fmt_idcard(g.idcard()), kind
        if base == 'KZ':
            return '', g.plate(rd), kind
        if base == 'GD':
            if form == 'C' or not form:
                bd = datetime.date.fromisoformat(rec['customer']['birthDate'])
            else:
                lo, hi = {'child': (2008, 2023), 'small': (2020, 2024), 'adult': (1965, 2002), 'senior': (1938, 1962)}[form]
                bd = datetime.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
            st = r.choices(['dd', 'd', 'dy', 'long', 'iso', 'compact', 'yy', 'spaced'], [40, 14, 6, 10, 8, 6, 8, 8])[0]
            if 't' in self.flags and st == 'long':
                st = 'dd'
            return '', fmt_date(bd, st, r), kind
        if base == 'D':
            d = dates.pop(0)
            st = {'ny': 'ny', 'long': 'long', 'iso': 'iso', 'num': 'dd', 'en': 'en', 'es': 'es', 'wd': 'wd'}.get(form, 'any')
            v = fmt_date(d, st, r)
            return '', v, kind
        raise ValueError(name)

    def render(self, tpl):
        flags, body = template_domain(tpl)
        flags = flags.split('%')[0]
        self.flags = flags
        r = self.rng
        n_dates = sum(1 for m in SLOT.finditer(body) if m.group(1) and m.group(1) == 'D' and not m.group(3))
        n_dates += len({m.group(3) for m in SLOT.finditer(body) if m.group(1) == 'D' and m.group(3)})
        past = r.random() < 0.45
        dates = []
        for _ in range(n_dates):
            off = r.randint(-70, -1) if past else r.randint(-20, 60)
            dates.append(self.ev_date + datetime.timedelta(days=off))
        dates.sort()
        out, spans, pos = [], [], 0
        i = 0
        skip_dot = False
        for m in SLOT.finditer(body):
            lit = body[i:m.start()]
            if skip_dot and lit.startswith('.'):
                lit = lit[1:]
            skip_dot = False
            out.append(lit)
            pos += len(lit)
            i = m.end()
            if m.group(4) is not None:
                t = m.group(4) if self.cust.g == 'm' else m.group(5)
                out.append(t)
                pos += len(t)
                continue
            name, form, rep = m.group(1), m.group(2), m.group(3)
            key = (name, form, rep)
            if rep and key in self.cache:
                pre, val, kind = self.cache[key]
            else:
                pre, val, kind = self.value(name, form, dates)
                if 't' in flags:
                    val = deumlaut(val)
                if rep:
                    self.cache[key] = (pre, val, kind)
            out.append(pre)
            pos += len(pre)
            spans.append((pos, pos + len(val), kind, val))
            out.append(val)
            pos += len(val)
            if val.endswith('.'):
                skip_dot = True
        lit = body[i:]
        if skip_dot and lit.startswith('.'):
            lit = lit[1:]
        out.append(lit)
        return ''.join(out), spans


def w_person(g, c):
    return g.w.person(pop=c.pop if g.rng.random() < 0.5 else None)


# ---------------------------------------------------------------- records

GROUPS2 = ['longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons',
           'refugees', 'general']
GROUPS2_W = [16, 12, 16, 16, 10, 14, 14, 6]
GROUPS3 = ['general', 'youngAdults', 'olderWorkers', 'returners', 'disabledPersons', 'refugees', 'singleParents',
           'longTermUnemployed']
GROUPS3_W = [34, 18, 18, 6, 8, 8, 4, 4]
ETYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
          'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']


def build_record(idx, sgb, w, g, rng):
    rd = rng.choice(['NRW', 'RPS', 'SAT'])
    cust = w.person()
    cust.g = cust.g
    if cust.g == 'f' and rng.random() < 0.3:
        bn = rng.choice(w.surnames(cust.pop if rng.random() < 0.6 else rng.choice(POPS), 'f'))
        bn = gender_surname(cust.pop, bn, 'f')
        if bn != cust.surname:
            cust.birth = bn
    cw = w.person(weights=STAFF_W, avoid={cust.given, cust.surname})
    tl = w.person(weights=STAFF_W, avoid={cust.given, cust.surname, cw.given, cw.surname})
    vil = w.village(rd)
    bd = datetime.date(rng.randint(1961, 2006), rng.randint(1, 12), rng.randint(1, 28))
    street = w.street() + ' ' + w.housenr()
    rec = {}
    if sgb == 'SGB2':
        jc = str(rng.randint(10000, 99999))
        jcname = 'Jobcenter ' + rng.choice(O.OFFICES[rd])
        rec['customerNumber'] = jc[:3] + 'D' + ''.join(rng.choice('0123456789') for _ in range(6))
        rec['householdNumber'] = jc + 'BG' + ''.join(rng.choice('0123456789') for _ in range(7))
        rec['legalDomain'] = 'SGB2'
        rec['regionalDirectorate'] = rd
        rec['jobCentre'] = {'id': jc, 'name': jcname, 'consents16a': rng.random() < 0.5}
        office = jc
    else:
        ag = str(rng.randint(100, 999))
        rec['customerNumber'] = ag + 'D' + ''.join(rng.choice('0123456789') for _ in range(6))
        rec['legalDomain'] = 'SGB3'
        rec['regionalDirectorate'] = rd
        rec['agency'] = {'id': ag, 'name': 'Agentur für Arbeit ' + rng.choice(O.AGENCY_TOWNS[rd])}
        office = ag
    rec['team'] = f'{office}-T{rng.randint(1, 12):02d}'
    rec['teamLead'] = {'id': f'TL-{rng.randint(1000, 9999)}', 'name': f'{tl.given} {tl.surname}'}
    rec['caseWorker'] = {'id': f'MA-{rng.randint(1000, 9999)}', 'name': f'{cw.given} {cw.surname}',
                         'phone': g.landline(vil[3], ext=True), 'email': g.office_mail(cw, sgb)}
    iban_kind = 'DE' if rng.random() < 0.85 else {'lu14': 'PT', 'ga14': 'IE', 'by14': 'BY', 'ar14': 'IT'}.get(cust.pop, 'DE')
    tax = g.taxid()
    rec['customer'] = {'firstName': cust.given, 'lastName': cust.surname, 'birthName': cust.birth,
                       'birthDate': bd.isoformat(), 'gender': cust.g, 'nationality': rng.choice(NATION[cust.pop]),
                       'address': {'street': street, 'postcode': vil[2], 'city': vil[1]},
                       'phone': g.mobile(), 'email': g.email_private(cust),
                       'iban': g.iban(iban_kind, rd), 'taxId': tax, 'pensionInsuranceNumber': g.pension(cust, bd)}
    rec['customerProcess'] = rng.choices(['placement', 'rehabilitation', 'employerService'], [78, 13, 9])[0]
    rec['customerGroup'] = rng.choices(GROUPS2, GROUPS2_W)[0] if sgb == 'SGB2' else rng.choices(GROUPS3, GROUPS3_W)[0]
    rec['municipalServices16a'] = sgb == 'SGB2' and rng.random() < 0.15
    start = datetime.date(2025, 1, 15) + datetime.timedelta(days=rng.randint(0, 90))
    days = sorted(rng.sample(range(5, 230), 5))
    edates = [start + datetime.timedelta(days=d) for d in days]
    last = edates[-1]
    rm = last + datetime.timedelta(days=rng.randint(5, 50))
    rec['review'] = {'flagged': rng.random() < 0.3, 'month': f'{rm.year}-{rm.month:02d}',
                     'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
    profs = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
    ph = [{'from': start.isoformat(), 'profile': rng.choice(profs)}]
    if rng.random() < 0.55:
        ph.append({'from': edates[rng.randint(1, 3)].isoformat(), 'profile': rng.choice(profs)})
    rec['profileHistory'] = ph
    rec['events'] = [{'date': d.isoformat(), 'type': rng.choice(ETYPES), 'channel': rng.choice(['inPerson', 'phone', 'video']),
                      'note': ''} for d in edates]
    ms = []
    for _ in range(rng.choices([0, 1, 2], [20, 55, 25])[0]):
        s = start + datetime.timedelta(days=rng.randint(10, 150))
        ms.append({'start': s.isoformat(), 'end': (s + datetime.timedelta(days=rng.randint(20, 120))).isoformat(),
                   'kind': rng.choice(['activation', 'qualification', 'languageCourse', 'coaching',
                                       'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                   'outcome': rng.choice(['completed', 'aborted', 'ongoing'])})
    rec['measures'] = ms
    ex = rng.random() < 0.33
    rec['caseManagement'] = {'intake': start.isoformat(), 'exit': last.isoformat() if ex else None,
                             'exitReason': rng.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                       'incapacity', 'noCooperation']) if ex else None}
    ctx = {'cw': cw, 'tl': tl, 'village': vil, 'otherJc': str(rng.randint(10000, 99999))}
    return rec, cust, ctx, edates


def compatible(flags, rec, cust):
    pops = flags.split('%')[1] if '%' in flags else ''
    flags = flags.split('%')[0]
    if '2' in flags and rec['legalDomain'] != 'SGB2':
        return False
    if '3' in flags and rec['legalDomain'] != 'SGB3':
        return False
    if 'm' in flags and cust.g != 'm':
        return False
    if 'f' in flags and cust.g != 'f':
        return False
    if 'b' in flags and not cust.birth:
        return False
    if pops:
        pop = pops
        if pop.startswith('-'):
            return cust.pop != pop[1:]
        return cust.pop == pop
    return True


JOINERS = ['\n--\n', '\nNachtrag: ', '\nPS: ', ' // ', '\n• ', '\n\n###\n', '\nErgänzung: ']


def build():
    rng = random.Random(SEED)
    data = json.load(open(os.path.join(HERE, 'names-heldout14.json'), encoding='utf-8'))
    w = World(data, rng)
    g = Gen(w, rng)
    doms = ['SGB2'] * 120 + ['SGB3'] * 40
    rng.shuffle(doms)
    recs = [build_record(i, d, w, g, rng) for i, d in enumerate(doms)]
    tk = [template_kinds(t) for t in TEMPLATES]
    fl = [template_domain(t)[0] for t in TEMPLATES]
    uses = collections.Counter()
    assign = {}
    slots = [(ri, ei) for ri in range(len(recs)) for ei in range(5)]
    rng.shuffle(slots)
    in_rec = collections.defaultdict(set)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    free = list(slots)
    # first pass: every template once, constrained ones first
    order.sort(key=lambda t: -len(fl[t]) - (5 if '%' in fl[t] and '-' not in fl[t] else 0))
    for t in order:
        for k, (ri, ei) in enumerate(free):
            if compatible(fl[t], recs[ri][0], recs[ri][1]) and t not in in_rec[ri]:
                assign[(ri, ei)] = t
                in_rec[ri].add(t)
                uses[t] += 1
                free.pop(k)
                break
        else:
            raise AssertionError(f'template {t} found no event')
    planned = collections.Counter()
    for t in assign.values():
        planned.update(tk[t])
    for (ri, ei) in free:
        best, bs = None, None
        cands = [t for t in range(len(TEMPLATES)) if uses[t] < 5 and t not in in_rec[ri]
                 and compatible(fl[t], recs[ri][0], recs[ri][1])]
        for t in rng.sample(cands, min(40, len(cands))):
            remaining = len(free)
            s = 0.0
            for k in tk[t]:
                d = (TARGET[k] - planned[k]) / TARGET[k]
                s += tk[t][k] * (d if d > 0 else 4 * d)
            s -= 0.15 * uses[t]
            s += rng.random() * 0.05
            if bs is None or s > bs:
                best, bs = t, s
        assign[(ri, ei)] = best
        in_rec[ri].add(best)
        uses[best] += 1
        planned.update(tk[best])
    out_recs, truth = [], []
    for ri, (rec, cust, ctx, edates) in enumerate(recs):
        for ei in range(5):
            t = assign[(ri, ei)]
            note = Note(g, rec, cust, ctx, edates[ei], '')
            text, spans = note.render(TEMPLATES[t])
            if rng.random() < 0.04:
                cands = [u for u in range(len(TEMPLATES)) if uses[u] < 5 and u not in in_rec[ri]
                         and compatible(fl[u], rec, cust) and 't' not in fl[u].split('%')[0]]
                if cands and 't' not in fl[t].split('%')[0]:
                    u = rng.choice(cands)
                    in_rec[ri].add(u)
                    uses[u] += 1
                    j = rng.choice(JOINERS)
                    text2, spans2 = note.render(TEMPLATES[u])
                    off = len(text) + len(j)
                    text = text + j + text2
                    spans = spans + [(a + off, b + off, k, v) for a, b, k, v in spans2]
            rec['events'][ei]['note'] = text
            for a, b, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': a, 'end': b, 'kind': k, 'value': v})
        out_recs.append(rec)
    return out_recs, truth, uses


def verify(recs, truth, templates, uses):
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    assert all(uses[i] >= 1 for i in range(len(templates))), 'every template used'
    assert len(set(templates)) == len(templates), 'duplicate template'
    by_ev = collections.defaultdict(list)
    for t in truth:
        by_ev[(t['record'], t['event'])].append(t)
    for ri, r in enumerate(recs):
        assert len(r['events']) == 5
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and 'agency' not in r and re.fullmatch(r'\d{5}BG\d{7}', r['householdNumber'])
            assert r['householdNumber'].startswith(r['jobCentre']['id'])
            assert r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'agency' in r and 'jobCentre' not in r and 'householdNumber' not in r
            assert r['customerNumber'][:3] == r['agency']['id']
        assert re.fullmatch(r'\d{3}D\d{6}', r['customerNumber'])
        c = r['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])
        bd = datetime.date.fromisoformat(c['birthDate'])
        pn = c['pensionInsuranceNumber']
        assert pn[2:8] == f'{bd.day:02d}{bd.month:02d}{bd.year % 100:02d}'
        assert (int(pn[9:11]) < 50) == (c['gender'] == 'm')
        assert pn[8] == fold(c['birthName'] or c['lastName'])[0].upper()
        for ei, e in enumerate(r['events']):
            note = e['note']
            assert all(ord(ch) < 0x10000 for ch in note), 'BMP only'
            sp = sorted(by_ev[(ri, ei)], key=lambda t: t['start'])
            prev = None
            for t in sp:
                v = t['value']
                assert note[t['start']:t['end']] == v, (ri, ei, t['kind'])
                assert v and v == v.strip(), (ri, ei, t['kind'])
                if prev is not None:
                    assert prev['end'] <= t['start'], ('overlap', ri, ei, t['kind'])
                    if prev['kind'] in NAME_KINDS and t['kind'] in NAME_KINDS:
                        assert note[prev['end']:t['start']].strip() != '', ('adjacent names', ri, ei)
                prev = t
                k = t['kind']
                if k == 'iban':
                    assert iban_ok(v), (ri, ei, k)
                elif k == 'taxId':
                    assert taxid_ok(v), (ri, ei, k)
                elif k == 'pensionNumber':
                    assert rv_ok(v), (ri, ei, k)
                elif k == 'idCard':
                    assert idcard_ok(v), (ri, ei, k)
                elif k == 'customerNumber':
                    assert re.fullmatch(r'\d{3}D\d{6}', re.sub(r'[\s\-]', '', v).upper()), (ri, ei, k)
                elif k == 'householdNumber':
                    assert re.fullmatch(r'\d{5}BG\d{7}', re.sub(r'[\s\-]', '', v).upper()), (ri, ei, k)
    return True


def main():
    self_test()
    recs, truth, uses = build()
    verify(recs, truth, TEMPLATES, uses)
    with open(os.path.join(HERE, f'{SPLIT}.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, uses)
    data = json.load(open(os.path.join(HERE, 'names-heldout14.json'), encoding='utf-8'))
    per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    words = []
    for ri, r in enumerate(recs):
        for ei, e in enumerate(r['events']):
            note = e['note']
            mask = [False] * len(note)
            for t in truth:
                pass
            words.append((ri, ei, note))
    spans_by = collections.defaultdict(list)
    for t in truth:
        spans_by[(t['record'], t['event'])].append((t['start'], t['end']))
    toks = []
    for ri, ei, note in words:
        for m in re.finditer(r'[A-Za-zÄÖÜäöüß]{3,}', note):
            if not any(a <= m.start() < b for a, b in spans_by[(ri, ei)]):
                toks.append(m.group(0))
    counts = {SPLIT: {
        'records': len(recs), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in recs),
        'events': sum(len(r['events']) for r in recs), 'spans': len(truth), 'templates': len(TEMPLATES),
        'templatesUsed': sum(1 for i in range(len(TEMPLATES)) if uses[i]),
        'templatesWithoutSlots': sum(1 for t in TEMPLATES if not template_kinds(t)),
        'eventsWithoutSpan': sum(1 for r_i, r in enumerate(recs) for e_i in range(5) if not spans_by[(r_i, e_i)]),
        'wordTokensOutsideSpans': len(toks), 'distinctWordTokensOutsideSpans': len(set(toks)),
        'maxUsesOfOneTemplate': max(uses.values()),
        'perKind': per_kind,
        'namePools': {p: {k: len(data[p][k]) for k in ('m', 'f', 's')} for p in POPS},
        'ownPools': {k: (len(v) if isinstance(v, list) else sum(len(x) for x in v.values())) for k, v in data['pools'].items()},
    }}
    with open(os.path.join(HERE, f'counts-{SPLIT}.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, f'run-{SPLIT}.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts[SPLIT]['perKind'], ensure_ascii=False), len(truth))
    for fn in (f'{SPLIT}.jsonl', f'{SPLIT}.truth.jsonl', f'counts-{SPLIT}.json'):
        print(fn, hashlib.md5(open(os.path.join(HERE, fn), 'rb').read()).hexdigest())


if __name__ == '__main__':
    main()
