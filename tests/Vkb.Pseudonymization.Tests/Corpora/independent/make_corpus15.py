#!/usr/bin/env python3
"""Generator of the held-out split heldout15 (Python 3 stdlib only, deterministic, seed '20261207-15').

Reads names-heldout15.json, templates15.py and own15.py; writes heldout15.jsonl, heldout15.truth.jsonl,
counts-heldout15.json and run-heldout15.log. All checks run before writing and again on the re-read files.

Template syntax (templates15.py):
  leading tags, blank-separated, before the text:  @2 / @3 (SGB II / SGB III only), @m / @f (customer's gender),
  @b (customer has a birth name), %pop% (customer of that population, e.g. %te15%; %-de15% = not German).
  [a|b]            gender alternative following the customer (a = male, b = female)
  {KIND} / {KIND:form}  a planted value; KIND:
    C  customer          S, S1, S2 colleague      SO own case worker     TL team lead
    P, Pm, Pf, P1, Pm1 … third persons (P = any gender)   Rm, Rf relative with the customer's surname
      name forms: full (default mix), sur, given, rev, caps, init, ini, upper, sinit, tinit, birth (customer only)
    CO company   (forms: any trade word, craft, fw, brand, foreign, amp, und, temp)
    I  institution (forms: any type word, abbr, health, pension, chamber, welfare, consulate, community, authority)
    A  address   (forms: street, cust, block, foreign, rev, caps)
    E  e-mail    (forms: cust, staff, co, dict)          T phone (forms: mob, land, cust, staff, foreign, spoken)
    IBAN (forms: other, foreign, boxes)  TAX  RV  KNR (form own)  BG (form own)  ID  KFZ
    GEB (forms: child, adult, senior)    D (forms: long, short, iso, en, fr, es, in, num)
"""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own15 as O  # noqa: E402

SEED = '20261207-15'
SPLIT = 'heldout15'
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber', 'iban',
         'idCard', 'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId', 'thirdPersonName']
TARGET = {'address': 165, 'birthDate': 80, 'company': 240, 'customerName': 250, 'customerNumber': 36, 'date': 430,
          'email': 90, 'householdNumber': 34, 'iban': 50, 'idCard': 40, 'institution': 210, 'licensePlate': 40,
          'pensionNumber': 28, 'phone': 130, 'staffName': 165, 'taxId': 28, 'thirdPersonName': 380}
POPS = ['pk15', 'te15', 'ht15', 'cu15', 'sl15', 'na15', 'de15']
CUST_W = {'de15': 18, 'pk15': 14, 'te15': 14, 'ht15': 13, 'cu15': 14, 'sl15': 13, 'na15': 14}
STAFF_W = {'de15': 62, 'pk15': 7, 'te15': 6, 'ht15': 5, 'cu15': 6, 'sl15': 6, 'na15': 8}
NAT = {'pk15': ['PK'], 'te15': ['IN'], 'ht15': ['HT', 'HT', 'FR'], 'cu15': ['CU', 'CU', 'DO'], 'sl15': ['SL', 'SL', 'LR'],
       'na15': ['NA'], 'de15': ['DE']}
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
SAINTS = ['St. Liborius', 'St. Meinolfus', 'St. Walburga', 'St. Ida', 'St. Kilian', 'St. Wendelin', 'Don Bosco', 'Regenbogen',
          'Pusteblume', 'Arche Noah', 'Sonnenschein', 'Zwergenland', 'Kunterbunt', 'Am Mühlbach']
NAME_KINDS = ('customerName', 'staffName', 'thirdPersonName')


# ---------------------------------------------------------------- check digits
def iban_ok(s):
    s = re.sub(r'[\s\-.]', '', s).upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + '00'
    chk = 98 - int(''.join(str(int(c, 36)) for c in r)) % 97
    return f'{cc}{chk:02d}{bban}'


def rib_key(bank, branch, acct):
    conv = {c: str(v) for c, v in zip('ABCDEFGHIJKLMNOPQRSTUVWXYZ', '12345678912345678923456789')}
    acct = ''.join(conv.get(c, c) for c in acct)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 11 or d[0] == '0':
        return False
    cnt = collections.Counter(d[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in cnt.values() if v > 1) != 1:
        return False
    return taxid_check(d[:10]) == int(d[10])


def rv_check(s12):
    letter = s12[8]
    digits = s12[:8] + f'{ord(letter) - 64:02d}' + s12[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(digits, w)) % 10


def rv_ok(s):
    s = re.sub(r'[\s\-./]', '', s).upper()
    return bool(re.fullmatch(r'\d{8}[A-Z]\d{3}', s)) and rv_check(s) == int(s[11])


def c731(s):
    w = [7, 3, 1]
    return sum(int(c, 36) * w[i % 3] for i, c in enumerate(s)) % 10


def id_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return len(s) == 10 and c731(s[:9]) == int(s[9])


def self_test():
    assert iban_ok('DE89370400440532013000') and not iban_ok('DE89370400440532013001')
    assert iban_ok('GB82WEST12345698765432') and iban_ok('FR1420041010050500013M02606')
    assert iban_ok('PK36SCBL0000001123456702') and iban_ok('DO28BAGR00000001212453611324')
    assert rib_key('20041', '01005', '0500013M026') == 6
    assert taxid_ok('86095742719') and taxid_ok('47036892816') and not taxid_ok('86095742718')
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert id_ok('T220001293') and not id_ok('T220001294')


# ---------------------------------------------------------------- helpers
def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def mailpart(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    s = fold(s)
    return re.sub(r'[^a-z0-9\-]', '', s.replace(' ', '-'))


class Person:
    def __init__(self, given, sur, gender, pop, birth=None):
        self.given, self.sur, self.gender, self.pop, self.birth = given, sur, gender, pop, birth

    def form(self, f, rng):
        g, s = self.given, self.sur
        if f == 'full':
            f = rng.choice(['std', 'std', 'std', 'std', 'rev', 'init', 'upper', 'caps'])
            if self.pop == 'te15' and rng.random() < 0.35:
                f = 'tinit'
        return {'std': f'{g} {s}', 'rev': f'{s}, {g}', 'caps': f'{s.upper()}, {g}', 'init': f'{g[0]}. {s}',
                'ini': f'{g[0]}.{s[0].replace("ǃ", "N").replace("ǁ", "G")}.', 'upper': f'{g} {s}'.upper(), 'sur': s,
                'given': g, 'sinit': f'{s} {g[0]}.', 'tinit': f'{s[0]}. {g}', 'lower': f'{g} {s}'.lower(),
                'birth': self.birth or s}[f]


class Gen:
    def __init__(self, rng, names):
        self.rng, self.N = rng, names
        self.P = names['pools']

    def pick_pop(self, w):
        return self.rng.choices(list(w), weights=list(w.values()))[0]

    def person(self, pop=None, gender=None, w=CUST_W, avoid=()):
        r = self.rng
        pop = pop or self.pick_pop(w)
        gender = gender or r.choice('mf')
        for _ in range(50):
            gp = pop if r.random() > 0.05 else r.choice(POPS)
            given = r.choice(self.N[gp][gender])
            sur = r.choice(self.N[pop]['s'])
            if r.random() < 0.04:
                sur2 = r.choice(self.N[pop]['s'])
                if sur2 != sur:
                    sur = f'{sur}-{sur2}'
            if given not in avoid and sur not in avoid:
                return Person(given, sur, gender, pop)
        return Person(given, sur, gender, pop)

    # ---- places
    def village(self, rd=None):
        vs = [v for v in self.P['villages'] if rd is None or v[5] == rd]
        return self.rng.choice(vs)

    def street(self):
        r = self.rng
        if r.random() < 0.2:
            st = r.choice(self.P['fixedStreets'])
        else:
            suf = r.choice(O.STREET_SUFFIX)
            st = r.choice(self.P['streetBases']) + suf
            if suf == 'straße' and r.random() < 0.25:
                st = st[:-6] + 'str.'
        no = str(r.randint(1, 96))
        x = r.random()
        if x < 0.12:
            no += r.choice('abc')
        elif x < 0.17:
            no += ' ' + r.choice('ab')
        elif x < 0.21:
            no = f'{no}-{int(no) + 2}'
        return f'{st} {no}'

    def address(self, form='', rd=None, v=None, street=None):
        r = self.rng
        v = v or self.village(rd)
        st = street or self.street()
        if form == 'street':
            return st
        if form == 'block':
            return f'{st}\n{v[2]} {v[0]}'
        if form == 'rev':
            return f'{v[2]} {v[0]}, {st}'
        if form == 'caps':
            return f'{st}, {v[2]} {v[0]}'.upper()
        shape = r.choice(['c', 'c', 'c', 'in', 'nov', 'par', 'slash', 'vfirst'])
        return {'c': f'{st}, {v[2]} {v[0]}', 'in': f'{st} in {v[2]} {v[0]}', 'nov': f'{st}, {v[0]}',
                'par': f'{st}, {v[2]} {v[1]}-{v[0]}' if v[1] != v[0] else f'{st}, {v[2]} {v[0]}',
                'slash': f'{st} / {v[2]} {v[0]}', 'vfirst': f'{v[0]}, {st}'}[shape]

    # ---- organisations
    def company(self, form='', pop=None):
        r = self.rng
        p = self.person(w=STAFF_W)
        trades = O.TRADES
        if form in ('', 'any'):
            form = r.choice(['fw', 'fw', 'craft', 'craft', 'brand', 'amp', 'und', 'temp', 'trade'])
        if form == 'foreign':
            return r.choice(self.P['foreignCompanies'])
        if form == 'brand':
            return r.choice(self.P['brands'])
        if form == 'temp':
            return r.choice([f'{r.choice(self.P["companyWords"])} Personal {r.choice(["GmbH", "GmbH & Co. KG"])}',
                             f'Zeitarbeit {p.sur} GmbH', f'{p.sur} Personaldienste'])
        if form == 'amp':
            q = self.person(w=STAFF_W)
            return f'{p.sur} & {q.sur} {r.choice(["GbR", "OHG", "GmbH", "Partnerschaft"])}'
        if form == 'und':
            return f'{p.sur} und {r.choice(["Söhne", "Sohn", "Partner", "Töchter"])} {r.choice(["GmbH", "KG", "OHG"])}'
        if form == 'craft':
            t = r.choice(trades)
            return r.choice([f'{t} {p.sur}', f'{t} {p.given} {p.sur}', f'{p.sur} {t}', f'{t} {p.sur} {r.choice(O.LEGAL)}'])
        if form == 'fw':
            t = r.choice(trades)
            w = r.choice(self.P['companyWords'])
            return r.choice([f'{w} {t} {r.choice(O.LEGAL)}', f'{t} {w}', f'{w} {t}', f'{t} „{w}“'])
        if form == 'trade':
            form = r.choice(trades)
        t = form
        w = r.choice(self.P['companyWords'])
        return r.choice([f'{t} {w}', f'{t} {p.sur}', f'{t} {p.sur} {r.choice(O.LEGAL)}', f'{w} {t} {r.choice(O.LEGAL)}',
                         f'{p.sur} {t}'])

    def institution(self, form='', rd=None, pop=None):
        r = self.rng
        cats = {'health', 'pension', 'chamber', 'welfare', 'consulate', 'community', 'authority'}
        if form == '':
            form = r.choice(['type', 'type', 'type', 'abbr', 'body'])
        if form == 'body':
            return r.choice(self.P['namedBodies'])[1]
        if form == 'own':
            key = {'pk15': 'Pak', 'te15': 'Telugu', 'ht15': 'Haïti', 'cu15': 'Kuba', 'sl15': 'Sierra Leone|Liberia',
                   'na15': 'Namib', 'de15': 'Heimat'}.get(pop, '')
            bs = [b[1] for b in self.P['namedBodies'] if b[0] == 'community' and key and re.search(key, b[1])]
            return r.choice(bs or [b[1] for b in self.P['namedBodies'] if b[0] == 'community'])
        if form == 'uni':
            return r.choice([b[1] for b in self.P['namedBodies'] if re.search(r'Universit|Hochschule|TH ', b[1])])
        if form in cats:
            bs = [b[1] for b in self.P['namedBodies'] if b[0] == form]
            if form == 'consulate' and pop:
                key = {'pk15': 'Pak', 'te15': 'Indien', 'ht15': 'Haiti', 'cu15': 'Kuba', 'sl15': 'Sierra Leone',
                       'na15': 'Namibia', 'de15': 'Namibia'}[pop]
                bs = [b for b in bs if key in b] or bs
            return r.choice(bs)
        v = self.village(rd if r.random() < 0.8 else None)[0]
        if form == 'abbr':
            return f'{r.choice(O.INST_ABBR)} {v}'
        t = r.choice(O.INST_TYPES) if form == 'type' else form
        if t == 'Kita' and r.random() < 0.5:
            return f'Kita {r.choice(SAINTS)} {v}'
        return r.choice([f'{t} {v}', f'{t} {v}', f'{t} in {v}'])

    # ---- contacts
    def mobile(self, form=None):
        r = self.rng
        pre = r.choice(['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0175',
                        '0176', '0177', '0178', '0179'])
        n = ''.join(str(r.randint(0, 9)) for _ in range(r.choice([7, 7, 8])))
        n = str(r.randint(1, 9)) + n[1:]
        shape = form or r.randint(0, 8)
        return [f'{pre} {n}', f'{pre}/{n}', f'{pre}-{n}', f'+49 {pre[1:]} {n}', f'{pre}{n}', f'+49 (0){pre[1:]} {n}',
                f'0049 {pre[1:]} {n}', f'({pre}) {n}', f'{pre} {n[:3]} {n[3:]}'][shape]

    def landline(self, area):
        r = self.rng
        n = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(max(4, r.choice([10, 11, 11]) - len(area)) - 1))
        shape = r.randint(0, 5)
        pairs = ' '.join(n[i:i + 2] for i in range(0, len(n), 2))
        return [f'{area} {n}', f'{area}/{n}', f'{area}-{n}', f'{area} / {pairs}', f'+49 {area[1:]} {n}', f'({area}) {n}'][shape]

    def foreign_phone(self, pop):
        r = self.rng
        cc, pres = O.PHONE_CC[pop]
        pre = r.choice(pres)
        n = ''.join(str(r.randint(0, 9)) for _ in range(10 - len(pre) if cc != '509' else 6))
        return r.choice([f'+{cc} {pre} {n}', f'00{cc} {pre}{n}', f'+{cc}{pre}{n}', f'+{cc} {pre}-{n}'])

    def spoken(self):
        r = self.rng
        w = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
        pre = r.choice(['0151', '0160', '0172', '0176', '0157'])
        rest = ''.join(str(r.randint(0, 9)) for _ in range(7))
        return ' '.join(w[int(c)] for c in pre) + ' ' + ' '.join([rest[:3], rest[3:5], rest[5:]])

    def email(self, p, form=''):
        r = self.rng
        g, s = mailpart(p.given), mailpart(p.sur)
        prov = r.choice(O.MAIL_PROVIDERS)
        local = r.choice([f'{g}.{s}', f'{g}{s}', f'{g[0]}.{s}', f'{s}.{g}', f'{g}_{s}{r.randint(70, 99)}',
                          f'{g}{r.randint(1, 99)}', f'{s}{r.randint(1960, 2005)}'])
        if form == 'dict':
            dom, tld = prov.rsplit('.', 1)
            return r.choice([f'{local} (at) {dom} (punkt) {tld}', f'{local}[at]{prov}', f'{local} ät {dom} punkt {tld}',
                             f'{local} @ {dom} . {tld}'])
        e = f'{local}@{prov}'
        x = r.random()
        return e.upper() if x < 0.07 else e

    # ---- identifiers
    def de_iban(self, rd):
        r = self.rng
        first = {'NRW': r.choice(['4', '4', '3']), 'RPS': r.choice(['5', '5', '59']), 'SAT': r.choice(['8', '82', '80'])}[rd]
        blz = first + ''.join(str(r.randint(0, 9)) for _ in range(8 - len(first)))
        acct = ''.join(str(r.randint(0, 9)) for _ in range(10))
        return iban_make('DE', blz + acct)

    def foreign_iban(self, pop):
        r = self.rng
        if pop == 'pk15':
            return iban_make('PK', r.choice(['HABB', 'MUCB', 'UNIL', 'ALFH', 'MEZN']) + ''.join(str(r.randint(0, 9)) for _ in range(16)))
        if pop == 'cu15':
            return iban_make('DO', r.choice(['BAGR', 'BPDO', 'BRRD']) + ''.join(str(r.randint(0, 9)) for _ in range(20)))
        bank, br = f'{r.randint(10000, 99999)}', f'{r.randint(10000, 99999)}'
        acct = ''.join(str(r.randint(0, 9)) for _ in range(11))
        return iban_make('FR', f'{bank}{br}{acct}{rib_key(bank, br, acct):02d}')

    def fmt_iban(self, ib, form=''):
        r = self.rng
        g = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if form == 'boxes':
            return ' '.join(ib)
        return r.choice([g, g, g, ib, g.lower(), g.replace(' ', '  ', 1), '-'.join(ib[i:i + 4] for i in range(0, len(ib), 4))])

    def taxid(self):
        r = self.rng
        while True:
            ds = r.sample('0123456789', 9)
            ds.append(r.choice(ds))
            r.shuffle(ds)
            if ds[0] != '0':
                d = ''.join(ds)
                d += str(taxid_check(d))
                if taxid_ok(d):
                    return d

    def fmt_tax(self, d):
        return self.rng.choice([d, d, f'{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}', f'{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}',
                                f'{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8:]}', f'{d[:2]}/{d[2:5]}/{d[5:8]}/{d[8:]}'])

    def rvnr(self, birth, bname, gender):
        r = self.rng
        area = r.choice(['10', '11', '12', '13', '15', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28',
                         '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53',
                         '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69',
                         '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'])
        d = birth.strftime('%d%m%y')
        letter = fold(bname.strip('ǃǁ'))[0].upper()
        serial = r.randint(0, 49) if gender == 'm' else r.randint(50, 99)
        s = f'{area}{d}{letter}{serial:02d}'
        return s + str(rv_check(s))

    def fmt_rv(self, s):
        return self.rng.choice([f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}', s, f'{s[:2]} {s[2:8]} {s[8]}{s[9:]}', s.lower(),
                                f'{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]} {s[9:]}', f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}'])

    def idcard(self):
        r = self.rng
        al = 'CFGHJKLMNPRTVWXYZ0123456789'
        first = r.choice('LMNPRTVWXY' if r.random() < 0.6 else 'CFGHJK')
        s = first + ''.join(r.choice(al) for _ in range(8))
        s += str(c731(s))
        return r.choice([s, s, f'{s[:9]} {s[9]}', f'{s[:9]}-{s[9]}', f'{s[:3]} {s[3:6]} {s[6:9]} {s[9]}', s.lower()])

    def plate(self, rd=None):
        r = self.rng
        code = self.village(rd)[4] if r.random() < 0.85 else r.choice(['PB', 'SO', 'KH', 'GTH', 'WB'])
        letters = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.choice([1, 2, 2])))
        num = str(r.randint(1, 9999 if len(letters) == 1 else 999))
        suf = r.choice(['', '', '', '', '', '', 'E', 'H'])
        return r.choice([f'{code}-{letters} {num}{suf}', f'{code} {letters} {num}{suf}', f'{code}-{letters}{num}{suf}',
                         f'{code}{letters}{num}{suf}', f'{code}-{letters} {num}{suf}'.lower()])

    def fmt_date(self, d, form=''):
        r = self.rng
        if form == '':
            form = r.choice(['num', 'num', 'num', 'num', 'short1', 'short2', 'nodot', 'long', 'longnoy', 'iso', 'slash',
                             'noyear', 'noyear'])
        dd, mm, yy = d.day, d.month, d.year
        return {'num': f'{dd:02d}.{mm:02d}.{yy}', 'short1': f'{dd}.{mm}.{yy}', 'short2': f'{dd}.{mm}.{yy % 100:02d}',
                'nodot': f'{dd:02d}.{mm:02d}.{yy % 100:02d}', 'long': f'{dd}. {MONTHS[mm - 1]} {yy}',
                'longnoy': f'{dd}. {MONTHS[mm - 1]}', 'iso': d.isoformat(), 'slash': f'{dd:02d}/{mm:02d}/{yy}',
                'noyear': f'{dd:02d}.{mm:02d}.', 'short': f'{dd:02d}.{mm:02d}.', 'en': f'{dd} {MON_EN[mm - 1]} {yy}',
                'fr': f'{dd} {MON_FR[mm - 1]} {yy}', 'es': f'{dd} de {MON_ES[mm - 1]} de {yy}',
                'in': r.choice([f'{dd:02d}-{mm:02d}-{yy}', f'{dd}{"th" if dd not in (1, 2, 3, 21, 22, 23, 31) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}[dd]} {MON_EN[mm - 1]} {yy}']),
                'compact': f'{dd:02d}{mm:02d}{yy}'}[form]


# ---------------------------------------------------------------- templates
TAG = re.compile(r'^(@[23mfb]|%-?[a-z]{2}15%)\s+')
SLOT = re.compile(r'\{([A-Za-z]+)(\d?)(?::([^{}]+))?\}|\[([^\[\]|]*)\|([^\[\]|]*)\]')
KIND_OF = {'C': 'customerName', 'S': 'staffName', 'SO': 'staffName', 'TL': 'staffName', 'P': 'thirdPersonName',
           'Pm': 'thirdPersonName', 'Pf': 'thirdPersonName', 'Rm': 'thirdPersonName', 'Rf': 'thirdPersonName',
           'CO': 'company', 'I': 'institution', 'A': 'address', 'E': 'email', 'T': 'phone', 'IBAN': 'iban', 'TAX': 'taxId',
           'RV': 'pensionNumber', 'KNR': 'customerNumber', 'BG': 'householdNumber', 'ID': 'idCard', 'KFZ': 'licensePlate',
           'GEB': 'birthDate', 'D': 'date'}


def template_domain(tpl):
    tags = []
    while True:
        m = TAG.match(tpl)
        if not m:
            break
        tags.append(m.group(1))
        tpl = tpl[m.end():]
    return tags, tpl


def eligible(tags, rec, cust):
    for t in tags:
        if t == '@2' and rec['legalDomain'] != 'SGB2':
            return False
        if t == '@3' and rec['legalDomain'] != 'SGB3':
            return False
        if t == '@m' and cust.gender != 'm':
            return False
        if t == '@f' and cust.gender != 'f':
            return False
        if t == '@b' and not cust.birth:
            return False
        if t.startswith('%-') and cust.pop == t[2:-1]:
            return False
        if t.startswith('%') and not t.startswith('%-') and cust.pop != t[1:-1]:
            return False
    return True


def slot_kinds(body):
    out = []
    for m in SLOT.finditer(body):
        if m.group(1):
            out.append(KIND_OF[m.group(1)])
    return out


class Ctx:
    """Everything a note needs from its record."""

    def __init__(self, gen, rec, cust, meta):
        self.g, self.rec, self.cust, self.m = gen, rec, cust, meta


def render(ctx, body, anchor, rng):
    g, cust, meta, rec = ctx.g, ctx.cust, ctx.m, ctx.rec
    rd = rec['regionalDirectorate']
    n_dates = sum(1 for m in SLOT.finditer(body) if m.group(1) == 'D')
    dates = sorted(anchor + datetime.timedelta(days=rng.randint(-25, 40)) for _ in range(n_dates))
    people, used_tokens = {}, {cust.given, cust.sur}
    out, spans, pos = [], [], 0
    i = 0
    text = ''
    for m in SLOT.finditer(body):
        lit = body[i:m.start()]
        if text.endswith('.') and spans and spans[-1][1] == len(text) and lit.startswith('.'):
            lit = lit[1:]
        text += lit
        i = m.end()
        if not m.group(1):
            text += m.group(4) if cust.gender == 'm' else m.group(5)
            continue
        k, idx, form = m.group(1), m.group(2), m.group(3) or ''
        kind = KIND_OF[k]
        if k == 'C':
            val = cust.form(form or 'full', rng)
        elif k in ('S', 'SO', 'TL', 'P', 'Pm', 'Pf', 'Rm', 'Rf'):
            key = (k, idx)
            if key not in people:
                if k == 'SO':
                    people[key] = meta['cw']
                elif k == 'TL':
                    people[key] = meta['tl']
                elif k == 'S':
                    people[key] = g.person(w=STAFF_W, avoid=used_tokens)
                elif k in ('Rm', 'Rf'):
                    p = g.person(pop=cust.pop, gender=k[1], avoid=used_tokens)
                    p.sur = cust.sur
                    people[key] = p
                else:
                    pop = cust.pop if rng.random() < 0.6 else None
                    people[key] = g.person(pop=pop, gender=None if k == 'P' else k[1], avoid=used_tokens)
                used_tokens |= {people[key].given, people[key].sur}
            val = people[key].form(form or 'full', rng)
        elif k == 'CO':
            val = g.company(form, cust.pop)
            if form == 'foreign':
                val = rng.choice([c for c in g.P['foreignCompanies'] if pop_match(c, cust.pop)] or g.P['foreignCompanies'])
        elif k == 'I':
            val = g.institution(form, rd, cust.pop)
        elif k == 'A':
            if form == 'cust':
                a = rec['customer']['address']
                val = rng.choice([f"{a['street']}, {a['postcode']} {a['city']}", f"{a['street']} in {a['postcode']} {a['city']}",
                                  f"{a['street']}, {a['city']}", f"{a['street']}\n{a['postcode']} {a['city']}"])
            elif form == 'foreign':
                fa = [x[1] for x in g.P['foreignAddr'] if x[0] == cust.pop] or [x[1] for x in g.P['foreignAddr']]
                val = rng.choice(fa)
            else:
                val = g.address(form, rd)
        elif k == 'E':
            if form == 'cust':
                val = rec['customer']['email']
            elif form == 'staff':
                p = g.person(w=STAFF_W, avoid=used_tokens)
                dom = 'jobcenter-ge.de' if rec['legalDomain'] == 'SGB2' else 'arbeitsagentur.de'
                val = f'{mailpart(p.given)}.{mailpart(p.sur)}@{dom}'
            elif form == 'co':
                w = mailpart(rng.choice(g.P['companyWords']))
                val = f"{rng.choice(['info', 'bewerbung', 'jobs', 'personal', 'kontakt', 'buero', 'ausbildung'])}@{w}-{rng.choice(['gmbh', 'online', 'service', 'team'])}.de"
            else:
                val = g.email(g.person(pop=cust.pop if rng.random() < 0.5 else None), form)
        elif k == 'T':
            if form == 'cust':
                val = rec['customer']['phone']
            elif form == 'staff':
                v = meta['village']
                val = f'{v[3]} {rng.randint(100, 999)}-{rng.randint(100, 999)}'
            elif form == 'foreign':
                val = g.foreign_phone(cust.pop)
            elif form == 'spoken':
                val = g.spoken()
            elif form == 'land':
                val = g.landline(g.village(rd)[3])
            elif form == 'mob':
                val = g.mobile()
            else:
                val = g.mobile() if rng.random() < 0.6 else g.landline(g.village(rd)[3])
        elif k == 'IBAN':
            if form == 'foreign':
                val = g.fmt_iban(g.foreign_iban(cust.pop))
            elif form == 'other':
                val = g.fmt_iban(g.de_iban(rd))
            else:
                val = g.fmt_iban(rec['customer']['iban'], form)
        elif k == 'TAX':
            val = g.fmt_tax(rec['customer']['taxId'])
        elif k == 'RV':
            val = g.fmt_rv(rec['customer']['pensionInsuranceNumber'])
        elif k == 'KNR':
            cn = rec['customerNumber'] if form == 'own' else rec['customerNumber'][:3] + 'D' + f'{rng.randint(100000, 999999)}'
            val = rng.choice([cn, cn, f'{cn[:4]} {cn[4:]}', f'{cn[:3]} D {cn[4:]}', f'{cn[:3]}-D-{cn[4:]}', cn.lower(),
                              f'{cn[:4]} {cn[4:7]} {cn[7:]}'])
        elif k == 'BG':
            jc = rec['jobCentre']['id']
            bg = rec['householdNumber'] if form == 'own' else f'{jc}BG{rng.randint(1000000, 9999999)}'
            val = rng.choice([bg, bg, f'{bg[:5]} BG {bg[7:]}', f'{bg[:5]}BG {bg[7:]}', f'{bg[:5]}-BG-{bg[7:]}', bg.lower(),
                              f'{bg[:5]} BG {bg[7:10]} {bg[10:]}'])
        elif k == 'ID':
            val = g.idcard()
        elif k == 'KFZ':
            val = g.plate(rd)
        elif k == 'GEB':
            if form == '':
                b = datetime.date.fromisoformat(rec['customer']['birthDate'])
                val = g.fmt_date(b, rng.choice(['num', 'num', 'num', 'short1', 'long', 'iso', 'compact', 'nodot']))
            else:
                lo, hi = {'child': (2010, 2023), 'adult': (1965, 2004), 'senior': (1935, 1960)}[form]
                b = datetime.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
                val = g.fmt_date(b, rng.choice(['num', 'num', 'short1', 'long', 'iso']))
        elif k == 'D':
            d = dates.pop(0)
            val = g.fmt_date(d, {'short': 'noyear'}.get(form, form))
        else:
            raise AssertionError(k)
        start = len(text)
        text += val
        spans.append((start, len(text), kind, val))
    lit = body[i:]
    if text.endswith('.') and spans and spans[-1][1] == len(text) and lit.startswith('.'):
        lit = lit[1:]
    text += lit
    return text, spans


def pop_match(company, pop):
    keys = {'pk15': ('Pvt.', 'Sialkot', 'Mehran'), 'te15': ('Pvt. Ltd.', 'LLP', 'Venkateswara', 'Godavari'),
            'ht15': ('Haïti', 'Kenscoff', 'Cayes'), 'cu15': ('Cuban', 'S.R.L.'), 'sl15': ('(SL)', 'Monrovia'),
            'na15': ('(Pty)', 'CC'), 'de15': ()}
    return any(k in company for k in keys.get(pop, ()))


# ---------------------------------------------------------------- records
def build(rng, names, templates):
    g = Gen(rng, names)
    offices = {}
    for name, rd, dom in O.OFFICES:
        offices[name] = (str(rng.randint(10000, 99999)) if dom == 'SGB2' else str(rng.randint(100, 999)), rd, dom)
    jcs = [n for n, (_, _, d) in offices.items() if d == 'SGB2']
    aas = [n for n, (_, _, d) in offices.items() if d == 'SGB3']
    recs, metas = [], []
    for ri in range(160):
        sgb2 = ri % 4 != 3
        oname = rng.choice(jcs if sgb2 else aas)
        oid, rd, dom = offices[oname]
        agency3 = oid[:3]
        cust = g.person()
        if cust.gender == 'f' and rng.random() < 0.3:
            cust.birth = rng.choice([s for s in names[cust.pop]['s'] if s != cust.sur])
        birth = datetime.date(rng.randint(1962, 2005), rng.randint(1, 12), rng.randint(1, 28))
        v = g.village(rd)
        street = g.street()
        cw, tl = g.person(w=STAFF_W), g.person(w=STAFF_W)
        cw_dom = 'jobcenter-ge.de' if sgb2 else 'arbeitsagentur.de'
        ov = g.village(rd)
        rec = {'customerNumber': f'{agency3}D{rng.randint(100000, 999999)}'}
        if sgb2:
            rec['householdNumber'] = f'{oid}BG{rng.randint(1000000, 9999999)}'
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = rd
        if sgb2:
            rec['jobCentre'] = {'id': oid, 'name': oname, 'consents16a': rng.random() < 0.6}
        else:
            rec['agency'] = {'id': oid, 'name': oname}
        rec['team'] = f'{oid}-T{rng.randint(1, 14):02d}'
        rec['teamLead'] = {'id': f'TL-{rng.randint(1000, 9999)}', 'name': f'{tl.given} {tl.sur}'}
        rec['caseWorker'] = {'id': f'MA-{rng.randint(1000, 9999)}', 'name': f'{cw.given} {cw.sur}',
                             'phone': f'{ov[3]} {rng.randint(100, 999)}-{rng.randint(100, 999)}',
                             'email': f'{mailpart(cw.given)}.{mailpart(cw.sur)}@{cw_dom}'}
        iban = g.de_iban(rd)
        rec['customer'] = {'firstName': cust.given, 'lastName': cust.sur, 'birthName': cust.birth,
                           'birthDate': birth.isoformat(), 'gender': cust.gender, 'nationality': rng.choice(NAT[cust.pop]),
                           'address': {'street': street, 'postcode': v[2], 'city': v[0]},
                           'phone': g.mobile(rng.choice([0, 0, 3, 4])), 'email': g.email(cust).lower(),
                           'iban': iban, 'taxId': g.taxid(),
                           'pensionInsuranceNumber': g.rvnr(birth, cust.birth or cust.sur, cust.gender)}
        rec['customerProcess'] = rng.choices(['placement', 'rehabilitation', 'employerService'], [80, 14, 6])[0]
        groups = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners',
                  'disabledPersons', 'refugees']
        rec['customerGroup'] = rng.choices(groups, [6, 18, 14, 14, 16, 7, 12, 13] if sgb2 else [30, 3, 18, 15, 8, 8, 14, 4])[0]
        rec['municipalServices16a'] = sgb2 and rng.random() < 0.12
        rec['review'] = {'flagged': rng.random() < 0.2, 'month': rng.choice(['2025-09', '2025-10', '2025-11']),
                         'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        start = datetime.date(2025, 1, 15) + datetime.timedelta(days=rng.randint(0, 90))
        prof = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
        ph = [{'from': start.isoformat(), 'profile': rng.choice(prof)}]
        if rng.random() < 0.55:
            ph.append({'from': (start + datetime.timedelta(days=rng.randint(60, 150))).isoformat(), 'profile': rng.choice(prof)})
        rec['profileHistory'] = ph
        d = start
        evs = []
        types = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview',
                 'employerContact', 'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
        for _ in range(5):
            d = d + datetime.timedelta(days=rng.randint(8, 45))
            evs.append({'date': d.isoformat(), 'type': rng.choice(types), 'channel': rng.choice(['inPerson', 'phone', 'video']),
                        'note': ''})
        rec['events'] = evs
        ms = []
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            ms0 = start + datetime.timedelta(days=rng.randint(10, 120))
            ms.append({'start': ms0.isoformat(), 'end': (ms0 + datetime.timedelta(days=rng.randint(30, 150))).isoformat(),
                       'kind': rng.choice(['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining',
                                           'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                       'outcome': rng.choice(['completed', 'aborted', 'ongoing'])})
        rec['measures'] = ms
        ex = rng.random() < 0.3
        rec['caseManagement'] = {'intake': start.isoformat(), 'exit': (d + datetime.timedelta(days=rng.randint(5, 40))).isoformat() if ex else None,
                                 'exitReason': rng.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity',
                                                           'noCooperation']) if ex else None}
        recs.append(rec)
        metas.append({'cust': cust, 'cw': cw, 'tl': tl, 'village': ov})
    return g, recs, metas


def assign(rng, recs, metas, templates):
    parsed = [template_domain(t) for t in templates]
    kinds = [slot_kinds(b) for _, b in parsed]
    uses = collections.Counter()
    in_rec = collections.defaultdict(set)
    plan = {}
    slots = [(ri, ei) for ri in range(len(recs)) for ei in range(5)]
    rng.shuffle(slots)
    free = list(slots)
    order = sorted(range(len(templates)), key=lambda t: (-len(parsed[t][0]), rng.random()))
    for t in order:
        tags = parsed[t][0]
        for j, (ri, ei) in enumerate(free):
            if eligible(tags, recs[ri], metas[ri]['cust']) and t not in in_rec[ri]:
                plan[(ri, ei)] = [t]
                uses[t] += 1
                in_rec[ri].add(t)
                free.pop(j)
                break
        else:
            raise AssertionError(f'template {t} found no record')
    have = collections.Counter(k for ts in plan.values() for t in ts for k in kinds[t])

    def weight(t):
        if uses[t] >= 5:
            return 0.0
        sc = 1.0
        for k in kinds[t]:
            rest = TARGET[k] - have[k]
            sc += (3 * rest / TARGET[k]) if rest > 0 else 6 * rest / TARGET[k]
        return max(sc, 0.05) / (1 + uses[t]) ** 2

    for ri, ei in free:
        cand = [t for t in range(len(templates)) if t not in in_rec[ri] and eligible(parsed[t][0], recs[ri], metas[ri]['cust'])]
        w = [weight(t) for t in cand]
        t = rng.choices(cand, weights=w)[0]
        plan[(ri, ei)] = [t]
        uses[t] += 1
        in_rec[ri].add(t)
        have.update(kinds[t])
    total_target = sum(TARGET.values())
    keys = sorted(plan)
    rng.shuffle(keys)
    for key in keys:
        if sum(have.values()) >= total_target + 50:
            break
        ri = key[0]
        cand = [t for t in range(len(templates)) if t not in in_rec[ri] and eligible(parsed[t][0], recs[ri], metas[ri]['cust'])
                and len(parsed[t][1]) < 420]
        w = [weight(t) for t in cand]
        if not any(w):
            continue
        t = rng.choices(cand, weights=w)[0]
        plan[key].append(t)
        uses[t] += 1
        in_rec[ri].add(t)
        have.update(kinds[t])
    return plan, uses


JOINERS = ['\n--\n', '\nNachtrag: ', '\nPS: ', ' // ', '\n• ', '\n\n***\n', '\nErgänzung: ', '\n+++ ']


def make():
    rng = random.Random(SEED)
    names = json.load(open(os.path.join(HERE, 'names-heldout15.json'), encoding='utf-8'))
    from templates15 import TEMPLATES
    assert len(set(TEMPLATES)) == len(TEMPLATES), 'duplicate template'
    g, recs, metas = build(rng, names, TEMPLATES)
    plan, uses = assign(rng, recs, metas, TEMPLATES)
    truth = []
    for ri, rec in enumerate(recs):
        ctx = Ctx(g, rec, metas[ri]['cust'], metas[ri])
        for ei, ev in enumerate(rec['events']):
            anchor = datetime.date.fromisoformat(ev['date'])
            text, spans = '', []
            for n, t in enumerate(plan[(ri, ei)]):
                if n:
                    text += rng.choice(JOINERS)
                body = template_domain(TEMPLATES[t])[1]
                part, sp = render(ctx, body, anchor, rng)
                spans += [(s + len(text), e + len(text), k, v) for s, e, k, v in sp]
                text += part
            ev['note'] = text
            for s, e, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
    return recs, truth, uses


NAME_CUE = re.compile(r'\s+$')


def verify(recs, truth, templates, uses):
    self_test()
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    for ri, r in enumerate(recs):
        assert len(r['events']) == 5
        c = r['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber']), ri
        b = datetime.date.fromisoformat(c['birthDate'])
        pn = c['pensionInsuranceNumber']
        assert pn[2:8] == b.strftime('%d%m%y'), ri
        bn = fold((c['birthName'] or c['lastName']).strip('ǃǁ'))[0].upper()
        assert pn[8] == bn, ri
        assert (int(pn[9:11]) < 50) == (c['gender'] == 'm'), ri
        assert re.fullmatch(r'\d{3}D\d{6}', r['customerNumber'])
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and 'agency' not in r
            assert re.fullmatch(r'\d{5}BG\d{7}', r['householdNumber']) and r['householdNumber'][:5] == r['jobCentre']['id']
            assert r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'agency' in r and 'jobCentre' not in r and 'householdNumber' not in r
            assert r['customerNumber'][:3] == r['agency']['id']
    by_ev = collections.defaultdict(list)
    for t in truth:
        assert t['kind'] in KINDS
        by_ev[(t['record'], t['event'])].append(t)
    for (ri, ei), ts in by_ev.items():
        note = recs[ri]['events'][ei]['note']
        ts = sorted(ts, key=lambda x: x['start'])
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (ri, ei, 'overlap')
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert note[a['end']:b['start']].strip() != '', (ri, ei, 'adjacent names')
        for t in ts:
            v = t['value']
            assert note[t['start']:t['end']] == v, (ri, ei, t['kind'])
            assert v and v == v.strip(), (ri, ei, t['kind'])
            k = t['kind']
            if k == 'iban':
                assert iban_ok(v), (ri, ei, k)
            elif k == 'taxId':
                assert taxid_ok(v), (ri, ei, k)
            elif k == 'pensionNumber':
                assert rv_ok(v), (ri, ei, k)
            elif k == 'idCard':
                assert id_ok(v), (ri, ei, k)
            elif k == 'customerNumber':
                assert re.fullmatch(r'\d{3}[ \-]?D[ \-]?\d{3} ?\d{3}', v, re.I), (ri, ei, k)
            elif k == 'householdNumber':
                assert re.fullmatch(r'\d{5}[ \-]?BG[ \-]?\d{3} ?\d{4}', v, re.I), (ri, ei, k)
                assert v[:5] == recs[ri]['jobCentre']['id'], (ri, ei, k)
    for r in recs:
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    assert all(uses[i] >= 1 for i in range(len(templates))), 'unused template'
    assert max(uses.values()) <= 5


def counts(recs, truth, templates, uses):
    pk = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    evs = {(t['record'], t['event']) for t in truth}
    words = []
    for ri, r in enumerate(recs):
        for ei, e in enumerate(r['events']):
            note = e['note']
            mask = list(note)
            for t in truth:
                pass
            words.append((ri, ei, note))
    spans_by = collections.defaultdict(list)
    for t in truth:
        spans_by[(t['record'], t['event'])].append((t['start'], t['end']))
    toks = []
    for ri, ei, note in words:
        chars = list(note)
        for s, e in spans_by[(ri, ei)]:
            for i in range(s, e):
                chars[i] = ' '
        toks += [w for w in re.findall(r'[^\W\d_]{3,}', ''.join(chars))]
    with open(os.path.join(HERE, 'names-heldout15.json'), encoding='utf-8') as f:
        names = json.load(f)
    return {SPLIT: {'records': len(recs), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in recs),
                    'events': sum(len(r['events']) for r in recs), 'spans': len(truth), 'templates': len(templates),
                    'templatesUsed': sum(1 for i in range(len(templates)) if uses[i]),
                    'templatesWithoutSlots': sum(1 for t in templates if not slot_kinds(template_domain(t)[1])),
                    'eventsWithoutSpan': 800 - len(evs), 'wordTokensOutsideSpans': len(toks),
                    'distinctWordTokensOutsideSpans': len(set(toks)), 'maxUsesOfOneTemplate': max(uses.values()),
                    'perKind': pk,
                    'namePools': {p: {g: len(names[p][g]) for g in 'mfs'} for p in POPS},
                    'ownPools': {k: len(v) for k, v in names['pools'].items()}}}


def main():
    from templates15 import TEMPLATES
    recs, truth, uses = make()
    verify(recs, truth, TEMPLATES, uses)
    c = counts(recs, truth, TEMPLATES, uses)
    with open(os.path.join(HERE, f'{SPLIT}.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'counts-{SPLIT}.json'), 'w', encoding='utf-8') as f:
        json.dump(c, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, f'run-{SPLIT}.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, uses)
    print(json.dumps(c, ensure_ascii=False))


if __name__ == '__main__':
    main()
