#!/usr/bin/env python3
"""Generator of the evaluation split heldout9 (German case-worker notes with planted personal data).

Python 3 stdlib only, deterministic (seed below).  Reads names9.json (names and own pools) and templates9.py.
Writes heldout9.jsonl, heldout9.truth.jsonl, counts-heldout9.json, run.log.  Written without reading the scrubber.
"""
import collections, datetime, json, os, re, random, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from templates9 import TEMPLATES  # noqa: E402
from own9 import INST_TYPES  # noqa: E402  (my own institution patterns; towns come from names9.json)

SEED = '20261206-9'
N_SGB2, N_SGB3, EVENTS_PER_RECORD = 120, 40, 5
TARGET = {'address': 172, 'birthDate': 86, 'company': 210, 'customerName': 222, 'customerNumber': 38, 'date': 392,
          'email': 62, 'householdNumber': 30, 'iban': 70, 'idCard': 56, 'institution': 200, 'licensePlate': 55,
          'pensionNumber': 34, 'phone': 132, 'staffName': 176, 'taxId': 32, 'thirdPersonName': 382}
ROLE_KIND = {'C': 'customerName', 'W': 'staffName', 'L': 'staffName', 'S1': 'staffName', 'S2': 'staffName',
             'S3': 'staffName', 'SF': 'staffName', 'SM': 'staffName', 'F1': 'thirdPersonName',
             'F2': 'thirdPersonName', 'M1': 'thirdPersonName', 'M2': 'thirdPersonName', 'P1': 'thirdPersonName', 'P2': 'thirdPersonName', 'P3': 'thirdPersonName',
             'P4': 'thirdPersonName', 'SP': 'thirdPersonName', 'K1': 'thirdPersonName', 'K2': 'thirdPersonName'}
NAME_FORMS = set('fsgivVUPbal')
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MONTHS_AE = ['Januar', 'Februar', 'Maerz', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
             'November', 'Dezember']
MON3 = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']
WEEKDAYS = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']
WEEKDAYS_LONG = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']

D = json.load(open(os.path.join(HERE, 'names9.json'), encoding='utf-8'))
POOLS = D['pools']
ORIGINS_CUSTOMER = [('ti_er9', 12), ('so9', 9), ('af9', 12), ('sq9', 10), ('sh9', 9), ('bg9', 9), ('vi9', 5),
                    ('ng9', 8), ('gh9', 6), ('ku9', 9), ('de9', 21)]
ORIGINS_STAFF = [('de9', 48), ('sq9', 7), ('sh9', 7), ('bg9', 5), ('ku9', 6), ('vi9', 3), ('ti_er9', 3), ('gh9', 3),
                 ('ng9', 4)]
ORIGINS_THIRD = [('de9', 34), ('ti_er9', 7), ('so9', 6), ('af9', 8), ('sq9', 8), ('sh9', 8), ('bg9', 7), ('vi9', 4),
                 ('ng9', 7), ('gh9', 5), ('ku9', 6)]
COUNTRY = {'ti_er9': 'ER', 'so9': 'SO', 'af9': 'AF', 'sq9': 'XK', 'sh9': 'RS', 'bg9': 'BG', 'vi9': 'VN', 'ng9': 'NG',
           'gh9': 'GH', 'ku9': 'SY', 'de9': 'DE'}
NATIONALITY = {'ER': 'ER', 'SO': 'SO', 'AF': 'AF', 'XK': 'XK', 'RS': 'RS', 'BG': 'BG', 'VN': 'VN', 'NG': 'NG',
               'GH': 'GH', 'SY': 'SY', 'DE': 'DE'}
AREA = ['05242', '05421', '05223', '05744', '05772', '05261', '05235', '05252', '05272', '05642', '02992', '02982',
        '02972', '02933', '02721', '02723', '02722', '02732', '02733', '02354', '02353', '02393', '02191', '02267',
        '02263', '02262', '02291', '02296', '02243', '02226', '02252', '02253', '02441', '02446', '02427', '02462',
        '02472', '02404', '02451', '02432', '02163', '02834', '02832', '02824', '02852', '02802', '02874', '02564',
        '02553', '02568', '02554', '02582', '02504', '02584', '02526', '02523', '02945', '02943', '03904', '03907',
        '039203', '03493', '034906', '03925', '034692', '03461', '03443', '034771', '03946', '039452', '03947',
        '03902', '03931', '034905', '036377', '034671', '036041', '036331', '036071', '036424', '036428', '036482',
        '03647', '036651', '036741', '036629', '03628', '03623', '036847', '03682', '03686', '036704', '034491',
        '03661', '036608', '06751', '06352', '06361', '06302', '06133', '06135', '06136', '06724', '06762', '06747',
        '02603', '06486', '06772', '02663', '02662', '02661', '02741', '02742', '02683', '02644', '02689', '02635',
        '02642', '02691', '02633', '02652', '02654', '0261', '02653', '06591', '06593', '06572', '06541', '06504',
        '06502', '06501', '06581', '06562', '06783', '06382', '06371', '06333', '06331', '06391', '06346', '06323',
        '07276', '06324', '06353', '06237', '06232', '06881', '06887', '06834', '06831', '06864', '06871', '06872',
        '06852', '06853', '06881', '06821', '06826', '06803', '06806', '06898']
MOBILE = ['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174', '0175',
          '0176', '0177', '0178', '0179']
FOREIGN_PHONE = {'ER': ('+291', [7], 6), 'SO': ('+252', [61, 62, 63, 90], 7), 'AF': ('+93', [70, 72, 78, 79], 7),
                 'XK': ('+383', [44, 45, 49], 6), 'AL': ('+355', [67, 68, 69], 7), 'RS': ('+381', [60, 63, 64, 65], 7),
                 'BA': ('+387', [61, 62, 65], 6), 'BG': ('+359', [87, 88, 89], 7), 'VN': ('+84', [90, 91, 93, 98], 7),
                 'NG': ('+234', [803, 805, 806, 813], 7), 'GH': ('+233', [24, 20, 54, 55], 7),
                 'SY': ('+963', [93, 94, 95, 99], 7)}
MAIL_DOMAINS = ['web.de', 'gmx.de', 'gmx.net', 't-online.de', 'outlook.de', 'gmail.com', 'yahoo.de', 'icloud.com',
                'posteo.de', 'freenet.de', 'hotmail.com', 'mail.de', 'online.de', 'aol.com', 'googlemail.com']
ID_ALPHA = 'CFGHJKLMNPRTVWXYZ0123456789'
RV_AREA = ['02', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '23', '24',
           '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '48', '49', '50', '51', '52', '53',
           '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71']
STREET_SUFFIX = ['straße', 'str.', 'weg', 'ring', 'allee', 'gasse', 'pfad', 'platz', 'damm', ' Straße', '-Straße',
                 'strasse', '-Str.', 'winkel', 'kamp']


PLACE_ADJ = {'Breslauer', 'Königsberger', 'Stettiner', 'Danziger', 'Memeler', 'Tilsiter', 'Allensteiner', 'Gleiwitzer',
             'Liegnitzer', 'Oppelner', 'Elbinger', 'Kolberger', 'Stolper', 'Insterburger', 'Glatzer', 'Hirschberger',
             'Marienburger', 'Bromberger', 'Rastenburger', 'Lötzener'}


def fold(s):
    s = s.replace('ß', 'ss').replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# ---------------------------------------------------------------- identifiers (check digits)
def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def taxid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return '0' if c == 10 else str(c)


def taxid_valid(t):
    if len(t) != 11 or not t.isdigit() or t[0] == '0':
        return False
    c = collections.Counter(t[:10])
    multi = [d for d, n in c.items() if n > 1]
    if len(multi) != 1 or c[multi[0]] > 3:
        return False
    if c[multi[0]] == 3 and multi[0] * 3 in t[:10]:
        return False
    return taxid_check(t[:10]) == t[10]


def rv_check(first11):  # 2 area + 6 birth + letter + 2 serial
    digits = first11[:8] + '%02d' % (ord(first11[8]) - 64) + first11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = 0
    for d, k in zip(digits, w):
        p = int(d) * k
        tot += p // 10 + p % 10
    return str(tot % 10)


def rv_valid(v):
    return len(v) == 12 and v[:8].isdigit() and v[8].isalpha() and v[9:].isdigit() and rv_check(v[:11].upper()) == v[11]


def doc_check(s9):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s9):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def doc_valid(v):
    v = v.upper()
    return len(v) == 10 and all(c in ID_ALPHA for c in v[:9]) and doc_check(v[:9]) == v[9]


assert taxid_valid('86095742719') and taxid_valid('47036892816')
assert rv_check('15070649C10') == '3'
assert doc_check('T22000129') == '3'
assert iban_valid('DE89370400440532013000') and iban_valid('GB82WEST12345698765432')
assert iban_check('DE', '370400440532013000') == '89'


class Gen:
    def __init__(self, seed):
        self.R = random.Random(seed)

    # ------------------------------------------------------------ small helpers
    def pick(self, seq):
        return self.R.choice(seq)

    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.R.random() * tot
        for v, w in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][0]

    def digits(self, n):
        return ''.join(self.R.choice('0123456789') for _ in range(n))

    # ------------------------------------------------------------ people
    def person(self, origins, gender=None, surname=None, origin=None):
        R = self.R
        origin = origin or self.wpick(origins)
        pool = D[origin]
        gender = gender or R.choice('mf')
        gl = pool[gender]
        if len(gl) < 8:  # too few kept names of this gender: draw from all origins, same gender
            gl = sorted({g for o, _ in origins for g in D[o][gender]})
        given = R.choice(gl)
        if R.random() < 0.04 and origin == 'de9':
            g2 = R.choice(gl)
            if g2 != given and '-' not in given + g2:
                given = given + '-' + g2
        if surname is None:
            sl = pool['s'] if len(pool['s']) >= 3 else D['de9']['s']
            surname = R.choice(sl)
            if R.random() < 0.04:
                s2 = R.choice(sl)
                if s2 != surname and '-' not in surname + s2:
                    surname = surname + '-' + s2
        return {'given': given, 'sur': surname, 'gender': gender, 'origin': origin, 'birth': None}

    @staticmethod
    def nameform(p, f):
        g, s = p['given'], p['sur']
        if f == 'f':
            return g + ' ' + s
        if f == 's':
            return s
        if f == 'g':
            return g
        if f == 'i':
            ini = '-'.join(x[0] + '.' for x in g.split('-'))
            return ini + ' ' + s
        if f == 'v':
            return s + ', ' + g
        if f == 'V':
            return s.upper() + ', ' + g
        if f == 'U':
            return g + ' ' + s.upper()
        if f == 'P':
            return s.upper() + ' ' + g.upper()
        if f == 'b':
            return p['birth'] or s
        if f == 'l':
            return (g + ' ' + s).lower()
        raise ValueError(f)

    # ------------------------------------------------------------ identifier values and shapes
    def taxid(self):
        R = self.R
        while True:
            ds = R.sample('0123456789', 9)
            ds.append(R.choice(ds))
            R.shuffle(ds)
            t = ''.join(ds)
            if t[0] != '0':
                t = t + taxid_check(t)
                if taxid_valid(t):
                    return t

    def taxid_fmt(self, t, shape=None):
        shape = shape or self.wpick([('c', 4), ('2333', 4), ('3332', 2), ('443', 1), ('dots', 1)])
        if shape == 'c':
            return t
        if shape == '2333':
            return f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}'
        if shape == '3332':
            return f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}'
        if shape == '443':
            return f'{t[:4]} {t[4:8]} {t[8:]}'
        return f'{t[:2]}.{t[2:5]}.{t[5:8]}.{t[8:]}'

    def rv(self, p, bdate):
        area = self.pick(RV_AREA)
        letter = fold((p['birth'] or p['sur'])[0]).upper()
        if not ('A' <= letter <= 'Z'):
            letter = 'X'
        serial = '%02d' % (self.R.randint(0, 49) + (50 if p['gender'] == 'f' else 0))
        first = area + bdate.strftime('%d%m%y') + letter + serial
        return first + rv_check(first)

    def rv_fmt(self, v, shape=None):
        shape = shape or self.wpick([('std', 5), ('c', 3), ('m', 2), ('lc', 1), ('pairs', 1)])
        a, b, l, s, c = v[:2], v[2:8], v[8], v[9:11], v[11]
        return {'std': f'{a} {b} {l} {s}{c}', 'c': v, 'm': f'{a} {b} {l}{s}{c}', 'lc': f'{a} {b} {l.lower()} {s}{c}',
                'pairs': f'{a} {b[:2]} {b[2:4]} {b[4:]} {l} {s}{c}'}[shape]

    def doc(self, kind='idc'):
        first = self.pick('LMNPRTVWXY' if kind == 'idc' else 'CFGHJK')
        s9 = first + ''.join(self.pick(ID_ALPHA) for _ in range(8))
        return s9 + doc_check(s9)

    def doc_fmt(self, v, shape=None):
        shape = shape or self.wpick([('c', 6), ('sp', 2), ('lc', 1), ('g', 1)])
        return {'c': v, 'sp': v[:9] + ' ' + v[9], 'lc': v.lower(), 'g': f'{v[:4]} {v[4:9]} {v[9]}'}[shape]

    def iban(self, cc=None):
        R = self.R
        cc = cc or self.wpick([('DE', 78), ('XK', 3), ('AL', 2), ('RS', 3), ('BA', 2), ('BG', 4), ('AT', 3), ('NL', 2),
                               ('BE', 2), ('LU', 1)])
        if cc == 'DE':
            bban = self.pick(['3', '4', '5', '6']) + self.digits(7) + self.digits(10)
        elif cc == 'XK':
            bban = self.digits(16)
        elif cc == 'AL':
            bban = self.digits(8) + self.digits(16)
        elif cc == 'RS':
            bban = self.digits(18)
        elif cc == 'BA':
            bban = self.digits(16)
        elif cc == 'BG':
            bban = ''.join(R.choice('ABCDEFGHIJKLMNOPRSTUVZ') for _ in range(4)) + self.digits(6) + self.digits(8)
        elif cc == 'AT':
            bban = self.digits(16)
        elif cc == 'NL':
            bban = ''.join(R.choice('ABINGRSTU') for _ in range(4)) + self.digits(10)
        elif cc == 'BE':
            acc = self.digits(10)
            bban = acc + '%02d' % ((int(acc) % 97) or 97)
        else:
            bban = self.digits(3) + self.digits(13)
        v = cc + iban_check(cc, bban) + bban
        assert iban_valid(v)
        return v

    def iban_fmt(self, v, shape=None):
        shape = shape or self.wpick([('g4', 8), ('c', 3), ('lc', 1), ('g4dbl', 1), ('blz', 1)])
        g = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
        if shape == 'c':
            return v
        if shape == 'lc':
            return g.lower()
        if shape == 'g4dbl':
            return g.replace(' ', '  ', 2)
        if shape == 'blz' and v.startswith('DE'):
            return f'{v[:4]} {v[4:12]} {v[12:]}'
        return g

    def phone(self, kind='land'):
        R = self.R
        if kind == 'mobile':
            pre, num = self.pick(MOBILE), self.digits(R.choice([7, 8]))
            shape = self.wpick([('sp', 5), ('sl', 2), ('c', 2), ('intl', 3), ('grp', 2), ('dash', 1), ('intl0', 1)])
            if shape == 'sp':
                return f'{pre} {num}'
            if shape == 'sl':
                return f'{pre}/{num}'
            if shape == 'c':
                return pre + num
            if shape == 'intl':
                return f'+49 {pre[1:]} {num}'
            if shape == 'grp':
                return f'{pre} {num[:3]} {num[3:5]} {num[5:]}'
            if shape == 'dash':
                return f'{pre}-{num}'
            return f'+49 (0){pre[1:]} {num}'
        if kind == 'staff':
            a = self.pick(AREA)
            return f'{a} {self.digits(R.choice([3, 4]))}-{self.digits(3)}'
        a = self.pick(AREA)
        num = self.digits(max(4, 9 - len(a) + R.choice([0, 1, 2])))
        shape = self.wpick([('sp', 6), ('sl', 3), ('dash', 1), ('par', 2), ('intl', 2), ('intl0', 1), ('pairs', 1),
                            ('c', 1), ('old', 1)])
        if shape == 'sp':
            return f'{a} {num}'
        if shape == 'sl':
            return f'{a}/{num}'
        if shape == 'dash':
            return f'{a}-{num}'
        if shape == 'par':
            return f'({a}) {num}'
        if shape == 'intl':
            return f'+49 {a[1:]} {num}'
        if shape == 'intl0':
            return f'+49 (0) {a[1:]} {num}'
        if shape == 'pairs':
            n = num if len(num) % 2 == 0 else num[0] + ' ' + num[1:]
            return f'{a} ' + ' '.join(n[i:i + 2] for i in range(0, len(n), 2)).replace('  ', ' ')
        if shape == 'c':
            return a + num
        return f'{a} / {num}'

    def fphone(self, cc):
        if cc not in FOREIGN_PHONE:
            cc = self.pick(sorted(FOREIGN_PHONE))
        pre, nets, n = FOREIGN_PHONE[cc]
        net, num = str(self.pick(nets)), self.digits(n)
        shape = self.wpick([('sp', 4), ('grp', 3), ('00', 1), ('c', 1)])
        if shape == 'sp':
            return f'{pre} {net} {num}'
        if shape == 'grp':
            return f'{pre} {net} {num[:3]} {num[3:]}'
        if shape == '00':
            return f'00{pre[1:]} {net} {num}'
        return pre + net + num

    def email(self, p, staff_domain=None):
        R = self.R
        g = re.sub(r'[^a-z]', '', fold(p['given']).lower()) or 'post'
        s = re.sub(r'[^a-z\-]', '', fold(p['sur']).lower()) or 'mail'
        if staff_domain:
            loc = f'{g}.{s}'
            addr = f'{loc}@{staff_domain}'
            if R.random() < 0.3:
                addr = f'{p["given"].split("-")[0]}.{p["sur"]}@{staff_domain}'
                addr = fold(addr).replace(' ', '')
            return addr
        loc = self.pick([f'{g}.{s}', f'{g[0]}.{s}{R.randint(1, 99)}', f'{s}.{g}', f'{g}{s}', f'{g}_{s[0]}',
                         f'{g[0]}{s}', f'{g}.{s}{R.randint(1960, 2005)}', f'{s}-{g}', f'{g}{R.randint(10, 999)}'])
        addr = f'{loc}@{self.pick(MAIL_DOMAINS)}'
        shape = self.wpick([('plain', 16), ('at', 2), ('cap', 1), ('uc', 1), ('brk', 1)])
        if shape == 'at':
            return addr.replace('@', self.pick(['(at)', ' (at) ', '[at]']))
        if shape == 'cap':
            return addr[0].upper() + addr[1:]
        if shape == 'uc':
            return addr.upper()
        if shape == 'brk':
            return addr.replace('@', ' @ ')
        return addr

    def knr(self, agency=None):
        agency = agency or '%03d' % self.R.randint(211, 999)
        return agency + 'D' + self.digits(6)

    def knr_fmt(self, v, shape=None):
        shape = shape or self.wpick([('c', 6), ('sp', 3), ('lc', 1), ('sp2', 1), ('dash', 1)])
        return {'c': v, 'sp': f'{v[:3]} {v[3]} {v[4:]}', 'lc': v.lower(), 'sp2': f'{v[:4]} {v[4:]}',
                'dash': f'{v[:3]}-{v[3]}-{v[4:]}'}[shape]

    def bg(self, jc=None):
        jc = jc or '%05d' % self.R.randint(21100, 99999)
        return jc + 'BG' + self.digits(7)

    def bg_fmt(self, v, shape=None):
        shape = shape or self.wpick([('c', 6), ('sp', 3), ('lc', 1), ('sp2', 1), ('dash', 1)])
        return {'c': v, 'sp': f'{v[:5]} BG {v[7:]}', 'lc': v.lower(), 'sp2': f'{v[:7]} {v[7:]}',
                'dash': f'{v[:5]}-BG-{v[7:]}'}[shape]

    def plate(self, code=None):
        R = self.R
        code = code or self.pick(POOLS['towns'])[2]
        letters = ''.join(R.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(R.choice([1, 2, 2])))
        num = str(R.randint(1, 9999 if len(code) + len(letters) <= 4 else 999))
        shape = self.wpick([('std', 6), ('sp', 2), ('nosp', 1), ('lc', 1), ('e', 1)])
        if shape == 'std':
            return f'{code}-{letters} {num}'
        if shape == 'sp':
            return f'{code} {letters} {num}'
        if shape == 'nosp':
            return f'{code}-{letters}{num}'
        if shape == 'lc':
            return f'{code}-{letters} {num}'.lower()
        return f'{code}-{letters} {num[:3]}E'

    # ------------------------------------------------------------ places, bodies, companies
    def town(self):
        return self.pick(POOLS['towns'])

    def street(self):
        R = self.R
        if R.random() < 0.22:
            st = self.pick(POOLS['fixedStreets'])
        else:
            base = self.pick(POOLS['streetBases'])
            suf = self.pick(STREET_SUFFIX)
            if base.endswith('-'):
                st = base + self.pick(['Straße', 'Weg', 'Str.'])
            elif base in PLACE_ADJ:  # 'Breslauer Straße': adjectives from place names are written apart
                st = base + ' ' + suf.strip(' -')[0].upper() + suf.strip(' -')[1:]
            else:
                st = base + suf
        no = str(R.randint(1, 148))
        no += self.wpick([('', 12), ('a', 2), ('b', 1), (' a', 1), ('-' + str(int(no) + 2), 1)])
        return f'{st} {no}'

    def address(self, t=None, shape=None):
        t = t or self.town()
        st = self.street()
        shape = shape or self.wpick([('comma', 10), ('nl', 2), ('in', 1), ('sp', 2), ('street', 4), ('dash', 1)])
        if shape == 'comma':
            return f'{st}, {t[1]} {t[0]}'
        if shape == 'nl':
            return f'{st}\n{t[1]} {t[0]}'
        if shape == 'in':
            return f'{st} in {t[1]} {t[0]}'
        if shape == 'sp':
            return f'{st} {t[1]} {t[0]}'
        if shape == 'dash':
            return f'{st} - {t[1]} {t[0]}'
        return st

    def institution(self, sub=None):
        R = self.R
        named = [b for b in POOLS['namedBodies'] if (sub is None or b[1] == sub) and b[0] not in ('Kreismusikschule', 'Der Paritätische')]
        types = [x for x in INST_TYPES if sub is None or x[1] == sub]
        if sub == 'consulate' or (sub is None and R.random() < 0.05):
            return self.pick(POOLS['consulates'])
        if named and (not types or R.random() < (0.5 if sub in ('health', 'pension') else 0.18)):
            return self.pick(named)[0]
        pat = self.pick(types)[0]
        return pat.replace('{T}', self.town()[0])

    def company(self, sub=None):
        R = self.R
        w = self.pick(POOLS['companyWords'])
        tr = self.pick(['Garten- und Landschaftsbau', 'Gebäudereinigung', 'Trockenbau', 'Fliesenlegerei',
                        'Dachdeckerei', 'Metallbau', 'Pflegedienst', 'Umzugsservice', 'Kurierdienst',
                        'Sicherheitsdienst', 'Bäckerei', 'Fleischerei', 'Hausmeisterservice', 'Elektrotechnik',
                        'Malerbetrieb', 'Logistik', 'Transporte', 'Recycling', 'Textilpflege', 'Catering',
                        'Montagebau', 'Landhandel', 'Holzbau', 'Paketdienst', 'Reifenservice'])
        lf = self.pick(['GmbH', 'GmbH', 'GmbH & Co. KG', 'GmbH & Co KG', 'UG (haftungsbeschränkt)', 'e.K.', 'KG',
                        'OHG', 'AG', 'gGmbH', 'GbR', 'eG', 'mbH', 'Ltd.'])
        sur = self.person(ORIGINS_THIRD)['sur']
        sub = sub or self.wpick([('plain', 6), ('owner', 2), ('brand', 2), ('temp', 1), ('house', 1), ('shop', 1)])
        if sub == 'brand':
            return self.pick(POOLS['brands'])
        if sub == 'temp':
            return self.pick([f'{w} Personaldienstleistungen GmbH', f'{w} Zeitarbeit GmbH & Co. KG',
                              f'Personalservice {w} GmbH', f'{w} Job & Work GmbH'])
        if sub == 'house':
            t = self.town()[0]
            return self.pick([f'Wohnungsbaugesellschaft {w} mbH', f'Gemeinnützige Wohnungsgenossenschaft {t} eG',
                              f'Hausverwaltung {sur} GmbH', f'{w} Immobilien KG'])
        if sub == 'shop':
            return self.pick([f'Imbiss {w}', f'Café {w}', f'Änderungsschneiderei {sur}', f'Kiosk {w}',
                              f'Friseursalon {sur}', f'Asia-Markt {sur}', f'Afro Shop {sur}', f'Balkan-Grill {sur}'])
        if sub == 'owner':
            return self.pick([f'{tr} {sur}', f'{sur} {tr} {lf}', f'{tr} {sur} & Söhne', f'{sur} & Partner {lf}'])
        return self.pick([f'{w} {tr} {lf}', f'{tr} {w} {lf}', f'{w}-{tr} {lf}', f'{w} {lf}'])

    def foreign_address(self, cc=None):
        cands = [a for a, c in POOLS['foreignAddresses'] if c == cc] or [a for a, c in POOLS['foreignAddresses']]
        return self.pick(cands)

    # ------------------------------------------------------------ dates
    def date_fmt(self, d, shape=None, birth=False):
        if birth:
            shape = shape or self.wpick([('dmy', 10), ('dmy2', 2), ('d_m_y', 2), ('long', 2), ('iso', 1), ('slash', 1)])
        else:
            shape = shape or self.wpick([('dmy', 14), ('dmy2', 4), ('d_m_y', 2), ('d_m_y2', 1), ('long', 3), ('iso', 1),
                                         ('noyear', 3), ('long_noy', 1), ('ae', 1), ('mon3', 1)])
        if shape == 'dmy':
            return d.strftime('%d.%m.%Y')
        if shape == 'dmy2':
            return d.strftime('%d.%m.%y')
        if shape == 'd_m_y':
            return f'{d.day}.{d.month}.{d.year}'
        if shape == 'd_m_y2':
            return f'{d.day}.{d.month}.{d.strftime("%y")}'
        if shape == 'long':
            return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
        if shape == 'iso':
            return d.isoformat()
        if shape == 'slash':
            return d.strftime('%d/%m/%Y')
        if shape == 'noyear':
            return d.strftime('%d.%m.')
        if shape == 'long_noy':
            return f'{d.day}. {MONTHS[d.month - 1]}'
        if shape == 'ae':
            return f'{d.day}. {MONTHS_AE[d.month - 1]} {d.year}'
        if shape == 'mon3':
            return f'{d.day}. {MON3[d.month - 1]} {d.year}'
        raise ValueError(shape)


# ---------------------------------------------------------------- templates
SLOT = re.compile(r'\{([^{}]+)\}')
GENDER_WORDS = {'herr': ('Herr', 'Frau'), 'hr': ('Hr.', 'Fr.'), 'kd': ('Kunde', 'Kundin'), 'Kd': ('Kd.', 'Kdn.'),
                'er': ('er', 'sie'), 'Er': ('Er', 'Sie'), 'sein': ('sein', 'ihr'), 'Sein': ('Sein', 'Ihr'),
                'seine': ('seine', 'ihre'), 'seinen': ('seinen', 'ihren'), 'seinem': ('seinem', 'ihrem'),
                'seiner': ('seiner', 'ihrer'), 'ihn': ('ihn', 'sie'), 'ihm': ('ihm', 'ihr'), 'der': ('der', 'die'),
                'Der': ('Der', 'Die'), 'dem': ('dem', 'der'), 'des': ('des', 'der'), 'den': ('den', 'die'),
                'ein': ('ein', 'eine'), 'in': ('', 'in'), 'Koll': ('Kollege', 'Kollegin'), 'Ehe': ('Ehemann', 'Ehefrau'),
                'kind': ('Sohn', 'Tochter'), 'geschw': ('Bruder', 'Schwester'), 'elt': ('Vater', 'Mutter'),
                'Herrn': ('Herrn', 'Frau'), 'r': ('r', '')}
FIXED_KIND = {'iban': 'iban', 'tax': 'taxId', 'rv': 'pensionNumber', 'knr': 'customerNumber', 'bg': 'householdNumber',
              'idc': 'idCard', 'pass': 'idCard', 'plate': 'licensePlate', 'addr': 'address', 'street': 'address',
              'faddr': 'address', 'd': 'date', 'bd': 'birthDate', 'I': 'institution', 'CO': 'company',
              'phone': 'phone', 'mobile': 'phone', 'fphone': 'phone', 'mail': 'email'}
ARTICLES = {'bei': {'n': 'beim ', 'm': 'beim ', 'f': 'bei der ', 'pl': 'bei den '},
            'von': {'n': 'vom ', 'm': 'vom ', 'f': 'von der ', 'pl': 'von den '},
            'in': {'n': 'im ', 'm': 'im ', 'f': 'in der ', 'pl': 'in den '},
            'zu': {'n': 'zum ', 'm': 'zum ', 'f': 'zur ', 'pl': 'zu den '},
            'acc': {'n': 'das ', 'm': 'den ', 'f': 'die ', 'pl': 'die '},
            'Nom': {'n': 'Das ', 'm': 'Der ', 'f': 'Die ', 'pl': 'Die '}}
INST_NEUTER = ('Amtsgericht', 'Arbeitsgericht', 'Sozialgericht', 'Verwaltungsgericht', 'Klinikum', 'Finanzamt',
               'Standesamt', 'Gesundheitsamt', 'Sozialamt', 'Ordnungsamt', 'Bürgerbüro', 'Kreisjugendamt', 'Jobcenter',
               'Frauenhaus', 'Mehrgenerationenhaus', 'Landesamt', 'Landesverwaltungsamt', 'Thüringer Landesverwaltungsamt',
               'Refugio', 'Multikulturelles', 'Westpfalz-Klinikum', 'Marienhaus', 'Ökumenisches', 'Berufsförderungswerk',
               'Diakonisches', 'Generalkonsulat', 'Konsulat', 'Christliches', 'Berufskolleg')
INST_MASC = ('Caritasverband', 'Migrationsdienst', 'Sozialdienst', 'Kreuzbund', 'Flüchtlingsrat')


def inst_gender(name):
    if name.startswith('SHG-Kliniken'):
        return 'pl'
    if name.startswith(INST_MASC):
        return 'm'
    if name.startswith(INST_NEUTER):
        return 'n'
    return 'f'


INST_ADJ = ('Deutsche', 'Psychiatrische', 'Integrative', 'Evangelische', 'Christliches', 'Multikulturelles', 'Ökumenisches',
            'Diakonisches', 'Berufsbildende', 'Internationaler', 'Deutscher', 'Thüringer')


def inflect_inst(name, mode, gen):
    """Adjective at the start of a body's name after an article (as people write it: 'beim Diakonischen Werk')."""
    first, _, rest = name.partition(' ')
    if first not in INST_ADJ or first == 'Thüringer' or not rest:
        return name
    if mode in ('bei', 'von', 'in', 'zu'):
        first = first[:-2] + 'en' if first.endswith(('es', 'er')) else first + 'n'
    elif gen == 'n' and first.endswith('es'):
        first = first[:-1]
    elif gen == 'm' and first.endswith('er') and mode == 'acc':
        first = first[:-2] + 'en'
    elif gen == 'm' and first.endswith('er') and mode == 'Nom':
        first = first[:-2] + 'e'
    return first + ' ' + rest


NONPII = {'amt', 'time', 'room', 'az', 'hours', 'ticket'}


def parse_slot(s):
    mods = []
    if '|' in s:
        s, *mods = s.split('|')
    shape = None
    if '#' in s:
        s, shape = s.split('#', 1)
    sub = None
    if ':' in s:
        s, sub = s.split(':', 1)
    role, attr = (s.split('.', 1) if '.' in s else (None, s))
    return role, attr, sub, shape, mods


def slot_kind(s):
    role, attr, sub, shape, mods = parse_slot(s)
    if role is not None and attr in NAME_FORMS:
        return ROLE_KIND[role]
    if role is not None and attr in GENDER_WORDS:
        return None
    if attr in NONPII:
        return None
    if attr in FIXED_KIND:
        return FIXED_KIND[attr]
    raise ValueError('bad slot ' + s)


def template_domain(t):
    if t.startswith('2|'):
        return 'SGB2', t[2:]
    if t.startswith('3|'):
        return 'SGB3', t[2:]
    return None, t


def template_kinds(t):
    _, body = template_domain(t)
    return collections.Counter(k for k in (slot_kind(m.group(1)) for m in SLOT.finditer(body)) if k)


class Corpus(Gen):
    def new_record(self, idx, sgb2):
        R = self.R
        t = self.town()
        agency = '%03d' % R.randint(301, 998)
        jc = agency + '%02d' % R.randint(1, 9)
        c = self.person(ORIGINS_CUSTOMER)
        bdate = datetime.date(R.randint(1962, 2004), R.randint(1, 12), R.randint(1, 28))
        if c['gender'] == 'f' and R.random() < 0.35 or c['gender'] == 'm' and R.random() < 0.05:
            b = self.person(ORIGINS_CUSTOMER, origin=c['origin'])['sur']
            if b != c['sur']:
                c['birth'] = b
        sp = self.person(ORIGINS_THIRD, gender='f' if c['gender'] == 'm' else 'm', origin=c['origin'],
                         surname=c['sur'] if R.random() < 0.5 else None)
        kids = [self.person(ORIGINS_THIRD, origin=c['origin'], surname=c['sur'] if R.random() < 0.75 else sp['sur'])
                for _ in range(2)]
        w = self.person(ORIGINS_STAFF)
        lead = self.person(ORIGINS_STAFF)
        slug = re.sub(r'[^a-z]+', '-', fold(t[0]).lower()).strip('-')
        domain = f'jobcenter-{slug}.de' if sgb2 else 'arbeitsagentur.de'
        ct = self.town()
        rec = {
            'sgb2': sgb2, 'town': t, 'agency': agency, 'jc': jc, 'C': c, 'SP': sp, 'K1': kids[0], 'K2': kids[1],
            'W': w, 'L': lead, 'domain': domain,
            'bd': {'C': bdate, 'SP': datetime.date(bdate.year + R.randint(-6, 6), R.randint(1, 12), R.randint(1, 28)),
                   'K1': datetime.date(R.randint(2008, 2015), R.randint(1, 12), R.randint(1, 28)),
                   'K2': datetime.date(R.randint(2016, 2022), R.randint(1, 12), R.randint(1, 28))},
            'knr': agency + 'D' + self.digits(6), 'bgnr': jc + 'BG' + self.digits(7) if sgb2 else None,
            'iban': self.iban('DE' if R.random() < 0.85 else None), 'tax': self.taxid(),
            'addr_town': ct, 'street': self.street(), 'mobile': self.phone('mobile'),
            'mail': self.email(c), 'wphone': self.phone('staff'), 'wmail': self.email(w, domain),
            'idc': self.doc('idc'), 'pass': self.doc('pass'),
            'plate': None,
        }
        cc = COUNTRY[c['origin']]
        rec['cc'] = cc if cc != 'DE' else self.pick(['XK', 'RS', 'BA', 'BG', 'AF', 'SY', 'NG', 'GH', 'VN'])
        rec['rv'] = self.rv(c, bdate)
        rec['plate'] = self.plate(ct[2])
        return rec

    def render(self, tpl, rec, cursor):
        """Render one template; returns (pieces, cursor) with pieces = [(text, kind, value_for_check)]."""
        R = self.R
        local = {}
        pieces = []
        pos = 0
        body = template_domain(tpl)[1]
        for m in SLOT.finditer(body):
            if m.start() > pos:
                pieces.append((body[pos:m.start()], None, None))
            pos = m.end()
            role, attr, sub, shape, mods = parse_slot(m.group(1))
            kind = slot_kind(m.group(1))
            check = None
            p = None
            if role is not None:
                if role in rec and isinstance(rec[role], dict) and 'given' in rec[role]:
                    p = rec[role]
                else:
                    if role not in local:
                        orig = ORIGINS_STAFF if role.startswith('S') else ORIGINS_THIRD
                        gen = 'f' if role[0] == 'F' or role == 'SF' else 'm' if role[0] == 'M' or role == 'SM' else None
                        local[role] = self.person(orig, gender=gen)
                    p = local[role]
            if role is not None and attr in NAME_FORMS:
                f = attr
                if f == 'a':
                    f = self.wpick([('f', 6), ('v', 2), ('i', 1), ('U', 1)])
                text = self.nameform(p, f)
            elif role is not None and attr in GENDER_WORDS:
                text = GENDER_WORDS[attr][0 if p['gender'] == 'm' else 1]
            elif attr == 'iban':
                v = rec['iban'] if role == 'C' else self.iban(sub)
                text, check = self.iban_fmt(v, shape), v
            elif attr == 'tax':
                v = rec['tax'] if role == 'C' else self.taxid()
                text, check = self.taxid_fmt(v, shape), v
            elif attr == 'rv':
                if role == 'C':
                    v = rec['rv']
                else:
                    pp = p or self.person(ORIGINS_THIRD)
                    v = self.rv(pp, datetime.date(R.randint(1958, 2003), R.randint(1, 12), R.randint(1, 28)))
                text, check = self.rv_fmt(v, shape), v
            elif attr == 'knr':
                v = rec['knr'] if role == 'C' else self.knr()
                text, check = self.knr_fmt(v, shape), v
            elif attr == 'bg':
                v = rec['bgnr'] if role == 'C' and rec['bgnr'] else self.bg()
                text, check = self.bg_fmt(v, shape), v
            elif attr in ('idc', 'pass'):
                v = rec[attr] if role == 'C' else self.doc(attr)
                text, check = self.doc_fmt(v, shape), v
            elif attr == 'plate':
                text = rec['plate'] if role == 'C' else self.plate()
            elif attr == 'addr':
                if role == 'C':
                    t = rec['addr_town']
                    st = rec['street']
                    sh = shape or self.wpick([('comma', 8), ('nl', 2), ('sp', 1), ('in', 1)])
                    text = {'comma': f'{st}, {t[1]} {t[0]}', 'nl': f'{st}\n{t[1]} {t[0]}', 'sp': f'{st} {t[1]} {t[0]}',
                            'in': f'{st} in {t[1]} {t[0]}'}[sh]
                else:
                    text = self.address(shape=shape)
            elif attr == 'street':
                text = rec['street'] if role == 'C' else self.street()
            elif attr == 'faddr':
                text = self.foreign_address(sub or rec['cc'])
            elif attr == 'd':
                cursor = cursor + datetime.timedelta(days=R.randint(1, 16))
                text = self.date_fmt(cursor, shape)
            elif attr == 'bd':
                if role in rec['bd']:
                    bd = rec['bd'][role]
                else:
                    key = ('bd', role)
                    if key not in local:
                        local[key] = datetime.date(R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))
                    bd = local[key]
                text = self.date_fmt(bd, shape, birth=True)
            elif attr == 'I':
                text = self.institution(sub)
                for md in mods:
                    if md in ARTICLES:
                        gen = inst_gender(text)
                        pieces.append((ARTICLES[md][gen], None, None))
                        text = inflect_inst(text, md, gen)
            elif attr == 'CO':
                text = self.company(sub)
            elif attr == 'phone':
                if role == 'W':
                    text = rec['wphone']
                elif role == 'C':
                    text = self.phone('land')
                else:
                    text = self.phone('staff' if role and role[0] in 'SL' else 'land')
            elif attr == 'mobile':
                text = rec['mobile'] if role == 'C' else self.phone('mobile')
            elif attr == 'fphone':
                text = self.fphone(sub or (rec['cc'] if p is None or p is rec['C'] else COUNTRY[p['origin']]))
            elif attr == 'mail':
                if role == 'C':
                    text = rec['mail']
                elif role == 'W':
                    text = rec['wmail']
                elif role in ('L', 'S1', 'S2', 'S3'):
                    text = self.email(p, rec['domain'])
                else:
                    text = self.email(p)
            elif attr == 'amt':
                text = self.pick(['412,50 €', '1.180 Euro', '563 €', '38,90 EUR', '2.340,- €', '95 Euro', '726,14 €',
                                  '1.450 € brutto', '15,20 €/Std.', '250 €'])
            elif attr == 'time':
                text = self.pick(['8:30 Uhr', '9.15 Uhr', '10:45', '13 Uhr', '14:20 Uhr', '11.00 Uhr', '15:30'])
            elif attr == 'room':
                text = self.pick(['Raum 1.08', 'Zi. 214', 'Raum E.12', 'Zimmer 3.31', 'Büro 017'])
            elif attr == 'az':
                text = self.pick(['S 9 AS 412/24', 'S 3 AL 77/24', '5 Ca 1190/24', 'XVII 233/24', '2 F 61/24',
                                  'S 12 AS 1734/24 ER'])
            elif attr == 'hours':
                text = self.pick(['20 Std./Woche', '30 Wochenstunden', '15 Stunden', 'Vollzeit (39 Std.)', '25 h'])
            elif attr == 'ticket':
                text = self.pick(['INC-2024-0418', '#88213', 'Vorgang 4471/24', 'Ticket 20240917-33'])
            else:
                raise ValueError(attr)
            if 'lc' in mods:
                text = text.lower()
            if 'uc' in mods:
                text = text.upper()
            pieces.append((text, kind, check))
        if pos < len(body):
            pieces.append((body[pos:], None, None))
        return pieces, cursor


JOINERS = [(' ', 30), ('\n', 30), ('\n\n', 14), ('\nNachtrag: ', 6), ('\n[Ergänzung] ', 4), (' ¦ ', 3),
           ('\n––\n', 3), ('\n\nPS: ', 3), ('\n#\n', 2), (' (Forts.) ', 2)]
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview',
               'employerContact', 'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
PROCESSES = ['placement', 'placement', 'placement', 'rehabilitation', 'employerService']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners',
          'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
            'wageSubsidy', 'rehabilitation']
EXIT = ['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation']
SEP_RE = re.compile(r'[\s.\-/·_]')


def revalidate(kind, text, check):
    raw = SEP_RE.sub('', text).upper()
    if kind == 'iban':
        assert iban_valid(raw) and raw == check, text
    elif kind == 'taxId':
        assert taxid_valid(raw) and raw == check, text
    elif kind == 'pensionNumber':
        assert rv_valid(raw) and raw == check, text
    elif kind == 'idCard':
        assert doc_valid(raw) and raw == check, text
    elif kind == 'customerNumber':
        assert re.fullmatch(r'\d{3}D\d{6}', raw) and raw == check, text
    elif kind == 'householdNumber':
        assert re.fullmatch(r'\d{5}BG\d{7}', raw) and raw == check, text


def case_pieces(pieces, mode):
    if mode == 'lc':
        return [(t.lower(), k, c) for t, k, c in pieces]
    if mode == 'uc':
        return [(t.upper(), k, c) for t, k, c in pieces]
    return pieces


def build():
    G = Corpus(SEED)
    R = G.R
    tpl_all = list(TEMPLATES)
    assert len(set(tpl_all)) == len(tpl_all), 'duplicate template'
    kinds = {t: template_kinds(t) for t in tpl_all}
    dom = {t: template_domain(t)[0] for t in tpl_all}
    unused = list(tpl_all)
    R.shuffle(unused)
    uses = collections.Counter()
    got = collections.Counter()
    domains = [True] * N_SGB2 + [False] * N_SGB3
    R.shuffle(domains)
    records, truth = [], []
    n_events_total = len(domains) * EVENTS_PER_RECORD
    ev_done = 0
    for ri, sgb2 in enumerate(domains):
        rec = G.new_record(ri, sgb2)
        dname = 'SGB2' if sgb2 else 'SGB3'
        intake = datetime.date(2023, 9, 1) + datetime.timedelta(days=R.randint(0, 420))
        day = intake
        events = []
        for ei in range(EVENTS_PER_RECORD):
            day = day + datetime.timedelta(days=R.randint(6, 45))
            nseg = 2 if R.random() < 0.07 else 1
            chosen = []
            for _ in range(nseg):
                cand = [t for t in unused if dom[t] in (None, dname) and t not in chosen]
                # spread the first use of every template over the first ~70 % of events
                if cand and (R.random() < 0.75 or len(unused) > (n_events_total - ev_done) * 0.5):
                    t = cand[0]
                    unused.remove(t)
                else:
                    left = max(1, n_events_total - ev_done)
                    deficit = {k: (TARGET[k] - got[k]) for k in TARGET}
                    scored = []
                    for t in tpl_all:
                        if dom[t] not in (None, dname) or t in chosen:
                            continue
                        c = kinds[t]
                        gain = sum(min(n, max(0.0, deficit[k])) for k, n in c.items())
                        over = sum(max(0.0, n - max(0.0, deficit[k])) for k, n in c.items())
                        score = gain - 1.6 * over - 0.4 * uses[t] + R.random() * 0.8
                        if not c:
                            score = -0.8 + R.random() * 0.8 - 0.5 * uses[t]
                        scored.append((score, t))
                    scored.sort(key=lambda x: -x[0])
                    t = R.choice(scored[:10])[1]
                uses[t] += 1
                for k, n in kinds[t].items():
                    got[k] += n
                chosen.append(t)
            # render
            cursor = day - datetime.timedelta(days=R.randint(10, 40))
            note = ''
            spans = []
            for si, t in enumerate(chosen):
                pieces, cursor = G.render(t, rec, cursor)
                x = R.random()
                pieces = case_pieces(pieces, 'lc' if x < 0.03 else 'uc' if x < 0.045 else None)
                if si > 0:
                    note += G.wpick(JOINERS)
                for text, kind, check in pieces:
                    if kind:
                        assert text and text == text.strip(), (text, t)
                        spans.append((len(note), len(note) + len(text), kind, text))
                        if check:
                            revalidate(kind, text, check)
                    note += text
            events.append({'date': day.isoformat(), 'type': R.choice(EVENT_TYPES),
                           'channel': R.choice(['inPerson', 'inPerson', 'phone', 'phone', 'video']), 'note': note})
            for s, e, k, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': v})
            ev_done += 1
        c = rec['C']
        ct = rec['addr_town']
        last = day
        review_month = (last + datetime.timedelta(days=R.randint(0, 40))).strftime('%Y-%m')
        measures = []
        md = intake
        for _ in range(R.choice([0, 1, 1, 2])):
            md = md + datetime.timedelta(days=R.randint(10, 90))
            end = md + datetime.timedelta(days=R.randint(30, 180))
            measures.append({'start': md.isoformat(), 'end': end.isoformat(), 'kind': R.choice(MEASURES),
                             'outcome': R.choice(['completed', 'aborted', 'ongoing'])})
        exited = R.random() < 0.25
        exit_day = (last + datetime.timedelta(days=R.randint(5, 60))).isoformat() if exited else None
        profiles = [{'from': intake.isoformat(), 'profile': R.choice(PROFILES)}]
        if R.random() < 0.4:
            profiles.append({'from': (intake + datetime.timedelta(days=R.randint(60, 200))).isoformat(),
                             'profile': R.choice(PROFILES)})
        out = {'customerNumber': rec['knr']}
        if sgb2:
            out['householdNumber'] = rec['bgnr']
        out['legalDomain'] = dname
        out['regionalDirectorate'] = rec['town'][3]
        if sgb2:
            out['jobCentre'] = {'id': rec['jc'], 'name': 'Jobcenter ' + rec['town'][0], 'consents16a': R.random() < 0.3}
        else:
            out['agency'] = {'id': rec['agency'], 'name': 'Agentur für Arbeit ' + rec['town'][0]}
        unit = rec['jc'] if sgb2 else rec['agency']
        out['team'] = f'{unit}-T0{R.randint(1, 6)}'
        out['teamLead'] = {'id': 'TL-%04d' % R.randint(1000, 9999), 'name': G.nameform(rec['L'], 'f')}
        out['caseWorker'] = {'id': 'MA-%04d' % R.randint(1000, 9999), 'name': G.nameform(rec['W'], 'f'),
                             'phone': rec['wphone'], 'email': rec['wmail']}
        out['customer'] = {'firstName': c['given'], 'lastName': c['sur'], 'birthName': c['birth'],
                           'birthDate': rec['bd']['C'].isoformat(), 'gender': c['gender'],
                           'nationality': NATIONALITY[COUNTRY[c['origin']]],
                           'address': {'street': rec['street'], 'postcode': ct[1], 'city': ct[0]},
                           'phone': rec['mobile'], 'email': rec['mail'], 'iban': rec['iban'], 'taxId': rec['tax'],
                           'pensionInsuranceNumber': rec['rv']}
        out['customerProcess'] = R.choice(PROCESSES)
        out['customerGroup'] = R.choice(GROUPS)
        out['municipalServices16a'] = bool(sgb2 and R.random() < 0.2)
        out['review'] = {'flagged': R.random() < 0.5, 'month': review_month,
                         'teamLeadVerdict': R.choice(['goalOriented', 'notGoalOriented'])}
        out['profileHistory'] = profiles
        out['events'] = events
        out['measures'] = measures
        out['caseManagement'] = {'intake': intake.isoformat(), 'exit': exit_day,
                                 'exitReason': R.choice(EXIT) if exited else None}
        records.append(out)
    assert not unused, f'{len(unused)} templates unused'
    return records, truth, uses, got


def check(records, truth):
    by_ev = collections.defaultdict(list)
    for t in truth:
        note = records[t['record']]['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], t
        assert t['value'] and t['value'] == t['value'].strip(), t
        assert t['kind'] in TARGET, t
        by_ev[(t['record'], t['event'])].append(t)
    for k, lst in by_ev.items():
        lst.sort(key=lambda x: x['start'])
        note = records[k[0]]['events'][k[1]]['note']
        for a, b in zip(lst, lst[1:]):
            assert a['end'] <= b['start'], (a, b)
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                assert note[a['end']:b['start']].strip() != '', ('adjacent names', a, b)
    for r in records:
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
        if r['legalDomain'] == 'SGB2':
            assert r['householdNumber'].startswith(r['jobCentre']['id']) and r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'householdNumber' not in r and r['customerNumber'][:3] == r['agency']['id']
        cu = r['customer']
        assert iban_valid(cu['iban']) and taxid_valid(cu['taxId']) and rv_valid(cu['pensionInsuranceNumber'])


def main():
    records, truth, uses, got = build()
    check(records, truth)
    with open(os.path.join(HERE, 'heldout9.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout9.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read, JSON-decoded
    records2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout9.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout9.truth.jsonl'), encoding='utf-8')]
    check(records2, truth2)
    for t in truth2:
        if t['kind'] in ('iban', 'taxId', 'pensionNumber', 'idCard', 'customerNumber', 'householdNumber'):
            revalidate(t['kind'], t['value'], SEP_RE.sub('', t['value']).upper())
    per = collections.Counter(t['kind'] for t in truth2)
    spanned = {(t['record'], t['event']) for t in truth2}
    n_ev = sum(len(r['events']) for r in records2)
    by_ev = collections.defaultdict(list)
    for t in truth2:
        by_ev[(t['record'], t['event'])].append(t)
    words = collections.Counter()
    for ri, r in enumerate(records2):
        for ei, e in enumerate(r['events']):
            note = e['note']
            mask = [False] * len(note)
            for t in by_ev[(ri, ei)]:
                for i in range(t['start'], t['end']):
                    mask[i] = True
            for m in re.finditer(r'[A-Za-zÄÖÜäöüß]{3,}', note):
                if not any(mask[m.start():m.end()]):
                    words[m.group(0)] += 1
    given = {g for o in ORIGINS_CUSTOMER for g in D[o[0]]['m'] + D[o[0]]['f']}
    sur = {s for o in ORIGINS_CUSTOMER for s in D[o[0]]['s']}
    counts = {'heldout9': {
        'records': len(records2), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in records2), 'events': n_ev,
        'spans': len(truth2), 'templates': len(TEMPLATES), 'templatesUsed': sum(1 for t in TEMPLATES if uses[t]),
        'templatesWithoutSlots': sum(1 for t in TEMPLATES if not template_kinds(t)),
        'eventsWithoutSpan': n_ev - len(spanned), 'wordTokensOutsideSpans': sum(words.values()),
        'distinctWordTokensOutsideSpans': len(words), 'maxUsesOfOneTemplate': max(uses.values()), 'distinctGivenNamesInPool': len(given),
        'distinctSurnamesInPool': len(sur), 'perKind': {k: per[k] for k in sorted(TARGET)},
        'ownPools': {k: len(v) for k, v in POOLS.items()}}}
    with open(os.path.join(HERE, 'counts-heldout9.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
