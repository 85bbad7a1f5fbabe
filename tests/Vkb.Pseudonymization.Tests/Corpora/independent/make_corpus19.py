#!/usr/bin/env python3
"""Generator of the held-out split heldout19 (Python 3 stdlib only, deterministic, seed SEED).

Reads names-heldout19.json, templates19.py and own19.py; writes heldout19.jsonl, heldout19.truth.jsonl,
counts-heldout19.json and run-heldout19.log.

Template syntax (templates19.py):
  {SLOT} or {SLOT:form} or {SLOT:form|transform} plants one value; the span is exactly the rendered text.
  ⟨a|b⟩ picks a for a male customer, b for a female one.
  Slots:
    people   C customer, CW case worker, TL team lead, S1 S2 other staff (SM male, SF female), P1 P2 P3 third persons (any gender),
             M1 M2 male and F1 F2 female third persons, R1 male / Rf1 female relative with the customer's surname,
             O1 partner of the opposite gender. Forms: full rev REV UP init given sur gs inits low any, and for C
             also birth (the birth name); default any.
             Roles with a cue (Herr / Frau / Dr.) use :sur.
    bodies   CO company (any shape; CO:sector one that fits the sentence, sectors in own19.SECTORS), CR craft business named after an owner, BR brand, TA temp agency,
             INK collection agency, COF foreign company (customer's population or any), IN:group institution,
             NB:category named body.
    places   AD address in the record's region (form: line, ot, in, block, street, up), ADc the customer's own
             address, ADF foreign address (customer's population or any).
    contact  EM e-mail of a third person, EMc customer's, EMs the case worker's, EMco a company mailbox;
             PH phone (landline or mobile), PHm mobile, PHc customer's, PHs case worker's, PHF foreign.
    numbers  IBAN, IBANc (customer's), IBANF (foreign: NO / AE), TAX (customer's), TAXo (another person's), RV
             (customer's), KD (customer number), KDo (another customer's), BG (household), BGo (another), ID (German
             ID card / residence permit / passport), IDF (foreign: MyKad, Malaysian or Indian passport), KFZ, KFZF.
    dates    D (running forward within a note; forms num short noyear text textny iso slash no my en compact),
             GEB customer's birth date, GEBk a child's, GEBt a teenager's, GEBa another adult's, GEBo an old person's.
    IDF takes the forms mykad, mypass, inpass.
  Transforms: moji (UTF-8 read as Windows-1252), qp (quoted-printable), html (entities), up, low, nbsp (blanks as U+00A0).
"""
import collections, datetime, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own19 as O  # noqa: E402

SEED = '20261207-19'
SPLIT = 'heldout19'
N_RECORDS, N_SGB2, N_EVENTS = 160, 120, 5
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber', 'iban',
         'idCard', 'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId', 'thirdPersonName']
SLOT = re.compile(r'\{([A-Za-z0-9]+)(?::([A-Za-z0-9]+))?(?:\|([a-z]+))?\}')
GALT = re.compile(r'⟨([^|⟩]*)\|([^⟩]*)⟩')
MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
             'Dezember']
MONTHS_NO = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
             'desember']
MONTHS_MY = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November',
             'Disember']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
             'December']


# ------------------------------------------------------------------ check digits
def iban_check(country, bban):
    s = bban + country + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return f'{98 - n % 97:02d}'


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def no_account_check(d10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(d10, w)) % 11
    return None if r == 1 else (0 if r == 0 else 11 - r)


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_valid(t):
    if not re.fullmatch(r'[1-9]\d{10}', t):
        return False
    cnt = collections.Counter(t[:10])
    if not (sorted(cnt.values())[-1] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    if 3 in cnt.values():  # three times only if not consecutive
        d = [k for k, v in cnt.items() if v == 3][0]
        if d * 3 in t[:10]:
            return False
    return taxid_check(t[:10]) == int(t[10])


def rv_check(area, ddmmyy, letter, serial):
    digits = area + ddmmyy + f'{ord(letter) - 64:02d}' + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(divmod(int(a) * b, 10)) for a, b in zip(digits, w)) % 10


def rv_valid(r):
    m = re.fullmatch(r'(\d{2})(\d{6})([A-Z])(\d{2})(\d)', r)
    return bool(m) and rv_check(m[1], m[2], m[3], m[4]) == int(m[5])


def c731(s):
    w = [7, 3, 1]
    return sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s)) % 10


def id_valid(v):
    s = re.sub(r'[\s.\-/]', '', v).upper()
    if re.fullmatch(r'[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8}\d', s):
        return c731(s[:9]) == int(s[9])
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{2})(\d{2})(\d{4})', s)
    if m:  # MyKad: YYMMDD + place code + serial
        try:
            datetime.date(1900 + int(m[1]), int(m[2]), int(m[3]))
            return True
        except ValueError:
            return False
    return bool(re.fullmatch(r'A\d{8}|[A-PR-WY]\d{7}', s))


def self_test():
    for good in ['DE89370400440532013000', 'GB82WEST12345698765432', 'NO9386011117947', 'AE070331234567890123456']:
        assert iban_valid(good), good
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
        assert not iban_valid(bad)
    assert no_account_check('8601111794') == 7
    for good in ['86095742719', '47036892816']:
        assert taxid_valid(good)
        assert not taxid_valid(good[:-1] + str((int(good[-1]) + 1) % 10))
    assert rv_valid('15070649C103') and not rv_valid('15070649C104')
    assert id_valid('T220001293') and not id_valid('T220001294')


# ------------------------------------------------------------------ helpers
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def slug(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ø', 'oe').replace('æ', 'ae') \
        .replace('å', 'aa')
    return re.sub(r'[^a-z0-9]+', '', fold(s))


def moji(s):
    out = []
    for c in s:
        if ord(c) < 128:
            out.append(c)
            continue
        try:
            out.append(c.encode('utf-8').decode('cp1252'))
        except UnicodeDecodeError:
            out.append(c)
    return ''.join(out)


def qp(s):
    return ''.join(c if (ord(c) < 128 and c != '=') else ''.join(f'={b:02X}' for b in c.encode('utf-8')) for c in s)


HTML = {'ä': '&auml;', 'ö': '&ouml;', 'ü': '&uuml;', 'Ä': '&Auml;', 'Ö': '&Ouml;', 'Ü': '&Uuml;', 'ß': '&szlig;',
        '&': '&amp;', 'ø': '&oslash;', 'å': '&aring;', 'é': '&eacute;'}


def html(s):
    return ''.join(HTML.get(c, c) for c in s)


TRANSFORMS = {'moji': moji, 'qp': qp, 'html': html, 'up': str.upper, 'low': str.lower,
              'nbsp': lambda s: s.replace(' ', '\u00a0')}


class Person:
    def __init__(self, given, surname, gender, pop, sub=None):
        self.given, self.surname, self.gender, self.pop, self.sub = given, surname, gender, pop, sub

    def full(self):
        if self.sub == 'malay':
            return f'{self.given} {"bin" if self.gender == "m" else "binti"} {self.surname}'
        if self.sub == 'chinese':
            return f'{self.surname} {self.given}'
        if self.sub == 'indian':
            return f'{self.given} {"a/l" if self.gender == "m" else "a/p"} {self.surname}'
        if self.sub == 'borneo':
            return f'{self.given} anak {self.surname}'
        return f'{self.given} {self.surname}'

    def sur(self):
        # Malays, Malaysian Indians and Iban are addressed by the given name; the second part is the father's name
        return self.given if self.sub in ('malay', 'indian', 'borneo') else self.surname

    def form(self, f):
        g, s = self.given, self.surname
        if f == 'full':
            return self.full()
        if f == 'rev':
            return f'{s}, {g}' if self.sub in (None, 'chinese') else self.full()
        if f == 'REV':
            return f'{s.upper()}, {g}' if self.sub in (None,) else self.full().upper()
        if f == 'UP':
            return self.full().upper()
        if f == 'init':
            return f'{g[0]}. {s}' if self.sub is None else self.full()
        if f == 'given':
            return g
        if f == 'sur':
            return self.sur()
        if f == 'gs':
            return f'{g} {s[0]}.' if self.sub is None else f'{g} {s[0]}.'
        if f == 'inits':
            return f'{g[0]}.{s[0]}.'
        if f == 'low':
            return self.full().lower()
        raise KeyError(f)


class Gen:
    def __init__(self, names):
        self.r = random.Random(SEED)
        self.names = names
        self.pools = names['pools']
        self.pops = ['no19', 'my19', 'ks19', 'de19']
        self.my_groups = {g: {k: [n for n in v if n in names['my19']['m'] + names['my19']['f'] + names['my19']['s']]
                              for k, v in d.items()} for g, d in O.MY_GROUPS.items()}
        self.villages = set(self.pools['villages'])
        self.places = {reg: [p for p in ps if p[0] in self.villages] for reg, ps in O.PLACES.items()}
        self.used_ids = set()

    # -------------------------------------------------------------- people
    def person(self, pop=None, gender=None, avoid=()):
        r = self.r
        for _ in range(200):
            p = pop or r.choices(self.pops, [0.12, 0.12, 0.12, 0.64])[0]
            g = gender or r.choice('mf')
            sub = None
            if p == 'my19':
                sub = r.choices(['malay', 'chinese', 'indian', 'borneo'], [0.55, 0.3, 0.1, 0.05])[0]
                d = self.my_groups[sub]
                if not d[g] or not d['s']:
                    continue
                given, sur = r.choice(d[g]), r.choice(d['s'])
            else:
                given, sur = r.choice(self.names[p][g]), r.choice(self.names[p]['s'])
                if r.random() < 0.05 and p != 'de19':
                    given = r.choice(self.names['de19'][g])
                if r.random() < 0.04 and p in ('no19', 'de19'):
                    sur2 = r.choice(self.names[p]['s'])
                    if sur2 != sur:
                        sur = f'{sur}-{sur2}'
            if given in avoid or sur in avoid:
                continue
            return Person(given, sur, g, p, sub)
        raise RuntimeError('no person')

    # -------------------------------------------------------------- numbers
    def taxid(self):
        r = self.r
        while True:
            digits = r.sample('0123456789', 9)
            if digits[0] == '0':
                continue
            dup = r.choice(digits[1:])
            pos = r.randrange(1, 10)
            d = digits[:pos] + [dup] + digits[pos:]
            s = ''.join(d)
            c = taxid_check(s)
            t = s + str(c)
            if taxid_valid(t):
                return t

    def rv(self, birth, birthname, gender):
        r = self.r
        area = r.choice(['12', '13', '19', '63', '64', '65', '10', '15'])
        letter = fold(birthname[0].replace('Ø', 'O').replace('Æ', 'A')).upper()
        if not re.fullmatch('[A-Z]', letter):
            letter = 'X'
        serial = f'{r.randrange(0, 50) if gender == "m" else r.randrange(50, 100):02d}'
        dd = birth.strftime('%d%m%y')
        return f'{area}{dd}{letter}{serial}{rv_check(area, dd, letter, serial)}'

    def de_iban(self, region):
        bank = self.r.choice(O.BANK_CODES[region])
        acct = ''.join(self.r.choice('0123456789') for _ in range(10))
        return 'DE' + iban_check('DE', bank + acct) + bank + acct

    def foreign_iban(self, pop):
        r = self.r
        if pop == 'no19' or (pop not in ('ks19',) and r.random() < 0.6):
            while True:
                d10 = r.choice(['1503', '3000', '1254', '9710', '6345']) + ''.join(r.choice('0123456789') for _ in range(6))
                c = no_account_check(d10)
                if c is not None:
                    bban = d10 + str(c)
                    return 'NO' + iban_check('NO', bban) + bban
        bank = r.choice(['033', '026', '035', '020'])
        acct = ''.join(r.choice('0123456789') for _ in range(16))
        return 'AE' + iban_check('AE', bank + acct) + bank + acct

    def id_de(self):
        r = self.r
        al = 'CFGHJKLMNPRTVWXYZ'
        first = r.choice('LMNPRTVWXY' if r.random() < 0.7 else 'CFGHJK')
        s = first + ''.join(r.choice(al + '0123456789') for _ in range(8))
        return s + str(c731(s))

    def id_foreign(self, pop, birth=None):
        r = self.r
        kind = pop if pop in ('mykad', 'mypass', 'inpass') else \
            {'my19': r.choice(['mykad', 'mykad', 'mypass']), 'ks19': 'inpass'}.get(pop, r.choice(['mykad', 'inpass']))
        if kind == 'mykad':
            b = birth or datetime.date(r.randrange(1965, 2004), r.randrange(1, 13), r.randrange(1, 28))
            return f'{b.strftime("%y%m%d")}-{r.choice(["14", "07", "03", "10", "01", "13"])}-{r.randrange(1000, 9999)}'
        if kind == 'mypass':
            return 'A' + ''.join(r.choice('0123456789') for _ in range(8))
        return r.choice('JKLMNPRSTUVZ'.replace('Z', 'W')) + ''.join(r.choice('0123456789') for _ in range(7))

    def fmt_iban(self, v):
        r = self.r
        f = r.choices(['g4', 'compact', 'low', 'dots', 'cc'], [5, 2, 1, 1, 1])[0]
        g4 = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        return {'g4': g4, 'compact': v, 'low': g4.lower(), 'dots': g4.replace(' ', '.'),
                'cc': v[:2] + ' ' + ' '.join(v[2:][i:i + 4] for i in range(0, len(v) - 2, 4))}[f]

    def fmt_tax(self, t):
        f = self.r.choice(['c', 'a', 'b', 'd'])
        return {'c': t, 'a': f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}', 'b': f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}',
                'd': f'{t[:2]}/{t[2:5]}/{t[5:8]}/{t[8:]}'}[f]

    def fmt_rv(self, v):
        f = self.r.choice(['a', 'c', 'b', 'd', 'e'])
        return {'a': f'{v[:2]} {v[2:8]} {v[8]} {v[9:]}', 'c': v, 'b': f'{v[:2]} {v[2:8]} {v[8]}{v[9:]}',
                'd': f'{v[:2]}-{v[2:8]}-{v[8]}-{v[9:]}', 'e': f'{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]} {v[9:]}'}[f]

    def fmt_id(self, v):
        if '-' in v or not re.fullmatch(r'[A-Z0-9]{10}', v):
            return v
        f = self.r.choice(['c', 'c', 'a', 'b', 'low'])
        return {'c': v, 'a': f'{v[:9]} {v[9]}', 'b': f'{v[:3]} {v[3:6]} {v[6:9]} {v[9]}', 'low': v.lower()}[f]

    def kdnr(self, prefix):
        return f'{prefix}D{self.r.randrange(100000, 999999)}'

    def fmt_kd(self, v):
        f = self.r.choice(['c', 'c', 'a', 'b', 'low'])
        return {'c': v, 'a': f'{v[:4]} {v[4:]}', 'b': f'{v[:3]}-{v[3]}-{v[4:]}', 'low': v.lower()}[f]

    def bgnr(self, jc):
        return f'{jc}BG{self.r.randrange(1000000, 9999999)}'

    def fmt_bg(self, v):
        f = self.r.choice(['c', 'c', 'a', 'b', 'd', 'low'])
        return {'c': v, 'a': f'{v[:5]} BG {v[7:]}', 'b': f'{v[:5]}-BG-{v[7:]}',
                'd': f'{v[:5]} BG {v[7:10]} {v[10:12]} {v[12:]}', 'low': v.lower()}[f]

    # -------------------------------------------------------------- phones, mails
    def mobile(self):
        r = self.r
        pre = r.choice(['151', '152', '157', '160', '162', '170', '171', '176', '177', '178', '159'])
        num = ''.join(r.choice('0123456789') for _ in range(7 if pre[1] != '5' else 8))
        f = r.choice(['a', 'b', 'c', 'd', 'e'])
        return {'a': f'0{pre} {num[:4]} {num[4:]}', 'b': f'0{pre}/{num}', 'c': f'+49 {pre} {num}',
                'd': f'0{pre}-{num[:3]}-{num[3:]}', 'e': f'+49 (0) {pre} {num[:3]} {num[3:]}'}[f]

    def landline(self, place):
        r = self.r
        ac = place[3]
        num = ''.join(r.choice('0123456789') for _ in range(max(5, 11 - len(ac))))
        f = r.choice(['a', 'b', 'c', 'd'])
        return {'a': f'{ac} {num}', 'b': f'{ac}/{num[:2]} {num[2:4]} {num[4:]}'.rstrip(), 'c': f'({ac}) {num}',
                'd': f'+49 {ac[1:]} {num}'}[f]

    def foreign_phone(self, pop):
        r = self.r
        p = pop if pop in ('no19', 'my19', 'ks19') else r.choice(['no19', 'my19', 'ks19'])
        if p == 'no19':
            n = r.choice('49') + ''.join(r.choice('0123456789') for _ in range(7))
            return r.choice([f'+47 {n[:3]} {n[3:5]} {n[5:]}', f'0047 {n}', f'+47 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}'])
        if p == 'my19':
            n = ''.join(r.choice('0123456789') for _ in range(7))
            pre = r.choice(['12', '13', '16', '17', '19'])
            return r.choice([f'+60 {pre}-{n[:3]} {n[3:]}', f'012-{n[:3]} {n[3:]}', f'+6019 {n}', f'0060 {pre} {n}'])
        n = ''.join(r.choice('0123456789') for _ in range(5))
        if r.random() < 0.25:
            m = ''.join(r.choice('0123456789') for _ in range(7))
            return r.choice([f'+971 50 {m[:3]} {m[3:]}', f'00971 55 {m}'])
        return r.choice([f'+91 94190 {n}', f'+91-70060-{n}', f'0194-24{n}', f'+91 (0)194 24{n}', f'0091 9906 {n}1'])

    def email(self, p, provider=None):
        r = self.r
        prov = provider or {'no19': ['online.no', 'hotmail.no', 'lyse.net', 'broadpark.no'],
                            'my19': ['yahoo.com.my', 'streamyx.com', 'tm.net.my', 'gmail.com'],
                            'ks19': ['rediffmail.com', 'yahoo.co.in', 'gmail.com', 'outlook.com']}.get(
            p.pop, ['ewetel.net', 'osnanet.de', 'htp-tel.de', 'gmx.de', 'web.de', 't-online.de', 'vodafone.de'])
        g, s = slug(p.given), slug(p.surname)
        local = r.choice([f'{g}.{s}', f'{g[0]}.{s}', f'{s}{r.randrange(60, 99)}', f'{g}_{s}', f'{g}{s[0]}',
                          f'{s}.{g}'])
        return f'{local}@{r.choice(prov) if isinstance(prov, list) else prov}'


def load_templates():
    from templates19 import TEMPLATES
    return TEMPLATES


# ------------------------------------------------------------------ record building
def pick_birth(r, group):
    if group == 'olderWorkers':
        y = r.randrange(1960, 1971)
    elif group == 'youngAdults':
        y = r.randrange(2000, 2007)
    else:
        y = r.randrange(1971, 2000)
    return datetime.date(y, r.randrange(1, 13), r.randrange(1, 29))


class Note:
    def __init__(self):
        self.parts, self.spans, self.pos = [], [], 0

    def text(self, t):
        self.parts.append(t)
        self.pos += len(t)

    def value(self, v, kind):
        assert v == v.strip() and v, (kind,)
        self.spans.append((self.pos, self.pos + len(v), kind, v))
        self.text(v)

    def done(self):
        return ''.join(self.parts), self.spans


def build(gen, templates):
    r = gen.r
    records, truth = [], []
    uses = collections.Counter()
    regions = ['NSB', 'SAC', 'BY']
    cust_pops = ['no19', 'my19', 'ks19', 'de19']
    groups = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners',
              'disabledPersons']
    for ri in range(N_RECORDS):
        sgb2 = ri < N_SGB2
        region = regions[ri % 3]
        office = r.choice(O.OFFICES[region])
        place = r.choice(gen.places[region])
        pop = r.choices(cust_pops, [0.2, 0.2, 0.2, 0.4])[0]
        cust = gen.person(pop=pop)
        cw = gen.person(pop=r.choices(cust_pops, [0.1, 0.1, 0.1, 0.7])[0], avoid={cust.given, cust.surname})
        tl = gen.person(pop=r.choices(cust_pops, [0.1, 0.1, 0.1, 0.7])[0],
                        avoid={cust.given, cust.surname, cw.given, cw.surname})
        group = r.choice(groups) if not (cust.gender == 'm' and r.random() < 0.5) else r.choice(groups[:4] + groups[5:])
        birth = pick_birth(r, group)
        birthname = None
        if cust.gender == 'f' and r.random() < 0.3 and cust.sub is None:
            birthname = gen.person(pop=pop if pop != 'my19' else 'de19', gender='f').surname
        street = f'{r.choice(gen.pools["streetBases"])}{r.choice(O.STREET_SUFFIXES)} {r.randrange(1, 80)}' \
            if r.random() < 0.75 else f'{r.choice(gen.pools["fixedStreets"])} {r.randrange(1, 40)}'
        nat = {'no19': 'NO', 'my19': 'MY', 'ks19': 'IN', 'de19': 'DE'}[pop]
        if nat != 'DE' and r.random() < 0.2:
            nat = 'DE'
        cust_iban = gen.de_iban(region)
        tax = gen.taxid()
        # the letter of the RV number: birth name or surname; for Malay, Malaysian Indian and Iban the given name
        rv = gen.rv(birth, (birthname or cust.surname) if cust.sub in (None, 'chinese') else cust.given, cust.gender)
        jc_id = office[0]
        prefix = jc_id[:3] if sgb2 else office[2]
        kd = gen.kdnr(prefix)
        bg = gen.bgnr(jc_id) if sgb2 else None
        cw_mail_dom = O.STAFF_DOMAIN[region] if sgb2 else O.AGENCY_DOMAIN
        cw_email = f'{slug(cw.given)}.{slug(cw.surname)}@{jc_id if sgb2 else office[2]}.{cw_mail_dom}'
        cw_phone = f'{place[3]} {r.randrange(100, 999)}-{r.randrange(100, 999)}'
        cust_phone = gen.mobile()
        cust_email = gen.email(cust)
        rec = {'customerNumber': kd}
        if sgb2:
            rec['householdNumber'] = bg
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = region
        if sgb2:
            rec['jobCentre'] = {'id': jc_id, 'name': office[1], 'consents16a': r.random() < 0.3}
        else:
            rec['agency'] = {'id': office[2], 'name': office[3]}
        rec['team'] = f'{jc_id if sgb2 else office[2]}-T{r.randrange(1, 15):02d}'
        rec['teamLead'] = {'id': f'TL-{r.randrange(1000, 9999)}', 'name': tl.full()}
        rec['caseWorker'] = {'id': f'MA-{r.randrange(1000, 9999)}', 'name': cw.full(), 'phone': cw_phone,
                             'email': cw_email}
        rec['customer'] = {'firstName': cust.given, 'lastName': cust.surname, 'birthName': birthname,
                           'birthDate': birth.isoformat(), 'gender': cust.gender, 'nationality': nat,
                           'address': {'street': street, 'postcode': place[2], 'city': place[1]},
                           'phone': cust_phone, 'email': cust_email, 'iban': cust_iban, 'taxId': tax,
                           'pensionInsuranceNumber': rv}
        proc = r.choices(['placement', 'rehabilitation', 'employerService'], [0.72, 0.18, 0.1])[0]
        rec['customerProcess'] = proc
        rec['customerGroup'] = group
        rec['municipalServices16a'] = sgb2 and r.random() < 0.25
        start = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(0, 200))
        rec['review'] = {'flagged': r.random() < 0.5, 'month': (start + datetime.timedelta(days=150)).strftime('%Y-%m'),
                         'teamLeadVerdict': r.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': start.isoformat(), 'profile': r.choice(
            ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance'])}]
        if r.random() < 0.5:
            rec['profileHistory'].append({'from': (start + datetime.timedelta(days=r.randrange(40, 120))).isoformat(),
                                          'profile': r.choice(['market', 'activation', 'support', 'development'])})
        ctx = {'gen': gen, 'rec': rec, 'region': region, 'place': place, 'office': office, 'cust': cust, 'cw': cw,
               'tl': tl, 'birth': birth, 'birthname': birthname, 'sgb2': sgb2, 'pop': pop, 'prefix': prefix}
        d = start
        events, used_here = [], set()
        for ei in range(N_EVENTS):
            d = d + datetime.timedelta(days=r.randrange(5, 34))
            ti = choose_template(r, templates, uses, used_here, pop, sgb2, ri, ei, birthname is not None)
            used_here.add(ti)
            uses[ti] += 1
            ctx['bound'] = templates[ti][0] in cust_pops
            note, spans = render(templates[ti][1], ctx, d)
            etype = r.choice(['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview',
                              'employerContact', 'caseConference', 'hearing', 'missedAppointment', 'statusUpdate'])
            events.append({'date': d.isoformat(), 'type': etype, 'channel': r.choice(['inPerson', 'phone', 'video']),
                           'note': note})
            for (s, e, k, v) in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
        rec['events'] = events
        ms = []
        for _ in range(r.choice([0, 1, 1, 2])):
            ms_start = start + datetime.timedelta(days=r.randrange(10, 90))
            ms.append({'start': ms_start.isoformat(), 'end': (ms_start + datetime.timedelta(days=r.randrange(30, 180)))
                       .isoformat(), 'kind': r.choice(['activation', 'qualification', 'languageCourse', 'coaching',
                                                       'jobApplicationTraining', 'workOpportunity', 'wageSubsidy',
                                                       'rehabilitation']),
                       'outcome': r.choice(['completed', 'aborted', 'ongoing'])})
        rec['measures'] = ms
        exit_reason = r.choices([None, 'goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity',
                                 'noCooperation'], [0.75, 0.04, 0.06, 0.04, 0.04, 0.04, 0.03])[0]
        rec['caseManagement'] = {'intake': start.isoformat(), 'exit': (d + datetime.timedelta(days=14)).isoformat()
                                 if exit_reason else None, 'exitReason': exit_reason}
        records.append(rec)
    return records, truth, uses


def choose_template(r, templates, uses, used_here, pop, sgb2, ri, ei, has_birthname):
    def fits(t):
        tag = t[0]
        return (tag == 'any' or (tag == 'sgb2' and sgb2) or (tag == 'sgb3' and not sgb2) or tag == pop
                or (tag == 'birth' and has_birthname))
    cands = [i for i, t in enumerate(templates) if fits(t) and i not in used_here]
    popc = [i for i in cands if templates[i][0] in (pop, 'birth')]
    domc = [i for i in cands if templates[i][0] in ('sgb2', 'sgb3')]
    nslot = [i for i in cands if not SLOT.search(templates[i][1])]
    if popc and ei in (1, 3):
        cands = popc
    elif domc and ei == 4 and r.random() < 0.6:
        cands = domc
    # slotless templates at most twice
    cands = [i for i in cands if not (i in nslot and uses[i] >= 2)] or cands
    m = min(uses[i] for i in cands)
    best = [i for i in cands if uses[i] <= m]
    return r.choice(best)


def date_fmt(r, d, form=None):
    f = form or r.choices(['num', 'num', 'short', 'nolead', 'text', 'noyear', 'iso'], [4, 3, 1, 1, 2, 1, 1])[0]
    if f == 'num':
        return d.strftime('%d.%m.%Y')
    if f == 'short':
        return d.strftime('%d.%m.%y')
    if f == 'nolead':
        return f'{d.day}.{d.month}.{d.year}'
    if f == 'text':
        return f'{d.day}. {MONTHS_DE[d.month - 1]} {d.year}'
    if f == 'textny':
        return f'{d.day}. {MONTHS_DE[d.month - 1]}'
    if f == 'noyear':
        return d.strftime('%d.%m.')
    if f == 'iso':
        return d.isoformat()
    if f == 'slash':
        return d.strftime('%d/%m/%Y')
    if f == 'no':
        return f'{d.day}. {MONTHS_NO[d.month - 1]} {d.year}'
    if f == 'my':
        return f'{d.day} {MONTHS_MY[d.month - 1]} {d.year}'
    if f == 'en':
        return f'{d.day} {MONTHS_EN[d.month - 1]} {d.year}'
    if f == 'compact':
        return d.strftime('%Y%m%d')
    if f == 'dash':
        return d.strftime('%d-%m-%Y')
    raise KeyError(f)


def make_address(gen, ctx, form=None, place=None):
    r = gen.r
    pl = place or r.choice(gen.places[ctx['region']])
    street = f'{r.choice(gen.pools["streetBases"])}{r.choice(O.STREET_SUFFIXES)}' if r.random() < 0.7 \
        else r.choice(gen.pools['fixedStreets'])
    no = r.choice([str(r.randrange(1, 90)), f'{r.randrange(1, 40)}a', f'{r.randrange(1, 40)} b',
                   f'{r.randrange(1, 30)}-{r.randrange(31, 40)}'])
    f = form or r.choices(['line', 'ot', 'in', 'block', 'street', 'up', 'floor'], [5, 2, 1, 2, 1, 1, 1])[0]
    vill, parent, pc = pl[0], pl[1], pl[2]
    if f == 'line':
        return f'{street} {no}, {pc} {vill}'
    if f == 'ot':
        return f'{street} {no}, {pc} {parent} OT {vill}' if vill != parent else f'{street} {no}, {pc} {parent}'
    if f == 'in':
        return f'{street} {no} in {pc} {vill}'
    if f == 'block':
        return f'{street} {no}\n{pc} {vill}'
    if f == 'street':
        return f'{street} {no}'
    if f == 'up':
        return f'{street} {no}, {pc} {vill}'.upper()
    if f == 'floor':
        return f'{street} {no}, {r.choice(["2. OG links", "EG rechts", "Hinterhaus", "DG", "Souterrain"])}, {pc} {vill}'
    raise KeyError(f)


def make_company(gen, ctx, shape=None):
    r = gen.r
    sh = shape or r.choices(['word', 'trade', 'craft', 'amp', 'brand', 'temp', 'hyph'], [4, 2, 3, 2, 2, 1, 1])[0]
    s1 = r.choice(gen.names['de19']['s'])
    s2 = r.choice([x for x in gen.names['de19']['s'] if x != s1])
    if sh == 'word':
        return f'{r.choice(gen.pools["companyWords"])} {r.choice(O.TRADES)} {r.choice(O.LEGAL_FORMS)}'
    if sh == 'trade':
        return f'{r.choice(O.TRADES)} {r.choice(gen.pools["companyWords"])}'
    if sh == 'craft':
        return r.choice(O.CRAFTS).format(s=s1)
    if sh == 'amp':
        return r.choice([f'{s1} & {s2} {r.choice(O.LEGAL_FORMS)}', f'{s1} und {s2} GbR', f'{s1} + {s2}',
                         f'Gebr. {s1} {r.choice(O.LEGAL_FORMS)}'])
    if sh == 'brand':
        return r.choice(gen.pools['brands'])
    if sh == 'temp':
        return r.choice(gen.pools['tempAgencies'])
    if sh == 'hyph':
        return f'{r.choice(gen.pools["companyWords"]).split()[0]}-{r.choice(O.TRADES)}'
    raise KeyError(sh)


def make_inst(gen, ctx, group=None):
    r = gen.r
    pl = r.choice(gen.places[ctx['region']])
    g = group or r.choice(['school', 'course', 'kita', 'club', 'medical', 'office', 'social', 'abbr'])
    return r.choice(O.INST_GROUPS[g]).format(v=pl[0], p=pl[1])


def render(body, ctx, day):
    gen = ctx['gen']
    r = gen.r
    cust = ctx['cust']
    body = GALT.sub(lambda m: m[1] if cust.gender == 'm' else m[2], body)
    note = Note()
    people = {'C': cust, 'CW': ctx['cw'], 'TL': ctx['tl']}
    avoid = {cust.given, cust.surname, ctx['cw'].given, ctx['cw'].surname, ctx['tl'].given, ctx['tl'].surname}
    cache = {}
    dstate = {'d': day - datetime.timedelta(days=r.randrange(3, 25))}
    pos = 0
    for m in SLOT.finditer(body):
        note.text(body[pos:m.start()])
        pos = m.end()
        slot, form, tr = m[1], m[2], m[3]
        v, kind = slot_value(gen, ctx, slot, form, people, avoid, cache, dstate)
        if tr in ('moji', 'qp', 'html'):
            # in the encoding styles, prefer values whose spelling the encoding changes (umlauts, ß, ø, &)
            for _ in range(12):
                if TRANSFORMS[tr](v) != v or slot in FIXED_PEOPLE or slot in ('ADc', 'EMc', 'D'):
                    break
                if slot in people:
                    del people[slot]
                if slot == 'D':
                    break
                v, kind = slot_value(gen, ctx, slot, form, people, avoid, cache, dstate)
        if tr:
            v = TRANSFORMS[tr](v)
        if '\n' in v:  # address blocks: the span covers both lines
            pass
        note.value(v, kind)
    note.text(body[pos:])
    return note.done()


FIXED_PEOPLE = ('C', 'CW', 'TL', 'R1', 'Rf1')
NAME_FORMS_FREE = (['full'] * 6 + ['rev', 'REV', 'UP', 'init', 'gs', 'low', 'given'])


def person_slot(gen, ctx, slot, people, avoid):
    r = gen.r
    if slot in people:
        return people[slot]
    cust = ctx['cust']
    if slot in ('S1', 'S2', 'SM', 'SF'):
        p = gen.person(pop=r.choices(['no19', 'my19', 'ks19', 'de19'], [0.1, 0.1, 0.1, 0.7])[0],
                       gender={'SM': 'm', 'SF': 'f'}.get(slot), avoid=avoid)
    elif slot in ('R1', 'Rf1'):
        g = 'm' if slot == 'R1' else 'f'
        # siblings: same surname (Malay, Indian, Iban: the same father's name as second part)
        pool = gen.my_groups[cust.sub][g] if cust.sub else gen.names[cust.pop][g]
        given = r.choice([x for x in pool if x not in avoid and x != cust.given] or pool)
        p = Person(given, cust.surname, g, cust.pop, cust.sub)
    elif slot == 'O1':
        g = 'f' if cust.gender == 'm' else 'm'
        p = gen.person(pop=cust.pop if r.random() < 0.7 else None, gender=g, avoid=avoid)
    else:
        g = {'M': 'm', 'F': 'f'}.get(slot[0])
        # third persons share the customer's origin in 55 % of notes, always in notes bound to the population
        p = gen.person(pop=cust.pop if (ctx.get('bound') or r.random() < 0.55) else None, gender=g, avoid=avoid)
    people[slot] = p
    avoid |= {p.given, p.surname}
    return p


def slot_value(gen, ctx, slot, form, people, avoid, cache, dstate):
    r = gen.r
    rec, cust, region = ctx['rec'], ctx['cust'], ctx['region']
    if slot in ('C', 'CW', 'TL', 'S1', 'S2', 'SM', 'SF', 'P1', 'P2', 'P3', 'M1', 'M2', 'F1', 'F2', 'R1', 'Rf1', 'O1'):
        p = person_slot(gen, ctx, slot, people, avoid)
        f = form or 'any'
        if f == 'any':
            f = r.choice(NAME_FORMS_FREE)
        if f == 'birth':
            return ctx['birthname'] or cust.surname, 'customerName'
        kind = 'customerName' if slot == 'C' else ('staffName' if slot in ('CW', 'TL', 'S1', 'S2', 'SM', 'SF') else 'thirdPersonName')
        return p.form(f), kind
    if slot == 'CO' and form in O.SECTORS:
        s1 = r.choice(gen.names['de19']['s'])
        s2 = r.choice([x for x in gen.names['de19']['s'] if x != s1])
        pat = r.choice([x for x in O.SECTORS[form] if '{' in x or x in gen.pools['brands']])
        return pat.format(w=r.choice(gen.pools['companyWords']).split()[0], s=s1, s2=s2), 'company'
    if slot == 'CO':
        return make_company(gen, ctx, form), 'company'
    if slot == 'CR':
        return make_company(gen, ctx, 'craft'), 'company'
    if slot == 'BR':
        return make_company(gen, ctx, 'brand'), 'company'
    if slot == 'TA':
        return r.choice(gen.pools['tempAgencies']), 'company'
    if slot == 'INK':
        return r.choice(gen.pools['collection']), 'company'
    if slot == 'COF':
        pop = ctx['pop'] if ctx['pop'] in O.FOREIGN_COMPANIES else r.choice(list(O.FOREIGN_COMPANIES))
        lst = [c for c in O.FOREIGN_COMPANIES[form or pop] if c in gen.pools['foreignCompanies']]
        return r.choice(lst), 'company'
    if slot == 'IN':
        return make_inst(gen, ctx, form), 'institution'
    if slot == 'NB':
        lst = [b for b in O.NAMED_BODIES[form] if b in gen.pools['namedBodies']]
        if form == 'foreign' and ctx['pop'] in O.FOREIGN_BODIES:  # bodies of the customer's country
            lst = [b for b in lst if b in O.FOREIGN_BODIES[ctx['pop']]] or lst
        if form == 'chamber':  # the chambers of the record's region
            lst = [b for b in lst if b in O.CHAMBER_REGION[region]] or lst
        return r.choice(lst), 'institution'
    if slot == 'AD':
        return make_address(gen, ctx, form), 'address'
    if slot == 'ADc':
        a = rec['customer']['address']
        f = form or r.choice(['line', 'line', 'street', 'in'])
        v = {'line': f'{a["street"]}, {a["postcode"]} {a["city"]}', 'street': a['street'],
             'in': f'{a["street"]} in {a["postcode"]} {a["city"]}', 'block': f'{a["street"]}\n{a["postcode"]} {a["city"]}'}[f]
        return v, 'address'
    if slot == 'ADF':
        pop = form or (ctx['pop'] if ctx['pop'] in O.FOREIGN_ADDR else r.choice(list(O.FOREIGN_ADDR)))
        lst = [a for a in O.FOREIGN_ADDR[pop] if a in gen.pools['foreignAddr']]
        return r.choice(lst), 'address'
    if slot == 'EM':
        p = person_slot(gen, ctx, 'P3', people, avoid) if form is None else people.get(form) or person_slot(
            gen, ctx, form, people, avoid)
        return gen.email(p), 'email'
    if slot == 'EMc':
        v = rec['customer']['email']
        return (v.upper() if form == 'up' else v), 'email'
    if slot == 'EMs':
        return rec['caseWorker']['email'], 'email'
    if slot == 'EMco':
        w = slug(r.choice(gen.pools['companyWords']))
        return f'{r.choice(["info", "bewerbung", "personal", "jobs", "buero", "kontakt"])}@{w}-{r.choice(["gmbh", "online", "service"])}.de', 'email'
    if slot == 'PH':
        pl = r.choice(gen.places[region])
        return (gen.landline(pl) if r.random() < 0.5 else gen.mobile()), 'phone'
    if slot == 'PHm':
        return gen.mobile(), 'phone'
    if slot == 'PHc':
        return rec['customer']['phone'], 'phone'
    if slot == 'PHs':
        return rec['caseWorker']['phone'], 'phone'
    if slot == 'PHF':
        return gen.foreign_phone(form or ctx['pop']), 'phone'
    if slot == 'IBAN':
        return gen.fmt_iban(gen.de_iban(region)), 'iban'
    if slot == 'IBANc':
        return gen.fmt_iban(rec['customer']['iban']), 'iban'
    if slot == 'IBANF':
        return gen.fmt_iban(gen.foreign_iban(ctx['pop'])), 'iban'
    if slot == 'TAX':
        return gen.fmt_tax(rec['customer']['taxId']), 'taxId'
    if slot == 'TAXo':
        return gen.fmt_tax(gen.taxid()), 'taxId'
    if slot == 'RV':
        return gen.fmt_rv(rec['customer']['pensionInsuranceNumber']), 'pensionNumber'
    if slot == 'KD':
        return gen.fmt_kd(rec['customerNumber']), 'customerNumber'
    if slot == 'KDo':
        return gen.fmt_kd(gen.kdnr(ctx['prefix'])), 'customerNumber'
    if slot == 'BG':
        v = rec.get('householdNumber') or gen.bgnr(ctx['office'][0])
        return gen.fmt_bg(v), 'householdNumber'
    if slot == 'BGo':
        return gen.fmt_bg(gen.bgnr(ctx['office'][0])), 'householdNumber'
    if slot == 'ID':
        return gen.fmt_id(gen.id_de()), 'idCard'
    if slot == 'IDF':
        return gen.id_foreign(form or ctx['pop'], ctx['birth'] if ctx['pop'] == 'my19' and form != 'mykadx' else None), 'idCard'
    if slot == 'KFZ':
        pl = r.choice(gen.places[region])
        code = pl[4]
        letters = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.choice([1, 2])))
        num = str(r.randrange(1, 9999))
        f = r.choice(['a', 'a', 'b', 'c', 'e', 'low'])
        v = {'a': f'{code}-{letters} {num}', 'b': f'{code} {letters} {num}', 'c': f'{code}-{letters}{num}',
             'e': f'{code}-{letters} {num[:3]}E' if len(num) > 1 else f'{code}-{letters} {num}E',
             'low': f'{code}-{letters} {num}'.lower()}[f]
        return v, 'licensePlate'
    if slot == 'KFZF':
        pop = form or ctx['pop']
        if pop == 'no19':
            v = f'{r.choice(["EK", "VH", "SU", "BR", "TR", "ZT"])} {r.randrange(10000, 99999)}'
        elif pop == 'my19':
            v = r.choice([f'W{r.choice("ABCDEFGHJKLMNPRSTUVWXY")}{r.choice("ABCDEFGHJKLMN")} {r.randrange(100, 9999)}',
                          f'P{r.choice("ABCDEFGHJKLMN")}{r.choice("ABCDEFGHJKLMN")} {r.randrange(100, 9999)}'])
        else:
            v = f'JK{r.choice(["01", "02", "03", "05"])} {r.choice(["AB", "CD", "K", "M"])} {r.randrange(1000, 9999)}'
        return v, 'licensePlate'
    if slot == 'D':
        dstate['d'] = dstate['d'] + datetime.timedelta(days=r.randrange(1, 12))
        return date_fmt(r, dstate['d'], form), 'date'
    if slot == 'GEB':
        return date_fmt(r, ctx['birth'], form or r.choice(['num', 'num', 'short', 'text', 'iso'])), 'birthDate'
    if slot == 'GEBk':
        d = datetime.date(r.randrange(2008, 2024), r.randrange(1, 13), r.randrange(1, 29))
        return date_fmt(r, d, form or r.choice(['num', 'num', 'short', 'text'])), 'birthDate'
    if slot == 'GEBt':
        d = datetime.date(r.randrange(2005, 2010), r.randrange(1, 13), r.randrange(1, 29))
        return date_fmt(r, d, form or r.choice(['num', 'num', 'short', 'text'])), 'birthDate'
    if slot == 'GEBo':
        d = datetime.date(r.randrange(1935, 1961), r.randrange(1, 13), r.randrange(1, 29))
        return date_fmt(r, d, form or r.choice(['num', 'num', 'text'])), 'birthDate'
    if slot == 'GEBa':
        d = datetime.date(r.randrange(1945, 2001), r.randrange(1, 13), r.randrange(1, 29))
        return date_fmt(r, d, form or r.choice(['num', 'num', 'text'])), 'birthDate'
    raise KeyError(slot)


# ------------------------------------------------------------------ verification
def verify(records, truth, templates, uses):
    assert len(records) == N_RECORDS and sum(r['legalDomain'] == 'SGB2' for r in records) == N_SGB2
    for r in records:
        assert len(r['events']) == N_EVENTS
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and 'agency' not in r
            assert re.fullmatch(r'\d{5}BG\d{7}', r['householdNumber']) and r['householdNumber'][:5] == r['jobCentre']['id']
            assert r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'agency' in r and 'jobCentre' not in r and 'householdNumber' not in r
            assert r['customerNumber'][:3] == r['agency']['id']
        assert re.fullmatch(r'\d{3}D\d{6}', r['customerNumber'])
        c = r['customer']
        assert iban_valid(c['iban']) and taxid_valid(c['taxId']) and rv_valid(c['pensionInsuranceNumber'])
        rv = c['pensionInsuranceNumber']
        assert rv[2:8] == datetime.date.fromisoformat(c['birthDate']).strftime('%d%m%y')
        assert (int(rv[9:11]) < 50) == (c['gender'] == 'm')
    by_event = collections.defaultdict(list)
    for t in truth:
        assert t['kind'] in KINDS
        by_event[(t['record'], t['event'])].append(t)
    for (ri, ei), ts in by_event.items():
        note = records[ri]['events'][ei]['note']
        ts = sorted(ts, key=lambda t: t['start'])
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (ri, ei, 'overlap')
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                gap = note[a['end']:b['start']]
                assert gap.strip(' \t\u00a0') != '', (ri, ei, 'adjacent names')
        for t in ts:
            v = t['value']
            assert note[t['start']:t['end']] == v, (ri, ei, t['kind'])
            assert v == v.strip() and v, (ri, ei, t['kind'])
            raw = re.sub(r'[\s.\-/]', '', v).upper()
            if t['kind'] == 'iban':
                assert iban_valid(raw), (ri, ei, 'iban')
            elif t['kind'] == 'taxId':
                assert taxid_valid(raw), (ri, ei, 'taxId')
            elif t['kind'] == 'pensionNumber':
                assert rv_valid(raw), (ri, ei, 'pensionNumber')
            elif t['kind'] == 'idCard':
                assert id_valid(v), (ri, ei, 'idCard')
            elif t['kind'] == 'customerNumber':
                assert re.fullmatch(r'\d{3}D\d{6}', raw), (ri, ei, 'customerNumber')
            elif t['kind'] == 'householdNumber':
                assert re.fullmatch(r'\d{5}BG\d{7}', raw), (ri, ei, 'householdNumber')
    for r in records:
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    bodies = [t[1] for t in templates]
    assert len(set(bodies)) == len(bodies), 'duplicate template'
    assert all(uses[i] > 0 for i in range(len(templates))), 'unused template'


def main():
    self_test()
    names = json.load(open(os.path.join(HERE, 'names-heldout19.json'), encoding='utf-8'))
    templates = load_templates()
    gen = Gen(names)
    records, truth, uses = build(gen, templates)
    verify(records, truth, templates, uses)
    with open(os.path.join(HERE, f'{SPLIT}.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read and verify again
    records2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), encoding='utf-8')]
    verify(records2, truth2, templates, uses)
    per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    spanned = {(t['record'], t['event']) for t in truth}
    words = []
    for ri, r in enumerate(records):
        for ei, e in enumerate(r['events']):
            note = e['note']
            spans = sorted((t['start'], t['end']) for t in truth if t['record'] == ri and t['event'] == ei)
            keep, p = [], 0
            for s, en in spans:
                keep.append(note[p:s])
                p = en
            keep.append(note[p:])
            words += [w for w in re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', ' '.join(keep))]
    counts = {SPLIT: {
        'records': len(records), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in records),
        'events': sum(len(r['events']) for r in records), 'spans': len(truth), 'templates': len(templates),
        'templatesUsed': sum(1 for i in range(len(templates)) if uses[i]),
        'templatesWithoutSlots': sum(1 for t in templates if not SLOT.search(t[1])),
        'eventsWithoutSpan': N_RECORDS * N_EVENTS - len(spanned), 'notesJoinedFrom2Templates': 0,
        'wordTokensOutsideSpans': len(words), 'distinctWordTokensOutsideSpans': len(set(words)),
        'maxUsesOfOneTemplate': max(uses.values()), 'perKind': per_kind,
        'namePools': {p: {g: len(names[p][g]) for g in ('m', 'f', 's')} for p in ('no19', 'my19', 'ks19', 'de19')},
        'ownPools': {k: len(v) for k, v in names['pools'].items()}}}
    with open(os.path.join(HERE, f'counts-{SPLIT}.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, f'run-{SPLIT}.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
