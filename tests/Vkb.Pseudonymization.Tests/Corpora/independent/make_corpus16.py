#!/usr/bin/env python3
"""Generator of the held-out split heldout16 (Python 3 stdlib only, deterministic, seed 20261207-16).
Reads names-heldout16.json, templates16.py, own16.py; writes heldout16.jsonl, heldout16.truth.jsonl, counts-heldout16.json.

Template = (tags, text). Tags: '2' SGB II only, '3' SGB III only, 'm' / 'f' customer's gender, 'b' customer has a birth
name, a population key ('mx16', 'za16', 'bk16', 'sr16', 'ci16', 'de16') the customer's population.
Slots {X}, {X.v}, {Xn}, {Xn.v} (n = a digit: the same person / value again):
  C customer name, CB birth name, CW case worker, TL team lead, S colleague, T / Tm / Tf third person,
  R / Rm / Rf relative with the customer's family name (kinds customerName / staffName / thirdPersonName);
  name variants: full rev caps CAPS init sinit lower s g ini (default: a random form);
  CO company (.craft .amp .und .brand .foreign .coll .temp .plain), IN institution (.type .abbr .emb .uni .auth .kk
  .chamber .welfare .clinic .reha .school), AD address (.own .f .block .street .rev), EM e-mail (.c .s .co, or .T1 / .S1
  for a named person), PH phone (.c .s .f .land .spoken), IB iban (.c .f .nl), TX tax id (.o another person),
  RV pension number (.o), CN customer number (.o), HH household number (.o), ID id document, KZ licence plate
  (.nl .be), BD birth date (.k child .a adult), D date (.nl .za .es .ru .roman .iso .long .short .nodate).
[a|b]: a for a male, b for a female customer.
"""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own16 as O  # noqa: E402
from templates16 import TEMPLATES  # noqa: E402

SEED = '20261207-16'
POPS = ['mx16', 'za16', 'bk16', 'sr16', 'ci16', 'de16']
CUST_W = [16, 16, 16, 16, 16, 20]
STAFF_W = [6, 6, 8, 8, 6, 66]
NAT = {'mx16': ['MX', 'MX', 'GT'], 'za16': ['ZA', 'ZA', 'LS', 'SZ'], 'bk16': ['RU', 'RU', 'DE'],
       'sr16': ['NL', 'NL', 'SR', 'TT', 'GY'], 'ci16': ['CI', 'CI', 'FR'], 'de16': ['DE']}
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber',
         'iban', 'idCard', 'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId',
         'thirdPersonName']
TARGET = {'address': 160, 'birthDate': 80, 'company': 265, 'customerName': 240, 'customerNumber': 35, 'date': 430,
          'email': 95, 'householdNumber': 35, 'iban': 45, 'idCard': 38, 'institution': 240, 'licensePlate': 36,
          'pensionNumber': 25, 'phone': 125, 'staffName': 165, 'taxId': 27, 'thirdPersonName': 390}
MAX_USES = 8  # templates with at most two values; denser templates at most MAX_USES_DENSE
MAX_USES_DENSE = 5
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MON_ABBR = ['Jan.', 'Feb.', 'Mrz.', 'Apr.', 'Mai', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
             'november', 'december']
MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre',
             'noviembre', 'diciembre']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
SLOT = re.compile(r'\{([A-Z][A-Za-z]?)(\d?)(?:\.([A-Za-z0-9]+))?\}|\[([^\[\]|]*)\|([^\[\]|]*)\]')

# ---------------------------------------------------------------- check digits


def iban_check(cc, bban):
    s = ''.join(str(int(c, 36)) for c in (bban + cc + '00').upper())
    return '%02d' % (98 - int(s) % 97)


def iban_ok(iban):
    iban = iban.replace(' ', '').replace('-', '').upper()
    s = ''.join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    return int(s) % 97 == 1


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(t):
    t = re.sub(r'[ ./-]', '', t)
    if len(t) != 11 or not t.isdigit() or t[0] == '0':
        return False
    cnt = collections.Counter(t[:10])
    if sorted(cnt.values(), reverse=True)[0] not in (2, 3) or len(cnt) not in (8, 9):
        return False
    return taxid_check(t[:10]) == int(t[10])


def rv_check(first11):
    digits = first11[:8] + '%02d' % (ord(first11[8].upper()) - 64) + first11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(map(int, str(int(d) * wi))) for d, wi in zip(digits, w)) % 10


def rv_ok(r):
    r = re.sub(r'[ -]', '', r).upper()
    return len(r) == 12 and r[8].isalpha() and rv_check(r[:11]) == int(r[11])


def idv(c):
    return int(c) if c.isdigit() else ord(c.upper()) - 55


def id_check(s9):
    return sum(idv(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s9)) % 10


def id_ok(s):
    s = re.sub(r'[ -]', '', s).upper()
    return len(s) == 10 and id_check(s[:9]) == int(s[9])


def self_test():
    for good in ['DE89370400440532013000', 'GB82WEST12345698765432', 'NL91ABNA0417164300', 'BE68539007547034']:
        assert iban_ok(good)
        assert not iban_ok(good[:-1] + str((int(good[-1]) + 1) % 10))
    for good in ['86095742719', '47036892816']:
        assert taxid_ok(good) and not taxid_ok(good[:-1] + str((int(good[-1]) + 1) % 10))
    assert rv_ok('15070649C103') and not rv_ok('15070649C104')
    assert id_ok('T220001293') and not id_ok('T220001294')


# ---------------------------------------------------------------- helpers


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def mailpart(s):
    s = fold(s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))
    return re.sub(r'[^a-z0-9-]', '', s.replace(' ', '-'))


class Person:
    def __init__(self, given, sur, gender, pop, birth=None):
        self.given, self.sur, self.gender, self.pop, self.birth = given, sur, gender, pop, birth

    def form(self, f):
        g, s = self.given, self.sur
        return {'full': f'{g} {s}', 'rev': f'{s}, {g}', 'caps': f'{s.upper()}, {g}', 'CAPS': f'{g.upper()} {s.upper()}',
                'init': f'{g[0]}. {s}', 'sinit': f'{s} {g[0]}.', 'lower': f'{g.lower()} {s.lower()}', 's': s,
                'g': g, 'ini': f'{g[0]}.{s[0]}.', 'b': self.birth or s}[f]


class Gen:
    def __init__(self, names, rng):
        self.n, self.r = names, rng
        self.pools = names['pools']
        self.villages = [tuple(v) for v in self.pools['villages']]

    # people
    def person(self, pop=None, gender=None, sur=None, weights=None):
        r = self.r
        pop = pop or r.choices(POPS, weights or CUST_W)[0]
        gender = gender or r.choice('mf')
        gpop = pop if r.random() > 0.05 else r.choice(POPS)
        given = r.choice(self.n[gpop][gender])
        if sur is None:
            sur = r.choice(self.n[pop]['s'])
            if r.random() < 0.04:
                s2 = r.choice(self.n[pop]['s'])
                if s2 != sur and '-' not in sur + s2:
                    sur = f'{sur}-{s2}'
        return Person(given, sur, gender, pop)

    def village(self, key=None):
        vs = [v for v in self.villages if key is None or v[5] == key]
        return self.r.choice(vs or self.villages)

    def street(self):
        r = self.r
        if r.random() < 0.2:
            st = r.choice(self.pools['fixedStreets'])
        else:
            b, suf = r.choice(self.pools['streetBases']), r.choice(O.STREET_SUFFIX)
            st = f'{b}{suf}' if not b.endswith('n') or r.random() < 0.7 else f'{b}-{suf.capitalize()}'
            if '-' in b and not st.count('-') > 2:
                st = f'{b}-{suf.capitalize()}'
        no = r.choice([str(r.randint(1, 140)), f'{r.randint(1, 60)}{r.choice("abc")}', f'{r.randint(1, 40)} {r.choice("ab")}',
                       f'{(n := r.randint(2, 30))}-{n + 2}', f'{r.randint(1, 25)}/{r.randint(1, 4)}'])
        return f'{st} {no}'

    def address(self, v=None, own=None):
        r = self.r
        if own:
            street, plz, city = own['street'], own['postcode'], own['city']
            vil = city
        else:
            vv = self.village()
            street, plz, vil, city = self.street(), vv[2], vv[0], vv[1]
        if v == 'street':
            return street
        if v == 'block':
            return f'{street}\n{plz} {vil}'
        if v == 'rev':
            return f'{plz} {vil}, {street}'
        shape = r.randrange(9)
        if shape == 0:
            return f'{street}, {plz} {vil}'
        if shape == 1:
            return f'{street} in {plz} {vil}'
        if shape == 2 and vil != city:
            return f'{street}, {plz} {city}-{vil}'
        if shape == 3 and vil != city:
            return f'{street}, {plz} {city} OT {vil}'
        if shape == 4 and vil != city:
            return f'{street} (OT {vil}), {plz} {city}'
        if shape == 5:
            return f'{street}, {r.choice(["1. OG links", "EG rechts", "Hinterhaus", "2. OG Mitte", "DG"])}, {plz} {vil}'
        if shape == 6:
            return f'{plz} {vil}, {street}'
        if shape == 7:
            return f'{street.upper()}, {plz} {vil.upper()}'
        return f'{street}, {plz} {vil}'

    def foreign_addr(self, pop):
        cands = [a for p, a in self.pools['foreignAddr'] if p == pop] or [a for p, a in self.pools['foreignAddr']]
        return self.r.choice(cands)

    def company(self, v=None, pop=None):
        r = self.r
        P = self.pools
        if v is None:
            v = r.choices(['plain', 'craft', 'amp', 'und', 'brand', 'foreign', 'temp', 'plain2'], [5, 4, 2, 1, 2, 1, 1, 3])[0]
        if v == 'plain':
            return f'{r.choice(P["companyWords"])} {r.choice(O.TRADES)} {r.choice(O.LEGAL)}'
        if v == 'plain2':
            return r.choice([f'{r.choice(O.TRADES)} {r.choice(P["companyWords"])}',
                             f'{r.choice(P["companyWords"])}-{r.choice(O.TRADES)}',
                             f'{r.choice(O.TRADES)} {r.choice(P["companyWords"])} {r.choice(O.LEGAL)}'])
        if v == 'craft':
            p = self.person(weights=STAFF_W)
            return r.choice([f'{r.choice(O.CRAFTS)} {p.sur}', f'{r.choice(O.CRAFTS)} {p.given} {p.sur}',
                             f'{p.sur} {r.choice(O.TRADES)}', f'{r.choice(O.CRAFTS)} {p.sur} {r.choice(["e.K.", "GmbH", "Inh. " + p.given + " " + p.sur])}'])
        if v in ('amp', 'und'):
            a, b = self.person(weights=STAFF_W), self.person(weights=STAFF_W)
            j = '&' if v == 'amp' else 'und'
            return r.choice([f'{a.sur} {j} {b.sur} {r.choice(O.TRADES)}', f'{a.sur} {j} {b.sur} {r.choice(["GbR", "OHG", "Partnerschaft mbB", "KG"])}',
                             f'{a.sur} {j} Söhne', f'{r.choice(O.CRAFTS)} {a.sur} {j} {b.sur}'])
        if v == 'brand':
            return r.choice(P['brands'])
        if v in CO_KIND:
            a, b = self.person(weights=STAFF_W), self.person(weights=STAFF_W)
            return r.choice(CO_KIND[v]).format(w=r.choice(P['companyWords']), s=a.sur, g=a.given, s2=b.sur)
        if v == 'nl':
            return r.choice([c for _, c in P['foreignCompanies'] if c.endswith('B.V.')])
        if v == 'foreign':
            cands = [c for p, c in P['foreignCompanies'] if p == pop] or [c for p, c in P['foreignCompanies']]
            return r.choice(cands)
        if v == 'coll':
            return f'{r.choice(P["companyWords"])} {r.choice(O.COLLECTION)} {r.choice(["GmbH", "AG", "GmbH & Co. KG"])}'
        if v == 'temp':
            return f'{r.choice(P["companyWords"])} {r.choice(["Personaldienste", "Personalservice", "Zeitarbeit"])} {r.choice(["GmbH", "GmbH & Co. KG", "AG"])}'
        raise ValueError(v)

    def inst_place(self):
        vv = self.village()
        towns = self.pools['instTowns']
        return vv[1] if vv[1] in towns and self.r.random() < 0.35 else vv[0]

    def institution(self, v=None, pop=None):
        r = self.r
        bodies = self.pools['namedBodies']
        if v is None:
            v = r.choices(['type', 'abbr', 'body'], [6, 2, 3])[0]
        if v == 'type':
            vv = self.village()
            t = r.choice(O.INST_TYPES)
            return r.choice([f'{t} {vv[0]}', f'{t} {self.inst_place()}', f'{t} {vv[1]}-{vv[0]}'])
        if v == 'abbr':
            return f'{r.choice(O.INST_ABBR)} {self.inst_place()}'
        if v == 'body':
            return r.choice(bodies)[1]
        if v in IN_T:
            t = r.choice(IN_T[v])
            place = self.inst_place()
            if v == 'kita':
                return r.choice([f'Kita {t} {place}', f'Kindertagesstätte „{t}“ {place}', f'Kita {t} in {place}'])
            if v == 'club':
                return r.choice([f'{t} {place}', f'{t} {place} {r.randint(1900, 1975)}', f'{t} {place} e.V.'])
            return f'{t} {place}'
        cands = [b for c, b in bodies if c == v]
        if v == 'drv':
            cands = [b for c, b in bodies if 'Rentenversicherung' in b or 'DRV' in b]
        if pop and v in ('emb', 'uni'):
            own = [b for b in cands if any(cue in b for cue in POP_CUES[pop])]
            cands = own or cands
        if not cands:
            return self.institution('type')
        return r.choice(cands)

    # identifiers
    def iban(self, cc='DE'):
        r = self.r
        if cc == 'DE':
            bban = r.choice(['370', '390', '500', '545', '542', '590', '800', '820', '810']) + '%05d' % r.randrange(10 ** 5) + '%010d' % r.randrange(10 ** 10)
        elif cc == 'NL':
            bban = r.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO']) + '%010d' % r.randrange(10 ** 10)
        elif cc == 'BE':
            bban = '%012d' % r.randrange(10 ** 12)
        elif cc == 'LU':
            bban = '%03d' % r.randrange(1000) + '%013d' % r.randrange(10 ** 13)
        elif cc == 'CI':
            bban = 'CI' + '%022d' % r.randrange(10 ** 22)
        else:
            raise ValueError(cc)
        return cc + iban_check(cc, bban) + bban

    def fmt_iban(self, ib):
        r = self.r
        g = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
        shape = r.randrange(6)
        if shape == 0:
            return ib
        if shape == 1 and ib.startswith('DE'):
            return f'{ib[:4]} {ib[4:12]} {ib[12:]}'
        if shape == 2:
            return g.lower() if r.random() < 0.5 else ib.lower()
        if shape == 3:
            return g.replace(' ', '.')
        return g

    def taxid(self):
        r = self.r
        while True:
            digits = list('0123456789')
            r.shuffle(digits)
            ten = digits[:9]
            ten.insert(r.randrange(1, 10), r.choice(ten))
            if ten[0] == '0':
                continue
            s = ''.join(ten)
            t = s + str(taxid_check(s))
            if taxid_ok(t):
                return t

    def fmt_taxid(self, t):
        return self.r.choice([t, f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}', f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}',
                              f'{t[:4]} {t[4:8]} {t[8:]}', f'{t[:2]}.{t[2:5]}.{t[5:8]}.{t[8:]}'])

    def rv(self, person, bd):
        r = self.r
        area = r.choice(['02', '03', '04', '08', '09', '10', '11', '12', '13', '15', '16', '17', '18', '19', '20', '21',
                         '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '48', '49',
                         '50', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65'])
        name = fold(person.birth or person.sur)
        letter = next(c for c in name.upper() if 'A' <= c <= 'Z')
        serial = r.randrange(0, 50) + (50 if person.gender == 'f' else 0)
        first11 = f'{area}{bd:%d%m%y}{letter}{serial:02d}'
        return first11 + str(rv_check(first11))

    def fmt_rv(self, v):
        return self.r.choice([f'{v[:2]} {v[2:8]} {v[8]} {v[9:]}', v, f'{v[:2]} {v[2:8]} {v[8]}{v[9:]}',
                              f'{v[:2]}-{v[2:8]}-{v[8]}-{v[9:]}', f'{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]} {v[9:]}'])

    def idcard(self, v=None):
        r = self.r
        first = r.choice('CFGHJK' if v == 'p' else 'LMNPRTVWXY' if r.random() < 0.7 else 'CFGHJK')
        s9 = first + ''.join(r.choice('CFGHJKLMNPRTVWXYZ0123456789') for _ in range(8))
        v = s9 + str(id_check(s9))
        return r.choice([v, f'{v[:9]} {v[9]}', f'{v[:3]} {v[3:6]} {v[6:9]} {v[9]}', v.lower(), f'{v[:9]}-{v[9]}'])

    def plate(self, v=None):
        r = self.r
        if v == 'nl':
            return r.choice([f'{r.choice("GHJKLNPRSTXZ")}{r.choice("BDFGHJKLNPRSTXZ")}-{r.randint(100, 999)}-{r.choice("BDFGHJKLNPRSTXZ")}',
                             f'{r.randint(1, 99)}-{"".join(r.choice("BDFGHJKLNPRSTXZ") for _ in range(3))}-{r.randint(1, 9)}'])
        if v == 'be':
            return f'{r.randint(1, 2)}-{"".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))}-{r.randint(100, 999)}'
        code = self.village()[4]
        let = ''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(r.randint(1, 2)))
        num = str(r.randint(1, 9999 if len(let) == 1 else 999))
        suf = r.choice(['', '', '', '', 'E', 'H'])
        return r.choice([f'{code}-{let} {num}{suf}', f'{code} {let} {num}{suf}', f'{code}-{let}{num}{suf}',
                         f'{code}{let}{num}{suf}', f'{code}-{let} {num}{suf}'.lower()])

    def mobile(self, v=None):
        r = self.r
        pre = r.choice(['0151', '0152', '0157', '0159', '0160', '0162', '0170', '0171', '0172', '0173', '0174', '0175',
                        '0176', '0177', '0178', '0179', '0155', '0163'])
        num = '%07d' % r.randrange(10 ** 7) if r.random() < 0.7 else '%08d' % r.randrange(10 ** 8)
        num = str(r.randint(1, 9)) + num[1:]
        shapes = [f'{pre} {num}', f'{pre}/{num}', f'{pre}-{num}', f'+49 {pre[1:]} {num}', f'{pre}{num}',
                  f'+49 (0){pre[1:]} {num}', f'0049 {pre[1:]} {num}', f'({pre}) {num}', f'{pre} {num[:3]} {num[3:]}',
                  f'+49{pre[1:]}{num}', f'{pre} - {num[:4]} {num[4:]}']
        return r.choice(shapes)

    def landline(self, area=None):
        r = self.r
        area = area or self.village()[3]
        n = r.randint(6 - max(0, len(area) - 5), 7 - max(0, len(area) - 5))
        num = str(r.randint(1, 9)) + ''.join(r.choice('0123456789') for _ in range(n - 1))
        pairs = ' '.join(num[max(0, i - 2):i] for i in range(len(num), 0, -2)[::-1])
        return r.choice([f'{area} {num}', f'{area}/{num}', f'{area}-{num}', f'+49 {area[1:]} {num}',
                         f'({area}) {pairs}', f'{area} / {pairs}', f'+49 ({area[1:]}) {num}'])

    def staff_phone(self, area):
        r = self.r
        return r.choice([f'{area} {r.randint(100, 9999)}-{r.randint(100, 999)}', f'{area} {r.randint(20, 999)} {r.randint(1000, 9999)}',
                         f'+49 {area[1:]} {r.randint(100, 9999)}-{r.randint(10, 999)}'])

    def foreign_phone(self, pop, cc=None):
        r = self.r
        cc = cc or r.choice(O.PHONE_CC.get(pop, ['+31']))
        d = lambda n: ''.join(r.choice('0123456789') for _ in range(n))  # noqa: E731
        if cc == '+52':
            return r.choice([f'+52 999 {d(3)} {d(4)}', f'+52 1 999 {d(3)} {d(4)}', f'+52 (33) {d(4)} {d(4)}'])
        if cc == '+502':
            return f'+502 {r.choice("345")}{d(3)} {d(4)}'
        if cc == '+27':
            return r.choice([f'+27 {r.choice(["82", "72", "83", "61"])} {d(3)} {d(4)}', f'+27 (0)12 {d(3)} {d(4)}'])
        if cc == '+266':
            return f'+266 {r.choice(["58", "62", "57"])}{d(2)} {d(4)}'
        if cc == '+268':
            return f'+268 7{d(3)} {d(4)}'
        if cc == '+7':
            return r.choice([f'+7 914 {d(3)}-{d(2)}-{d(2)}', f'+7 (3012) {d(2)}-{d(2)}-{d(2)}', f'8 924 {d(3)} {d(2)} {d(2)}'])
        if cc == '+597':
            return f'+597 {r.choice("78")}{d(2)}-{d(4)}'
        if cc == '+31':
            return r.choice([f'+31 6 {d(8)}', f'+31 (0)6-{d(8)}', f'+31 77 {d(3)} {d(4)}', f'0031 6 {d(4)} {d(4)}'])
        if cc == '+1 868':
            return f'+1 868 {d(3)} {d(4)}'
        if cc == '+225':
            return r.choice([f'+225 07 {d(2)} {d(2)} {d(2)} {d(2)}', f'+225 05{d(2)}{d(2)}{d(2)}{d(2)}', f'(+225) 01 {d(2)} {d(2)} {d(2)} {d(2)}'])
        if cc == '+32':
            return f'+32 {r.choice(["470", "475", "486"])} {d(2)} {d(2)} {d(2)}'
        if cc == '+352':
            return f'+352 621 {d(3)} {d(3)}'
        raise ValueError(cc)

    def spoken_phone(self):
        words = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
        m = re.sub(r'\D', '', self.mobile())
        if m.startswith('49'):
            m = '0' + m[2:]
        return ' '.join(words[int(c)] for c in m)

    def email(self, p, prov=None):
        r = self.r
        g, s = mailpart(p.given), mailpart(p.sur)
        prov = prov or (r.choice(O.MAIL_FOREIGN.get(p.pop, O.MAIL_PROVIDERS)) if r.random() < 0.3 else r.choice(O.MAIL_PROVIDERS))
        local = r.choice([f'{g}.{s}', f'{g[0]}.{s}', f'{s}{r.randint(60, 99)}', f'{g}{s[:1]}{r.randint(1, 999)}',
                          f'{g}_{s}', f'{s}.{g}', f'{g}-{s}{r.randint(1, 9)}'])
        e = f'{local}@{prov}'
        return e.upper() if r.random() < 0.05 else e

    def company_mail(self, company=None):
        r = self.r
        dom = mailpart(r.choice(self.pools['companyWords'])) + '-' + mailpart(r.choice(O.TRADES).split('-')[0])
        return f'{r.choice(["info", "bewerbung", "personal", "jobs", "kontakt", "buero", "ausbildung", "dispo"])}@{dom}.{r.choice(["de", "de", "com", "eu", "nl"])}'

    def date_fmt(self, d, v=None):
        r = self.r
        if v is None:
            v = r.choices(['dmy', 'dmy1', 'dmy2', 'long', 'short', 'iso', 'nodate', 'abbr', 'roman', 'slash'],
                          [30, 12, 8, 10, 6, 4, 10, 6, 3, 3])[0]
        if v == 'dmy':
            return f'{d:%d.%m.%Y}'
        if v == 'dmy1':
            return f'{d.day}.{d.month}.{d.year}'
        if v == 'dmy2':
            return f'{d:%d.%m.%y}'
        if v == 'long':
            return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
        if v == 'short':
            return f'{d.day}. {MONTHS[d.month - 1]}'
        if v == 'iso':
            return f'{d:%Y-%m-%d}'
        if v == 'nodate':
            return f'{d:%d.%m.}'
        if v == 'abbr':
            return f'{d.day}. {MON_ABBR[d.month - 1]} {d.year}'
        if v == 'roman':
            return f'{d.day}.{ROMAN[d.month - 1]}.{d.year}'
        if v == 'slash':
            return f'{d:%d/%m/%Y}'
        if v == 'nl':
            return f'{d.day} {MONTHS_NL[d.month - 1]} {d.year}'
        if v == 'za':
            return f'{d:%Y/%m/%d}'
        if v == 'es':
            return r.choice([f'{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}', f'{d:%d/%m/%Y}'])
        if v == 'ru':
            return f'{d:%d.%m.%Y}'
        if v == 'bd':
            return r.choice([f'{d:%d.%m.%Y}', f'{d:%d.%m.%Y}', f'{d.day}.{d.month}.{d.year}', f'{d:%d%m%Y}',
                             f'{d.day}. {MONTHS[d.month - 1]} {d.year}', f'{d:%d.%m.%y}', f'{d:%Y-%m-%d}'])
        raise ValueError(v)


CO_KIND = {'fs': ['Fahrschule {s}', 'Fahrschule {w}', 'Fahrschule {g} {s}', 'Fahrschule {s} & {s2}'],
           'ueb': ['Übersetzungsbüro {s}', '{w} Sprachendienst', 'Übersetzungen {g} {s}'],
           'fit': ['Fitnessstudio {w}', '{w} Fitness', 'Sportpark {w} GmbH'],
           'vet': ['Tierarztpraxis {s}', 'Tierklinik {w}', 'Kleintierpraxis Dr. {s}'],
           'lift': ['{w} Bergbahnen AG', 'Liftgesellschaft {w} GmbH', 'Skilifte {s} KG'],
           'bus': ['{w} Verkehrsbetriebe GmbH', 'Omnibus {s}', 'Reisedienst {s} GmbH & Co. KG'],
           'bt': ['{w} Bildungswerk gGmbH', '{w} Akademie GmbH', 'Bildungszentrum {w} e.V.', 'Institut {s} für berufliche Bildung'],
           'hv': ['{w} Hausverwaltung GmbH', 'Immobilienverwaltung {s}', 'Wohnungsbau {w} eG'],
           'gastro': ['Landgasthof {s}', 'Hotel {w}', 'Gasthaus „{w}“', 'Restaurant {w}', '{w} Hotelbetriebs GmbH']}
POP_CUES = {'mx16': ['Mexi', 'Yucat', 'Mérida', 'Guatemala'], 'za16': ['Südafrika', 'Lesotho', 'Witwatersrand'],
            'bk16': ['Russ', 'Burjat', 'Jakutsk'], 'sr16': ['Suriname', 'Hogeschool', 'Fontys', 'Maastricht'],
            'ci16': ['Côte', 'Houphouët'], 'de16': ['Maastricht', 'Fontys', 'Zuyd']}
IN_T = {'kita': ['Pusteblume', 'Sonnenschein', 'Schatzkiste', 'Zwergenland', 'Arche Noah', 'St. Marien', 'Kunterbunt',
                 'Wirbelwind', 'Löwenzahn', 'Am Mühlbach', 'Waldwichtel', 'Farbklecks'],
        'club': ['SV Grün-Weiß', 'TuS', 'Schachfreunde', 'SC Springer', 'Turnverein', 'Sportfreunde', 'Kegelclub',
                 'Tischtennisclub', 'Karateverein', 'Reitverein', 'Ruderclub', 'Boule-Freunde'],
        'bs': ['Berufsbildende Schule', 'Berufskolleg', 'Berufsschule', 'BBS', 'Staatliche Berufsschule'],
        'abh': ['Ausländerbehörde', 'Ausländerbehörde der Kreisverwaltung', 'Zuwanderungsbehörde'],
        'ja': ['Jugendamt', 'Kreisjugendamt', 'Allgemeiner Sozialer Dienst'],
        'sucht': ['Suchtberatungsstelle', 'Fachstelle Sucht', 'Drogenhilfe', 'Suchthilfezentrum'],
        'sb': ['Schuldner- und Insolvenzberatung', 'Schuldnerberatung', 'Schuldnerberatungsstelle'],
        'vhs': ['Volkshochschule', 'Kreisvolkshochschule', 'VHS', 'Sprachschule'],
        'schule': ['Gesamtschule', 'Realschule plus', 'Gemeinschaftsschule', 'Förderschule', 'Grundschule',
                   'Regelschule', 'Sekundarschule', 'Hauptschule'],
        'wfbm': ['Werkstatt für behinderte Menschen', 'Lebenshilfe-Werkstätten', 'Werkstätten', 'WfbM'],
        'jba': ['Jugendberufsagentur', 'JBA', 'Jugendberufshilfe'],
        'amt': ['Bürgerbüro', 'Einwohnermeldeamt', 'Bürgeramt', 'Standesamt', 'Ordnungsamt', 'Bürgerservice',
                'Gemeindeverwaltung', 'Verbandsgemeindeverwaltung']}

# ---------------------------------------------------------------- records

def template_domain(tpl):
    return tpl


def tags_of(tpl):
    return tpl[0]


def compatible(tpl, rec, cust):
    tags = tpl[0]
    if '2' in tags and rec['legalDomain'] != 'SGB2':
        return False
    if '3' in tags and rec['legalDomain'] != 'SGB3':
        return False
    if 'm' in tags.replace('mx16', '') and cust.gender != 'm':
        return False
    if 'f' in tags and cust.gender != 'f':
        return False
    if 'b' in tags.replace('bk16', '') and not cust.birth:
        return False
    for p in POPS:
        if p in tags and cust.pop != p:
            return False
    if '{HH' in tpl[1] and rec['legalDomain'] != 'SGB2':
        return False
    return True


def slot_kinds(text):
    c = collections.Counter()
    m2k = {'C': 'customerName', 'CB': 'customerName', 'CW': 'staffName', 'TL': 'staffName', 'S': 'staffName',
           'T': 'thirdPersonName', 'Tm': 'thirdPersonName', 'Tf': 'thirdPersonName', 'R': 'thirdPersonName',
           'Rm': 'thirdPersonName', 'Rf': 'thirdPersonName', 'CO': 'company', 'IN': 'institution', 'AD': 'address',
           'EM': 'email', 'PH': 'phone', 'IB': 'iban', 'TX': 'taxId', 'RV': 'pensionNumber', 'CN': 'customerNumber',
           'HH': 'householdNumber', 'ID': 'idCard', 'KZ': 'licensePlate', 'BD': 'birthDate', 'D': 'date'}
    for m in re.finditer(r'\{([A-Z][A-Za-z]?)(\d?)(?:\.[A-Za-z0-9]+)?\}', text):
        c[m2k[m.group(1)]] += 1
    return c


NAME_FORMS = ['full', 'full', 'full', 'rev', 'init', 'caps', 'CAPS', 'sinit', 'lower', 'full']


def render(tpl, rec, cust, g, ev_date):
    """Returns (note, spans) with spans [(start, end, kind, value)]."""
    r = g.r
    text = tpl[1]
    people = {}
    used_tokens = {cust.given, cust.sur}
    pop = cust.pop
    n_dates = len(re.findall(r'\{D(\d?)(?:\.[a-z]+)?\}', text))
    dates = sorted(ev_date + datetime.timedelta(days=r.randint(-50, 45)) for _ in range(n_dates))
    date_vals = {}
    out, spans = [], []
    pos = 0
    vals = {}

    def fresh(key, kindkey, gender=None, sur=None, staff=False):
        if key in people:
            return people[key]
        for _ in range(50):
            if staff:
                p = g.person(weights=STAFF_W, gender=gender)
            else:
                ppop = pop if r.random() < 0.6 else None
                p = g.person(pop=ppop, gender=gender, sur=sur)
            if sur is not None and p.given not in used_tokens:
                break
            if p.given not in used_tokens and p.sur not in used_tokens:
                break
        used_tokens.update({p.given, p.sur})
        people[key] = p
        return p

    def emit(s, kind=None):
        nonlocal pos
        if not kind and s.startswith('.') and spans and spans[-1][1] == pos and spans[-1][3].endswith('.'):
            s = s[1:]  # a value ending in '.' swallows the sentence dot
        if kind:
            spans.append((pos, pos + len(s), kind, s))
        out.append(s)
        pos += len(s)

    last = 0
    for m in SLOT.finditer(text):
        emit(text[last:m.start()])
        last = m.end()
        if m.group(4) is not None or m.group(5) is not None:
            emit(m.group(4) if cust.gender == 'm' else m.group(5))
            continue
        name, idx, var = m.group(1), m.group(2), m.group(3)
        key = name + idx
        if name in ('C', 'CB', 'CW', 'TL', 'S', 'T', 'Tm', 'Tf', 'R', 'Rm', 'Rf'):
            if name in ('C', 'CB'):
                p, kind = cust, 'customerName'
            elif name == 'CW':
                p, kind = rec['_cw'], 'staffName'
            elif name == 'TL':
                p, kind = rec['_tl'], 'staffName'
            elif name == 'S':
                p, kind = fresh(key, name, staff=True), 'staffName'
            elif name in ('T', 'Tm', 'Tf'):
                p, kind = fresh(key, name, gender={'Tm': 'm', 'Tf': 'f'}.get(name)), 'thirdPersonName'
            else:
                p, kind = fresh(key, name, gender={'Rm': 'm', 'Rf': 'f'}.get(name), sur=cust.sur), 'thirdPersonName'
            if name == 'CB':
                var = 'b'
            f = var or r.choice(NAME_FORMS)
            emit(p.form(f), kind)
            continue
        if key in vals and idx:
            emit(vals[key][0], vals[key][1])
            continue
        kind, val = None, None
        if name == 'CO':
            kind, val = 'company', g.company(var, pop)
        elif name == 'IN':
            kind, val = 'institution', g.institution(var, pop)
        elif name == 'AD':
            if var == 'own':
                val = g.address(r.choice([None, None, 'street', 'block']), own=rec['customer']['address'])
            elif var == 'f':
                val = g.foreign_addr(pop)
            elif var in ('be', 'nl', 'lu'):
                cue = {'be': r'Belgique', 'nl': r'\d{4} [A-Z]{2} ', 'lu': r'L-\d{4}'}[var]
                val = r.choice([a for _, a in g.pools['foreignAddr'] if re.search(cue, a)])
            else:
                val = g.address(var)
            kind = 'address'
        elif name == 'EM':
            kind = 'email'
            if var == 'c':
                val = rec['customer']['email']
            elif var == 's':
                val = rec['caseWorker']['email'] if r.random() < 0.3 else staff_mail(fresh('S_mail' + idx, 'S', staff=True), r)
            elif var == 'co':
                val = g.company_mail()
            elif var and var[0] in 'TS' and ({var, var[0] + 'f' + var[1:], var[0] + 'm' + var[1:]} & set(people)):
                who = next(people[k] for k in (var, var[0] + 'f' + var[1:], var[0] + 'm' + var[1:]) if k in people)
                val = staff_mail(who, r) if var[0] == 'S' else g.email(who)
            else:
                val = g.email(fresh('T_mail' + idx, 'T'))
        elif name == 'PH':
            kind = 'phone'
            if var == 'c':
                val = rec['customer']['phone'] if r.random() < 0.5 else g.mobile()
            elif var == 's':
                val = g.staff_phone(rec['_area'])
            elif var == 'f':
                val = g.foreign_phone(pop)
            elif var in ('nl', 'be'):
                val = g.foreign_phone('sr16' if var == 'nl' else 'de16', {'nl': '+31', 'be': '+32'}[var])
            elif var == 'land':
                val = g.landline()
            elif var == 'spoken':
                val = g.spoken_phone()
            else:
                val = g.mobile() if r.random() < 0.75 else g.landline()
        elif name == 'IB':
            kind = 'iban'
            if var == 'c':
                val = g.fmt_iban(rec['customer']['iban'])
            elif var == 'f':
                val = g.fmt_iban(g.iban({'sr16': 'NL', 'ci16': 'CI', 'de16': r.choice(['BE', 'LU', 'NL'])}.get(pop, r.choice(['NL', 'BE']))))
            elif var == 'nl':
                val = g.fmt_iban(g.iban('NL'))
            else:
                val = g.fmt_iban(g.iban('DE'))
        elif name == 'TX':
            kind = 'taxId'
            val = g.fmt_taxid(rec['customer']['taxId'] if var != 'o' else g.taxid())
        elif name == 'RV':
            kind = 'pensionNumber'
            if var == 'o':
                p = fresh('T_rv' + idx, 'T')
                val = g.fmt_rv(g.rv(p, datetime.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28))))
            else:
                val = g.fmt_rv(rec['customer']['pensionInsuranceNumber'])
        elif name == 'CN':
            kind = 'customerNumber'
            cn = rec['customerNumber'] if var != 'o' else rec['customerNumber'][:4] + '%06d' % r.randrange(10 ** 6)
            val = r.choice([cn, f'{cn[:4]} {cn[4:]}', f'{cn[:3]} {cn[3]} {cn[4:]}', f'{cn[:3]}-{cn[3]}-{cn[4:]}',
                            cn.lower(), f'{cn[:4]} {cn[4:7]} {cn[7:]}'])
        elif name == 'HH':
            kind = 'householdNumber'
            hh = rec['householdNumber'] if var != 'o' else rec['householdNumber'][:7] + '%07d' % r.randrange(10 ** 7)
            val = r.choice([hh, f'{hh[:5]} BG {hh[7:]}', f'{hh[:5]}BG {hh[7:]}', f'{hh[:5]}-BG-{hh[7:]}', hh.lower(),
                            f'{hh[:5]} BG {hh[7:10]} {hh[10:]}'])
        elif name == 'ID':
            kind, val = 'idCard', g.idcard(var)
        elif name == 'KZ':
            kind, val = 'licensePlate', g.plate(var)
        elif name == 'BD':
            kind = 'birthDate'
            if var == 'k':
                d = datetime.date(r.randint(2008, 2024), r.randint(1, 12), r.randint(1, 28))
            elif var == 'a':
                d = datetime.date(r.randint(1948, 2000), r.randint(1, 12), r.randint(1, 28))
            else:
                d = datetime.date.fromisoformat(rec['customer']['birthDate'])
            val = g.date_fmt(d, 'bd')
        elif name == 'D':
            kind = 'date'
            d = dates.pop(0)
            val = g.date_fmt(d, var)
        vals[key] = (val, kind)
        emit(val, kind)
    emit(text[last:])
    return ''.join(out), spans


def staff_mail(p, r):
    return f'{mailpart(p.given)}.{mailpart(p.sur)}@{r.choice(["jobcenter-ge.de", "arbeitsagentur.de"])}'


def make_records(g, names):
    r = g.r
    recs = []
    offices = {}
    for key, (rd, jc, aa) in sorted(O.OFFICES.items()):
        offices[key] = (rd, jc, aa, str(r.randint(10000, 99999)), str(r.randint(100, 999)))
    keys = sorted({v[5] for v in g.villages})
    groups2 = ['olderWorkers'] * 4 + ['singleParents'] * 3 + ['longTermUnemployed'] * 3 + ['youngAdults'] * 3 + \
        ['disabledPersons'] * 2 + ['refugees'] * 2 + ['general'] * 2 + ['returners']
    groups3 = ['youngAdults'] * 3 + ['general'] * 3 + ['singleParents'] * 2 + ['disabledPersons'] * 2 + ['olderWorkers'] + ['returners']
    types = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
             'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
    for i in range(160):
        sgb2 = i % 4 != 3
        key = r.choice(keys)
        rd, jc, aa, jcid, aaid = offices[key]
        cust = g.person()
        if cust.gender == 'f' and r.random() < 0.3:
            cust.birth = r.choice([s for s in names[cust.pop]['s'] if s != cust.sur])
        group = r.choice(groups2 if sgb2 else groups3)
        years = {'olderWorkers': (1960, 1974), 'youngAdults': (2000, 2006)}.get(group, (1966, 1999))
        bd = datetime.date(r.randint(*years), r.randint(1, 12), r.randint(1, 28))
        vv = g.village(key)
        cw = g.person(weights=STAFF_W)
        tl = g.person(weights=STAFF_W)
        while tl.sur == cw.sur or {tl.sur, cw.sur} & {cust.sur}:
            tl = g.person(weights=STAFF_W)
        area = vv[3]
        prefix = jcid[:3] if sgb2 else aaid
        cn = f'{prefix}{r.choice("ABCDEFGHKLMNPRSTVWXZ")}{r.randrange(10 ** 6):06d}'
        rec = {'customerNumber': cn}
        if sgb2:
            rec['householdNumber'] = f'{jcid}BG{r.randrange(10 ** 7):07d}'
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = rd
        if sgb2:
            rec['jobCentre'] = {'id': jcid, 'name': jc, 'consents16a': r.random() < 0.4}
            office_id = jcid
        else:
            rec['agency'] = {'id': aaid, 'name': aa}
            office_id = aaid
        rec['team'] = f'{office_id}-T{r.randint(1, 12):02d}'
        rec['teamLead'] = {'id': f'TL-{r.randint(1000, 9999)}', 'name': tl.form('full')}
        rec['caseWorker'] = {'id': f'MA-{r.randint(1000, 9999)}', 'name': cw.form('full'),
                             'phone': g.staff_phone(area), 'email': staff_mail(cw, r)}
        street = g.street()
        iban = g.iban('DE') if cust.pop in ('de16', 'bk16') or r.random() < 0.8 else g.iban(
            {'sr16': 'NL', 'ci16': 'CI'}.get(cust.pop, 'NL') if cust.pop in ('sr16', 'ci16') else 'DE')
        rec['customer'] = {
            'firstName': cust.given, 'lastName': cust.sur, 'birthName': cust.birth, 'birthDate': bd.isoformat(),
            'gender': cust.gender, 'nationality': r.choice(NAT[cust.pop]),
            'address': {'street': street, 'postcode': vv[2], 'city': vv[1]},
            'phone': g.mobile(), 'email': g.email(cust), 'iban': iban, 'taxId': g.taxid(),
            'pensionInsuranceNumber': g.rv(cust, bd)}
        rec['customerProcess'] = r.choices(['placement', 'rehabilitation', 'employerService'], [80, 13, 7])[0]
        rec['customerGroup'] = group
        rec['municipalServices16a'] = bool(sgb2 and rec['jobCentre']['consents16a'] and r.random() < 0.3)
        rec['review'] = {'flagged': r.random() < 0.1, 'month': r.choice(['2025-09', '2025-10', '2025-11']),
                         'teamLeadVerdict': r.choice(['goalOriented', 'notGoalOriented'])}
        start = datetime.date(2025, r.randint(1, 4), r.randint(1, 28))
        profs = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
        ph = [{'from': start.isoformat(), 'profile': r.choice(profs)}]
        if r.random() < 0.65:
            ph.append({'from': (start + datetime.timedelta(days=r.randint(60, 160))).isoformat(), 'profile': r.choice(profs)})
        rec['profileHistory'] = ph
        evs, d = [], start + datetime.timedelta(days=r.randint(5, 30))
        for _ in range(5):
            evs.append({'date': d.isoformat(), 'type': r.choice(types), 'channel': r.choice(['inPerson', 'phone', 'video']),
                        'note': None})
            d += datetime.timedelta(days=r.randint(8, 40))
        rec['events'] = evs
        ms = []
        for _ in range(r.choice([0, 1, 1, 1, 2, 2])):
            ms0 = start + datetime.timedelta(days=r.randint(20, 120))
            ms.append({'start': ms0.isoformat(), 'end': (ms0 + datetime.timedelta(days=r.randint(40, 180))).isoformat(),
                       'kind': r.choice(['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining',
                                         'workOpportunity', 'wageSubsidy', 'rehabilitation']),
                       'outcome': r.choice(['completed', 'aborted', 'ongoing'])})
        rec['measures'] = ms
        ex = None
        if r.random() < 0.25:
            ex = (d + datetime.timedelta(days=r.randint(5, 60))).isoformat()
        rec['caseManagement'] = {'intake': start.isoformat(), 'exit': ex,
                                 'exitReason': r.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                         'incapacity', 'noCooperation']) if ex else None}
        rec['_cust'], rec['_cw'], rec['_tl'], rec['_area'] = cust, cw, tl, area
        recs.append(rec)
    return recs


JOINERS = ['\n--\n', '\nNachtrag: ', '\nPS: ', ' // ', '\n\n===\n', '\nErgänzung ', '\n> ', '\n[Nachtrag] ']


def max_uses(ti):
    return MAX_USES if sum(slot_kinds(TEMPLATES[ti][1]).values()) <= 2 else MAX_USES_DENSE


def assign(recs, r):
    n = len(TEMPLATES)
    kinds = [slot_kinds(t[1]) for t in TEMPLATES]
    uses = collections.Counter()
    plan = {}  # (ri, ei) -> [tpl indices]
    rec_used = collections.defaultdict(set)
    slots = [(ri, ei) for ri in range(len(recs)) for ei in range(5)]
    r.shuffle(slots)
    # first pass: every template once, the most constrained first
    order = sorted(range(n), key=lambda i: (-len(TEMPLATES[i][0]), i))
    free = list(slots)
    for ti in order:
        for k, (ri, ei) in enumerate(free):
            if ti not in rec_used[ri] and compatible(TEMPLATES[ti], recs[ri], recs[ri]['_cust']):
                plan[(ri, ei)] = [ti]
                rec_used[ri].add(ti)
                uses[ti] += 1
                del free[k]
                break
        else:
            raise AssertionError(f'template {ti} has no compatible event')
    total = collections.Counter()
    for v in plan.values():
        total.update(kinds[v[0]])
    remaining = len(free)

    def score(ti, tot, rem):
        # relative deficit per kind (negative once a kind is above its target), a small reuse penalty
        s = -0.3 if not kinds[ti] else 0.0
        for k, c in kinds[ti].items():
            s += c * (TARGET[k] * 0.9 - tot[k] - c / 2) / TARGET[k]
        return s - 0.02 * uses[ti] + r.random() * 0.02

    for (ri, ei) in free:
        cands = [ti for ti in range(n) if uses[ti] < max_uses(ti) and ti not in rec_used[ri]
                 and compatible(TEMPLATES[ti], recs[ri], recs[ri]['_cust'])]
        best = max(cands, key=lambda ti: score(ti, total, remaining))
        plan[(ri, ei)] = [best]
        rec_used[ri].add(best)
        uses[best] += 1
        total.update(kinds[best])
        remaining -= 1
    # second templates while below the target sum
    extra = [s for s in slots]
    r.shuffle(extra)
    tsum = sum(TARGET.values())
    for (ri, ei) in extra:
        if sum(total.values()) >= tsum - 10:
            break
        cands = [ti for ti in range(n) if uses[ti] < max_uses(ti) and ti not in rec_used[ri]
                 and compatible(TEMPLATES[ti], recs[ri], recs[ri]['_cust']) and sum(kinds[ti].values()) <= 4]
        if not cands:
            continue
        best = max(cands, key=lambda ti: score(ti, total, 40))
        plan[(ri, ei)].append(best)
        rec_used[ri].add(best)
        uses[best] += 1
        total.update(kinds[best])
    return plan, uses


NAMEK = ('customerName', 'staffName', 'thirdPersonName')


def verify(recs, truth, templates, uses):
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    by = collections.defaultdict(list)
    for t in truth:
        by[(t['record'], t['event'])].append(t)
    for ri, rec in enumerate(recs):
        c = rec['customer']
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and 'agency' not in rec, (ri, 'shape')
            assert re.fullmatch(r'\d{5}BG\d{7}', rec['householdNumber']) and rec['householdNumber'][:5] == rec['jobCentre']['id'], (ri, 'hh')
            assert rec['customerNumber'][:3] == rec['jobCentre']['id'][:3], (ri, 'cn')
        else:
            assert 'agency' in rec and 'jobCentre' not in rec and 'householdNumber' not in rec, (ri, 'shape')
            assert rec['customerNumber'][:3] == rec['agency']['id'], (ri, 'cn')
        assert re.fullmatch(r'\d{3}[A-Z]\d{6}', rec['customerNumber']), (ri, 'cn')
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber']), (ri, 'ids')
        bd = datetime.date.fromisoformat(c['birthDate'])
        pn = c['pensionInsuranceNumber']
        assert pn[2:8] == f'{bd:%d%m%y}', (ri, 'rv date')
        assert pn[8] == next(ch for ch in fold(c['birthName'] or c['lastName']).upper() if 'A' <= ch <= 'Z'), (ri, 'rv letter')
        assert (int(pn[9:11]) >= 50) == (c['gender'] == 'f'), (ri, 'rv serial')
        assert len(rec['events']) == 5
        for ei, ev in enumerate(rec['events']):
            note = ev['note']
            assert isinstance(note, str) and all(ord(ch) < 0x10000 for ch in note), (ri, ei, 'bmp')
            sp = sorted(by[(ri, ei)], key=lambda t: t['start'])
            prev = None
            for t in sp:
                k = t['kind']
                assert k in KINDS, (ri, ei, k)
                v = t['value']
                assert note[t['start']:t['end']] == v, (ri, ei, k)
                assert v and v == v.strip(), (ri, ei, k, 'trim')
                if prev:
                    assert prev['end'] <= t['start'], (ri, ei, k, 'overlap')
                    if prev['kind'] in NAMEK and k in NAMEK:
                        assert note[prev['end']:t['start']].strip() != '', (ri, ei, k, 'adjacent names')
                prev = t
                if k == 'iban':
                    assert iban_ok(re.sub(r'[ .\-]', '', v)), (ri, ei, k)
                if k == 'taxId':
                    assert taxid_ok(v), (ri, ei, k)
                if k == 'pensionNumber':
                    assert rv_ok(v), (ri, ei, k)
                if k == 'idCard':
                    assert id_ok(v), (ri, ei, k)
                if k == 'customerNumber':
                    assert re.fullmatch(r'\d{3}[A-Z]\d{6}', re.sub(r'[ -]', '', v).upper()), (ri, ei, k)
                if k == 'householdNumber':
                    assert re.fullmatch(r'\d{5}BG\d{7}', re.sub(r'[ -]', '', v).upper()), (ri, ei, k)
    assert len({t[1] for t in templates}) == len(templates), 'duplicate template'
    assert all(uses[i] >= 1 for i in range(len(templates))), 'unused template'
    assert all(uses[i] <= max_uses(i) for i in uses)


def main():
    self_test()
    names = json.load(open(os.path.join(HERE, 'names-heldout16.json'), encoding='utf-8'))
    r = random.Random(SEED)
    g = Gen(names, r)
    recs = make_records(g, names)
    plan, uses = assign(recs, r)
    truth = []
    for ri, rec in enumerate(recs):
        for ei, ev in enumerate(rec['events']):
            parts, spans = [], []
            off = 0
            d0 = datetime.date.fromisoformat(ev['date'])
            for k, ti in enumerate(plan[(ri, ei)]):
                if k:
                    j = JOINERS[(ri + ei) % len(JOINERS)]
                    parts.append(j)
                    off += len(j)
                note, sp = render(TEMPLATES[ti], rec, rec['_cust'], g, d0)
                parts.append(note)
                spans.extend((s + off, e + off, kd, v) for s, e, kd, v in sp)
                off += len(note)
            ev['note'] = ''.join(parts)
            for s, e, kd, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': kd, 'value': v})
    for rec in recs:
        for k in ('_cust', '_cw', '_tl', '_area'):
            del rec[k]
    verify(recs, truth, TEMPLATES, uses)
    with open(os.path.join(HERE, 'heldout16.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout16.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read and verify again
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout16.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout16.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, uses)
    per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    spanned = {(t['record'], t['event']) for t in truth}
    words = []
    for ri, rec in enumerate(recs2):
        for ei, ev in enumerate(rec['events']):
            note = ev['note']
            mask = list(note)
            for t in truth:
                pass
            words_note = note
            for t in sorted((t for t in truth2 if t['record'] == ri and t['event'] == ei), key=lambda t: -t['start']):
                words_note = words_note[:t['start']] + ' ' * (t['end'] - t['start']) + words_note[t['end']:]
            words.extend(w.lower() for w in re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', words_note))
    counts = {'heldout16': {
        'records': len(recs2), 'recordsSGB2': sum(r_['legalDomain'] == 'SGB2' for r_ in recs2), 'events': 800,
        'spans': len(truth), 'templates': len(TEMPLATES), 'templatesUsed': sum(1 for i in range(len(TEMPLATES)) if uses[i]),
        'templatesWithoutSlots': sum(1 for t in TEMPLATES if not slot_kinds(t[1])),
        'eventsWithoutSpan': 800 - len(spanned), 'notesJoinedFrom2Templates': sum(len(v) > 1 for v in plan.values()),
        'wordTokensOutsideSpans': len(words), 'distinctWordTokensOutsideSpans': len(set(words)),
        'maxUsesOfOneTemplate': max(uses.values()), 'perKind': per_kind,
        'namePools': {p: {k: len(names[p][k]) for k in 'mfs'} for p in POPS},
        'ownPools': {k: len(v) for k, v in names['pools'].items()}}}
    with open(os.path.join(HERE, 'counts-heldout16.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run-heldout16.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
