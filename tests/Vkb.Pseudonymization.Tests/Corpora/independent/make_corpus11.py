#!/usr/bin/env python3
"""Generator of the independent evaluation split heldout11 (Python 3 stdlib only, deterministic).

Reads names11.json (built by extract_names11.py from own11.py) and templates11.py; writes heldout11.jsonl,
heldout11.truth.jsonl and counts-heldout11.json next to this file.

Template slot syntax ({...}); a template may start with "2|" (SGB II only) or "3|" (SGB III only).
  customer:   {C} name in a random form, {Cf} "Given Surname", {Cs} surname, {Cg} given name, {Cb} birth name (women
              with one; else surname), {Cx} name with a typo (duplicate record), {Cp} passport form "SURNAME Given"
              gender words: {Hr} Herr/Frau, {Hrn} Herrn/Frau, {er} {Er} {ihm} {sein} (sein/ihr) {Kd} Kunde/Kundin
              {dKd} der Kunde/die Kundin, {Kdn} Kunden/Kundin (accusative with den/die: {dKn}), {dmKd} dative,
              {gKd} genitive; a template may also start with "F|" / "M|" (customer's gender only)
  others:     {T1} … {T4} third persons (any form), {T1f} full, {T1s} surname, {T1g} given, {T1hr} Herr/Frau,
              {T1hrn} Herrn/Frau, {T1er}; markers (print nothing) {T1=m} {T1=f} fix the gender, {T1=fam} gives the
              customer's surname (relatives); staff {S1} {S2} likewise ({S1s}, {S1hr}, {S1=f} …);
              the record's case worker {CW} / {CWs} / {CWhr}, team lead {TL} / {TLs} / {TLhr}
  values:     {d1} {d2} {d3} {d4} dates after the event (ascending), {dp} a date before the event, {bd} customer's birth
              date, {bdk} a child's, {bdo} another adult's, {tel} customer phone, {telT} other phone, {telS} staff phone,
              {telD} customer phone dictated, {mail} {mailT} {mailS} {mailD} e-mails (D = dictated), {iban} {ibanT},
              {stid} {stidT} tax ids, {rv} {rvT} pension numbers, {ida} {idaT} ID documents, {kfz} plates, {knr} the
              record's customer number, {knrO} another one, {knrD} spelt with the German spelling alphabet,
              {bg} / {bgO} household numbers, {adr} customer address, {adrS} street only, {adrO} other address,
              {adrF} foreign address, {firm} company, {inst} {inst:gov|social|edu|health|job} institution,
              {body} named body, {kons} consulate.
"""
import collections, datetime, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from templates11 import TEMPLATES  # noqa: E402
import own11 as O  # noqa: E402

SEED = '20261206-11'
R = random.Random(SEED)
NAMES = json.load(open(os.path.join(HERE, 'names11.json'), encoding='utf-8'))
ORIG = NAMES['origins']
POOLS = NAMES['pools']

# ----------------------------------------------------------------------------------------------------- check digits
def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(ch, 36)) for ch in s)
    return '%02d' % (98 - int(num) % 97)


def iban_valid(iban):
    s = re.sub(r'[\s\-.]', '', iban).upper()
    s = s[4:] + s[:4]
    return int(''.join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(cc='DE'):
    if cc == 'DE':
        bban = ''.join(R.choice('0123456789') for _ in range(18))
        bban = R.choice('1234567') + bban[1:]
    elif cc == 'AT':
        bban = ''.join(R.choice('0123456789') for _ in range(16))
    elif cc == 'LU':
        bban = ''.join(R.choice('0123456789') for _ in range(3)) + ''.join(R.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(13))
    elif cc == 'NL':
        bban = R.choice(['INGB', 'RABO', 'ABNA', 'TRIO']) + ''.join(R.choice('0123456789') for _ in range(10))
    elif cc == 'BE':
        b = ''.join(R.choice('0123456789') for _ in range(10))
        bban = b + '%02d' % ((int(b) % 97) or 97)
    else:
        raise ValueError(cc)
    return cc + iban_check(cc, bban) + bban


def stid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def stid_valid(s):
    s = re.sub(r'\D', '', s)
    if len(s) != 11 or s[0] == '0':
        return False
    cnt = collections.Counter(s[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for v in cnt.values() if v > 1) == 1):
        return False
    return stid_check(s[:10]) == int(s[10])


def make_stid():
    while True:
        digits = R.sample('0123456789', 9)
        if digits[0] == '0':
            continue
        dup = R.choice(digits)
        pos = R.randrange(1, 10)
        d = digits[:]
        d.insert(pos, dup)
        s = ''.join(d)
        if len(s) == 10 and s[0] != '0':
            full = s + str(stid_check(s))
            if stid_valid(full):
                return full


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(area, ddmmyy, letter, serial):
    digits = area + ddmmyy + '%02d' % (ord(letter.upper()) - 64) + serial
    tot = sum(sum(int(x) for x in str(int(a) * w)) for a, w in zip(digits, RV_W))
    return str(tot % 10)


def rv_valid(s):
    s = re.sub(r'[\s\-./]', '', s).upper()
    m = re.fullmatch(r'(\d\d)(\d{6})([A-Z])(\d\d)(\d)', s)
    return bool(m) and rv_check(m[1], m[2], m[3], m[4]) == m[5]


def make_rv(birth, initial, gender):
    area = R.choice(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26',
                     '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53'])
    ddmmyy = birth.strftime('%d%m%y')
    serial = '%02d' % (R.randrange(0, 50) if gender == 'm' else R.randrange(50, 100))
    letter = initial.upper()
    if not ('A' <= letter <= 'Z'):
        letter = 'A'
    return area + ddmmyy + letter + serial + rv_check(area, ddmmyy, letter, serial)


def ida_digit(s):
    w = [7, 3, 1]
    return str(sum(int(ch, 36) * w[i % 3] for i, ch in enumerate(s)) % 10)


def ida_valid(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return len(s) == 10 and ida_digit(s[:9]) == s[9]


IDA_CHARS = 'CFGHJKLMNPRTVWXYZ0123456789'


def make_ida(kind=None):
    first = R.choice('LMNPRTVWXY') if kind != 'pass' else R.choice('CFGHJK')
    body = first + ''.join(R.choice(IDA_CHARS) for _ in range(8))
    return body + ida_digit(body)


def self_check():
    assert iban_valid('DE89370400440532013000') and iban_valid('GB82WEST12345698765432')
    assert stid_valid('86095742719') and stid_valid('47036892816')
    assert rv_valid('15070649C103')
    assert ida_valid('T220001293')


# ---------------------------------------------------------------------------------------------------- people & values
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON_AB = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
CUST_ORIGINS = [('de11', 20), ('tj11', 10), ('tt11', 10), ('dag11', 10), ('mm11', 8), ('om11', 10), ('lo11', 8),
                ('sc11', 12), ('yz11', 12)]
STAFF_ORIGINS = [('de11', 50), ('tt11', 8), ('sc11', 10), ('tj11', 6), ('dag11', 6), ('om11', 6), ('lo11', 5),
                 ('yz11', 5), ('mm11', 4)]
ALL_M = sorted({n for o in ORIG.values() for n in o['m']})
ALL_F = sorted({n for o in ORIG.values() for n in o['f']})


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def fem_surname(origin, s):
    if origin in ('tj11', 'tt11', 'dag11') and re.search(r'(ov|ev|in|ow|ew)$', s):
        return s + 'a'
    return s


class Person:
    def __init__(self, origin, gender=None, surname=None, adult=True):
        self.origin = origin
        self.gender = gender or R.choice('mf')
        pool = ORIG[origin]['m' if self.gender == 'm' else 'f']
        if len(pool) < 8 or R.random() < 0.05:
            pool = ALL_M if self.gender == 'm' else ALL_F
        self.given = R.choice(pool)
        if origin == 'de11' and R.random() < 0.04 and '-' not in self.given:
            g2 = R.choice(pool)
            if g2 != self.given and '-' not in g2:
                self.given = self.given + '-' + g2
        if surname:
            self.surname = surname
        else:
            base = R.choice(ORIG[origin]['s'])
            self.surname = fem_surname(origin, base) if self.gender == 'f' else base
            if R.random() < 0.04 and ' ' not in self.surname:
                o2 = wpick(CUST_ORIGINS)
                b2 = R.choice(ORIG[o2]['s'])
                if self.gender == 'f':
                    b2 = fem_surname(o2, b2)
                if ' ' not in b2 and b2 != self.surname:
                    self.surname = self.surname + '-' + b2
        self.birth_name = None

    def full(self):
        return self.given + ' ' + self.surname

    def form(self):
        x = R.random()
        if x < 0.52:
            return self.full()
        if x < 0.64:
            return self.surname + ', ' + self.given
        if x < 0.74:
            return self.given[0] + '. ' + self.surname
        if x < 0.80:
            return self.surname.upper() + ', ' + self.given
        if x < 0.84:
            return self.surname.upper() + ' ' + self.given
        if x < 0.88:
            return self.full().lower()
        if x < 0.94:
            return self.surname
        return self.given + ' ' + self.surname


def typo(s):
    if len(s) < 4:
        return s + s[-1]
    i = R.randrange(1, len(s) - 1)
    op = R.random()
    if op < 0.4 and s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.7:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def rand_date(a, b):
    return a + datetime.timedelta(days=R.randrange((b - a).days + 1))


def fmt_date(d, birth=False):
    x = R.random()
    y2 = d.strftime('%y')
    if x < 0.30:
        return d.strftime('%d.%m.%Y')
    if x < 0.42:
        return '%d.%d.%d' % (d.day, d.month, d.year)
    if x < 0.52:
        return '%02d.%02d.%s' % (d.day, d.month, y2)
    if x < 0.58:
        return '%d.%d.%s' % (d.day, d.month, y2)
    if x < 0.68:
        return '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if x < 0.72:
        return '%d. %s %d' % (d.day, MON_AB[d.month - 1], d.year)
    if x < 0.76:
        return d.isoformat()
    if x < 0.80:
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if x < 0.83:
        return '%d.%s.%d' % (d.day, ROMAN[d.month - 1], d.year)
    if x < 0.86:
        return '%02d. %02d. %d' % (d.day, d.month, d.year)
    if x < 0.89:
        return '%d-%d-%d' % (d.day, d.month, d.year)
    if x < 0.92:
        return '%02d%02d%s' % (d.day, d.month, d.year if birth else y2)
    if not birth and x < 0.97:
        return '%d.%d.' % (d.day, d.month)
    return '%d. %s' % (d.day, MONTHS[d.month - 1]) + ('' if not birth else ' %d' % d.year)


AREA = {'NRW': ['02972', '02721', '02762', '02263', '02291', '02253', '02443', '02482', '02452', '02161', '02823',
                '02871', '02562', '02554', '02505', '02382', '02951', '05272', '05281', '05235', '05223', '05741'],
        'SAT': ['03475', '039485', '03943', '039268', '03925', '039292', '03931', '03491', '034906', '03445',
                '034464', '03635', '036020', '03631', '036071', '03621', '036424', '036427', '03681', '036965',
                '034492', '03447'],
        'RPS': ['06352', '06351', '06363', '06371', '06381', '06391', '06341', '06323', '06232', '06731', '06132',
                '06751', '06763', '06543', '06761', '06541', '06591', '06561', '06503', '06871', '06851', '02662',
                '02772', '02644', '02691', '02643']}
MOBILE = ['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174', '0175',
          '0176', '0177', '0178', '0179', '01512', '01520', '01590']
CC = {'tj11': '992', 'tt11': '7', 'dag11': '7', 'mm11': '95', 'om11': '251', 'lo11': '856', 'sc11': '39', 'yz11': '964',
      'de11': '352'}
DIG = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']


def fmt_mobile(p, n):
    x = R.random()
    rest = n
    if x < 0.25:
        return p + ' ' + rest
    if x < 0.35:
        return p + '/' + rest
    if x < 0.42:
        return p + '-' + rest
    if x < 0.52:
        return '+49 ' + p[1:] + ' ' + rest
    if x < 0.58:
        return '+49' + p[1:] + rest
    if x < 0.63:
        return '0049 ' + p[1:] + ' ' + rest
    if x < 0.70:
        return p + ' ' + rest[:3] + ' ' + rest[3:5] + ' ' + rest[5:]
    if x < 0.75:
        return p + ' - ' + rest[:3] + ' ' + rest[3:]
    if x < 0.80:
        return p + '.' + rest
    if x < 0.85:
        return '+49 (' + p[1:] + ') ' + rest
    if x < 0.90:
        return p + rest
    return p + ' / ' + rest[:4] + ' ' + rest[4:]


def fmt_land(a, n):
    x = R.random()
    if x < 0.25:
        return a + ' ' + n
    if x < 0.40:
        return a + '/' + n
    if x < 0.50:
        return a + '-' + n
    if x < 0.58:
        return '(' + a + ') ' + n
    if x < 0.68:
        return '+49 ' + a[1:] + ' ' + n
    if x < 0.74:
        return '+49 (0) ' + a[1:] + ' ' + n
    if x < 0.80:
        return a + ' / ' + ' '.join(n[i:i + 2] for i in range(0, len(n), 2))
    if x < 0.86:
        return a + ' ' + n[:-2] + '-' + n[-2:]
    return a + n


def make_phone(rd, mobile=None):
    if mobile is None:
        mobile = R.random() < 0.6
    if mobile:
        p = R.choice(MOBILE)
        n = ''.join(R.choice('0123456789') for _ in range(11 - len(p) + 1))
        n = R.choice('123456789') + n[1:]
        return fmt_mobile(p, n)
    a = R.choice(AREA[rd])
    n = R.choice('2345678') + ''.join(R.choice('0123456789') for _ in range(R.choice([4, 5, 6]) - 1))
    return fmt_land(a, n)


def dict_phone(rd):
    p = R.choice(MOBILE)
    n = R.choice('123456789') + ''.join(R.choice('0123456789') for _ in range(11 - len(p)))
    s = p + n
    groups = [s[:4], s[4:7], s[7:9], s[9:]]
    return ', '.join(' '.join(DIG[int(c)] for c in g) for g in groups if g)


def foreign_phone(origin):
    cc = CC[origin]
    n = ''.join(R.choice('0123456789') for _ in range(10 if cc == '7' else 9))
    n = R.choice('3456789') + n[1:]
    x = R.random()
    if x < 0.5:
        return '+' + cc + ' ' + n[:2] + ' ' + n[2:5] + ' ' + n[5:]
    if x < 0.8:
        return '00' + cc + ' ' + n
    return '+' + cc + n


FOLD_MAIL = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'é': 'e', 'è': 'e', 'ê': 'e', 'î': 'i',
                           'û': 'u', 'ş': 's', 'ç': 'c', 'ù': 'u', 'ì': 'i', 'à': 'a', 'ò': 'o'})
PROVIDERS = ['gmx.de', 'web.de', 'gmx.net', 't-online.de', 'freenet.de', 'outlook.de', 'gmail.com', 'yahoo.de',
             'posteo.de', 'mail.ru', 'yandex.ru', 'icloud.com', 'hotmail.com', 'online.de', 'arcor.de']


def mail_local(p):
    g = p.given.lower().translate(FOLD_MAIL).replace(' ', '').replace('-', '')
    s = p.surname.lower().translate(FOLD_MAIL).replace(' ', '').replace('-', '').replace("'", '')
    x = R.random()
    yy = '%02d' % R.randrange(60, 100) if R.random() < 0.5 else str(R.randrange(1, 999))
    if x < 0.3:
        return g + '.' + s
    if x < 0.45:
        return g[0] + s
    if x < 0.55:
        return s + yy
    if x < 0.65:
        return g + '_' + s[:4]
    if x < 0.75:
        return g + yy
    if x < 0.85:
        return s + '.' + g[0]
    return g + '-' + s


def fmt_mail(local, dom):
    x = R.random()
    if x < 0.72:
        return local + '@' + dom
    if x < 0.78:
        return local + '(at)' + dom
    if x < 0.83:
        return local + ' @ ' + dom
    if x < 0.88:
        return (local + '@' + dom).upper()
    if x < 0.93:
        return local[0].upper() + local[1:] + '@' + dom
    if x < 0.97:
        return local + '[at]' + dom
    return local + '@' + dom.replace('.', ' .', 1)


def dict_mail(local, dom):
    l = local.replace('.', ' Punkt ').replace('_', ' Unterstrich ').replace('-', ' Bindestrich ')
    d = dom.replace('.', ' Punkt ')
    return (l + ' at ' + d) if R.random() < 0.6 else (l + ' Klammeraffe ' + d)


SPELL = {'A': 'Anton', 'B': 'Berta', 'C': 'Cäsar', 'D': 'Dora', 'E': 'Emil', 'F': 'Friedrich', 'G': 'Gustav',
         'H': 'Heinrich', 'K': 'Kaufmann', 'L': 'Ludwig', 'M': 'Martha', 'N': 'Nordpol', 'P': 'Paula', 'R': 'Richard',
         'T': 'Theodor', 'V': 'Viktor', 'W': 'Wilhelm', 'X': 'Xanthippe', 'Y': 'Ypsilon', 'Z': 'Zacharias',
         'J': 'Julius', 'S': 'Samuel'}


def fmt_knr(k):
    x = R.random()
    if x < 0.35:
        return k
    if x < 0.50:
        return k[:4] + ' ' + k[4:]
    if x < 0.60:
        return k[:3] + ' ' + k[3] + ' ' + k[4:]
    if x < 0.68:
        return k[:3] + '-' + k[3] + '-' + k[4:]
    if x < 0.76:
        return k.lower()
    if x < 0.84:
        return k[:4] + ' ' + k[4:7] + ' ' + k[7:]
    if x < 0.92:
        return k[:3] + k[3].lower() + k[4:]
    return k[:3] + ' ' + k[3:]


def spell_knr(k):
    return ' '.join(DIG[int(c)] for c in k[:3]) + ', ' + k[3] + ' wie ' + SPELL[k[3]] + ', ' + \
        ' '.join(DIG[int(c)] for c in k[4:7]) + ', ' + ' '.join(DIG[int(c)] for c in k[7:])


def fmt_bg(b):
    x = R.random()
    if x < 0.4:
        return b
    if x < 0.55:
        return b[:5] + ' BG ' + b[7:]
    if x < 0.65:
        return b[:5] + 'BG ' + b[7:]
    if x < 0.73:
        return b[:5] + '-BG-' + b[7:]
    if x < 0.81:
        return b.lower()
    if x < 0.90:
        return b[:5] + ' ' + b[5:7] + ' ' + b[7:10] + ' ' + b[10:]
    return b[:5] + '/BG/' + b[7:]


def fmt_iban(i):
    x = R.random()
    g = ' '.join(i[j:j + 4] for j in range(0, len(i), 4))
    if x < 0.45:
        return g
    if x < 0.65:
        return i
    if x < 0.72:
        return g.lower()
    if x < 0.78:
        return i[:2] + ' ' + i[2:4] + ' ' + ' '.join(i[j:j + 4] for j in range(4, len(i), 4))
    if x < 0.84 and i.startswith('DE'):
        return i[:4] + ' ' + i[4:12] + ' ' + i[12:]
    if x < 0.90:
        return '-'.join(i[j:j + 4] for j in range(0, len(i), 4))
    return g.replace(' ', '  ', 1)


def fmt_stid(s):
    x = R.random()
    if x < 0.4:
        return s
    if x < 0.6:
        return s[:2] + ' ' + s[2:5] + ' ' + s[5:8] + ' ' + s[8:]
    if x < 0.75:
        return s[:3] + ' ' + s[3:6] + ' ' + s[6:9] + ' ' + s[9:]
    if x < 0.85:
        return s[:2] + '.' + s[2:5] + '.' + s[5:8] + '.' + s[8:]
    return s[:4] + ' ' + s[4:8] + ' ' + s[8:]


def fmt_rv(r):
    x = R.random()
    if x < 0.4:
        return r[:2] + ' ' + r[2:8] + ' ' + r[8] + ' ' + r[9:]
    if x < 0.6:
        return r
    if x < 0.7:
        return r[:2] + ' ' + r[2:8] + ' ' + r[8] + r[9:]
    if x < 0.78:
        return r[:2] + '-' + r[2:8] + '-' + r[8] + '-' + r[9:]
    if x < 0.86:
        return (r[:2] + ' ' + r[2:8] + ' ' + r[8] + ' ' + r[9:]).lower()
    return r[:2] + ' ' + r[2:4] + ' ' + r[4:6] + ' ' + r[6:8] + ' ' + r[8] + ' ' + r[9:]


def fmt_ida(i):
    x = R.random()
    if x < 0.5:
        return i
    if x < 0.65:
        return i[:9] + ' ' + i[9]
    if x < 0.75:
        return i[:9] + '-' + i[9]
    if x < 0.85:
        return i[:4] + ' ' + i[4:9] + ' ' + i[9]
    return i.lower()


PLATE_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXYZ'


def make_plate(code):
    l = ''.join(R.choice(PLATE_LETTERS) for _ in range(R.choice([1, 2, 2])))
    n = str(R.randrange(1, 9999 if len(code) + len(l) < 4 else 999))
    suf = R.choice(['', '', '', '', '', '', 'E', 'H'])
    x = R.random()
    if x < 0.4:
        s = code + '-' + l + ' ' + n
    elif x < 0.55:
        s = code + ' ' + l + ' ' + n
    elif x < 0.65:
        s = code + '-' + l + n
    elif x < 0.72:
        s = code + '-' + l + '-' + n
    elif x < 0.78:
        s = code + ' - ' + l + ' ' + n
    elif x < 0.84:
        s = code + l + n
    elif x < 0.90:
        s = (code + '-' + l + ' ' + n).lower()
    else:
        s = code + ':' + l + ' ' + n
    return s + (suf if R.random() < 0.5 else (' ' + suf if suf else ''))


def make_street():
    x = R.random()
    if x < 0.25:
        st = R.choice(POOLS['fixedStreets'])
    else:
        b = R.choice(POOLS['streetBases'])
        if b.endswith('-'):
            st = b + R.choice(['Straße', 'Str.', 'Weg', 'Ring', 'Platz'])
        else:
            suf = R.choice(O.STREET_SUFFIX)
            st = b + suf
            if suf == 'str.' and R.random() < 0.3:
                st = b + 'strasse'
    no = str(R.randrange(1, 140))
    y = R.random()
    if y < 0.12:
        no += R.choice('abc')
    elif y < 0.17:
        no += ' ' + R.choice('ab')
    elif y < 0.21:
        no += '-' + str(int(no) + 2)
    if R.random() < 0.2 and st.endswith('str.'):
        return st + no.replace(' ', '')
    return st + ' ' + no


def fmt_addr(street, town):
    name, plz = town[0], town[1]
    x = R.random()
    if x < 0.40:
        return street + ', ' + plz + ' ' + name
    if x < 0.50:
        return street + '\n' + plz + ' ' + name
    if x < 0.60:
        return street + ' ' + plz + ' ' + name
    if x < 0.68:
        return street + ' in ' + plz + ' ' + name
    if x < 0.74:
        return street + ', D-' + plz + ' ' + name
    if x < 0.80:
        return street + ' / ' + plz + ' ' + name
    if x < 0.86:
        return street + ', ' + name
    if x < 0.92:
        return (street + ', ' + plz + ' ' + name).upper()
    return plz + ' ' + name + ', ' + street


def make_company(town, trade=None):
    x = R.random()
    if trade:  # a fixed line of business, no brands
        w = R.choice(POOLS['companyWords'])
        lf = R.choice(O.LEGAL)
        if x < 0.35:
            return w + ' ' + trade + ' ' + lf
        if x < 0.5:
            return trade + ' ' + w + ' ' + lf
        if x < 0.62:
            return w + '-' + trade
        if x < 0.82:
            o = wpick(CUST_ORIGINS)
            return trade + ' ' + R.choice(ORIG[o]['s']) + R.choice([' GmbH', ' e.K.', ' & Söhne', '', ' KG'])
        return trade + ' ' + w + ' ' + town[0]
    w = R.choice(POOLS['companyWords'])
    t = R.choice(O.TRADES)
    lf = R.choice(O.LEGAL)
    if x < 0.28:
        return w + ' ' + t + ' ' + lf
    if x < 0.42:
        return t + ' ' + w + ' ' + lf
    if x < 0.52:
        return w + '-' + t
    if x < 0.66:
        o = wpick(CUST_ORIGINS)
        s = R.choice(ORIG[o]['s'])
        return t + ' ' + s + R.choice([' GmbH', ' e.K.', ' & Söhne', '', ' & Partner'])
    if x < 0.82:
        return R.choice(POOLS['brands'])
    if x < 0.90:
        return t + ' ' + w + ' ' + town[0]
    return w + ' ' + lf


def make_inst(sub, town):
    if sub is None:
        sub = R.choice(['gov', 'gov', 'social', 'edu', 'health', 'body'])
    if sub == 'body':
        return R.choice(POOLS['namedBodies'])
    if sub not in O.INST_PATTERNS:  # a fixed institution type, e.g. inst:Amtsgericht
        return sub + ' ' + town[0]
    return R.choice(O.INST_PATTERNS[sub]).replace('{T}', town[0])


def body_kind(b):
    if 'Rentenversicherung' in b or b.startswith('DRV'):
        return 'drv'
    if b.startswith('BG ') or 'Unfallkasse' in b:
        return 'uv'
    if any(w in b for w in ('AOK', 'BKK', 'Barmer', 'DAK', 'Techniker', 'Knappschaft')):
        return 'kk'
    if b.startswith('IHK') or b.startswith('HWK') or b.startswith('Handwerkskammer'):
        return 'ch'
    if 'Karrierecenter' in b:
        return 'bw'
    if 'Bürgerbeauftragte' in b or 'Petitionsausschuss' in b:
        return 'pet'
    return 'other'


# --------------------------------------------------------------------------------------------------------- records
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons',
          'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MKINDS = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
          'wageSubsidy', 'rehabilitation']
NAT = {'de11': ['DE'], 'tj11': ['TJ', 'DE'], 'tt11': ['RU', 'DE'], 'dag11': ['RU'], 'mm11': ['MM'], 'om11': ['ET'],
       'lo11': ['LA', 'DE'], 'sc11': ['IT', 'FR'], 'yz11': ['IQ', 'DE', 'SY']}


class Ctx:
    pass


def build_record(idx, sgb2):
    c = Ctx()
    towns = POOLS['towns']
    c.town = R.choice(towns)
    rd = c.town[3]
    c.rd = rd
    if sgb2:
        jc = '%03d%02d' % (R.randrange(100, 999), R.choice([1, 1, 1, 2, 3]))
        c.office = jc
        c.knr = jc[:3] + 'D' + '%06d' % R.randrange(0, 10 ** 6)
        c.bgnr = jc + 'BG' + '%07d' % R.randrange(0, 10 ** 7)
    else:
        ag = '%03d' % R.randrange(100, 999)
        c.office = ag
        c.knr = ag + 'D' + '%06d' % R.randrange(0, 10 ** 6)
        c.bgnr = None
    c.sgb2 = sgb2
    origin = wpick(CUST_ORIGINS)
    c.cust = Person(origin)
    if c.cust.gender == 'f' and R.random() < 0.35:
        o2 = origin if R.random() < 0.6 else wpick(CUST_ORIGINS)
        c.cust.birth_name = fem_surname(o2, R.choice(ORIG[o2]['s']))
        if c.cust.birth_name == c.cust.surname:
            c.cust.birth_name = None
    c.birth = rand_date(datetime.date(1961, 1, 1), datetime.date(2006, 12, 31))
    initial = (c.cust.birth_name or c.cust.surname)[0]
    c.rv = make_rv(c.birth, initial, c.cust.gender)
    c.stid = make_stid()
    c.iban = make_iban('DE' if R.random() < 0.85 else R.choice(['AT', 'NL', 'LU', 'BE']))
    c.ida = make_ida()
    c.street = make_street()
    c.phone = make_phone(rd)
    c.mail_local = mail_local(c.cust)
    c.mail_dom = R.choice(PROVIDERS)
    c.email = c.mail_local + '@' + c.mail_dom
    c.cw = Person(wpick(STAFF_ORIGINS))
    c.tl = Person(wpick(STAFF_ORIGINS))
    c.staff_dom = ('jobcenter-' if sgb2 else 'arbeitsagentur-') + re.sub(r'[^a-z]', '', c.town[0].lower().translate(FOLD_MAIL))[:14] + '.de'
    if not sgb2:
        c.staff_dom = 'arbeitsagentur.de'
    intake = rand_date(datetime.date(2024, 9, 1), datetime.date(2025, 3, 31))
    dates = sorted(rand_date(intake + datetime.timedelta(days=3), datetime.date(2025, 11, 20)) for _ in range(5))
    for i in range(1, 5):
        if dates[i] <= dates[i - 1]:
            dates[i] = dates[i - 1] + datetime.timedelta(days=1)
    c.intake, c.dates = intake, dates
    return c


def record_json(c, notes):
    cw_phone = R.choice(AREA[c.rd]) + ' ' + str(R.randrange(100, 999)) + '-' + str(R.randrange(100, 999))
    rec = {'customerNumber': c.knr}
    if c.sgb2:
        rec['householdNumber'] = c.bgnr
    rec['legalDomain'] = 'SGB2' if c.sgb2 else 'SGB3'
    rec['regionalDirectorate'] = c.rd
    if c.sgb2:
        rec['jobCentre'] = {'id': c.office, 'name': 'Jobcenter ' + c.town[0], 'consents16a': R.random() < 0.3}
    else:
        rec['agency'] = {'id': c.office, 'name': 'Agentur für Arbeit ' + c.town[0]}
    rec['team'] = c.office + '-T0' + str(R.randrange(1, 8))
    rec['teamLead'] = {'id': 'TL-%04d' % R.randrange(1000, 9999), 'name': c.tl.full()}
    rec['caseWorker'] = {'id': 'MA-%04d' % R.randrange(1000, 9999), 'name': c.cw.full(), 'phone': cw_phone,
                         'email': mail_local(c.cw).split('@')[0] + '@' + c.staff_dom}
    addr = {'street': c.street, 'postcode': c.town[1], 'city': c.town[0]}
    rec['customer'] = {'firstName': c.cust.given, 'lastName': c.cust.surname, 'birthName': c.cust.birth_name,
                       'birthDate': c.birth.isoformat(), 'gender': c.cust.gender,
                       'nationality': R.choice(NAT[c.cust.origin]), 'address': addr, 'phone': c.phone,
                       'email': c.email, 'iban': c.iban, 'taxId': c.stid, 'pensionInsuranceNumber': c.rv}
    rec['customerProcess'] = R.choice(['placement'] * 6 + ['rehabilitation', 'employerService'])
    rec['customerGroup'] = R.choice(GROUPS)
    rec['municipalServices16a'] = bool(c.sgb2 and R.random() < 0.3)
    rec['review'] = {'flagged': R.random() < 0.5, 'month': '2025-%02d' % R.randrange(6, 13),
                     'teamLeadVerdict': R.choice(['goalOriented', 'notGoalOriented'])}
    ph = [{'from': c.intake.isoformat(), 'profile': R.choice(PROFILES)}]
    if R.random() < 0.5:
        ph.append({'from': c.dates[2].isoformat(), 'profile': R.choice(PROFILES)})
    rec['profileHistory'] = ph
    rec['events'] = [{'date': d.isoformat(), 'type': R.choice(EVENT_TYPES), 'channel': R.choice(['inPerson', 'inPerson', 'phone', 'video']),
                      'note': n} for d, n in zip(c.dates, notes)]
    ms = []
    for _ in range(R.randrange(0, 3)):
        st = rand_date(c.intake, datetime.date(2025, 9, 30))
        en = st + datetime.timedelta(days=R.randrange(20, 200))
        ms.append({'start': st.isoformat(), 'end': en.isoformat(), 'kind': R.choice(MKINDS),
                   'outcome': R.choice(['completed', 'aborted', 'ongoing'])})
    rec['measures'] = ms
    ex = R.random() < 0.25
    rec['caseManagement'] = {'intake': c.intake.isoformat(), 'exit': c.dates[-1].isoformat() if ex else None,
                             'exitReason': R.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                     'incapacity', 'noCooperation']) if ex else None}
    return rec


# ---------------------------------------------------------------------------------------------------------- render
SLOT = re.compile(r'\{([^{}]+)\}')
G = {'Hr': ('Herr', 'Frau'), 'Hrn': ('Herrn', 'Frau'), 'er': ('er', 'sie'), 'Er': ('Er', 'Sie'), 'ihm': ('ihm', 'ihr'),
     'sein': ('sein', 'ihr'), 'Sein': ('Sein', 'Ihr'), 'Kd': ('Kunde', 'Kundin'), 'dKd': ('der Kunde', 'die Kundin'),
     'dKn': ('den Kunden', 'die Kundin'), 'Kdn': ('Kunden', 'Kundin'), 'ihn': ('ihn', 'sie'), 'hr': ('Herr', 'Frau'),
     'hrn': ('Herrn', 'Frau'), 'dmKd': ('dem Kunden', 'der Kundin'), 'gKd': ('des Kunden', 'der Kundin')}


def template_domain(tpl):
    dom = None
    while tpl[:2] in ('2|', '3|', 'F|', 'M|', 'B|'):
        if tpl[0] in '23':
            dom = tpl[0]
        tpl = tpl[2:]
    return dom, tpl


def template_gender(tpl):
    head = re.match(r'(?:[23FMB]\|)*', tpl)[0]
    return 'f' if 'F|' in head else 'm' if 'M|' in head else None


def template_needs_birth_name(tpl):
    return 'B|' in re.match(r'(?:[23FMB]\|)*', tpl)[0]


class Seg:
    def __init__(self, c, ev_date, body):
        self.c = c
        self.ev = ev_date
        self.people = {}
        self.dates = {}
        markers = {}
        for m in SLOT.finditer(body):
            k = m[1]
            if '=' in k:
                who, what = k.split('=')
                markers.setdefault(who, set()).add(what)
        self.markers = markers
        self.others_used = set()

    def person(self, key):
        if key in self.people:
            return self.people[key]
        mk = self.markers.get(key, set())
        g = 'm' if 'm' in mk else 'f' if 'f' in mk else None
        c = self.c
        if key.startswith('S'):
            p = Person(wpick(STAFF_ORIGINS), g)
        else:
            o = c.cust.origin if R.random() < 0.55 else wpick(CUST_ORIGINS)
            if 'fam' in mk:
                gg = g or R.choice('mf')
                base = c.cust.birth_name if (c.cust.birth_name and 'birth' in mk) else c.cust.surname
                if c.cust.gender == 'f' and c.cust.origin in ('tj11', 'tt11', 'dag11') and base.endswith('a') and gg == 'm':
                    base = base[:-1]
                elif c.cust.gender == 'm' and gg == 'f':
                    base = fem_surname(c.cust.origin, base)
                p = Person(c.cust.origin, gg, surname=base)
            else:
                p = Person(o, g)
        self.people[key] = p
        return p

    def date(self, key):
        if key in self.dates:
            return self.dates[key]
        if key == 'dp':
            d = self.ev - datetime.timedelta(days=R.randrange(2, 120))
        else:
            prev = [self.dates[k] for k in sorted(self.dates) if k.startswith('d') and k != 'dp' and k < key]
            base = max(prev) if prev else self.ev
            d = base + datetime.timedelta(days=R.randrange(1, 30))
        self.dates[key] = d
        return d

    def value(self, k):
        """returns (text, kind or None)"""
        c = self.c
        cust = c.cust
        gi = 0 if cust.gender == 'm' else 1
        if '=' in k:
            return '', None
        if k in G:
            return G[k][gi], None
        if k == 'C':
            return cust.form(), 'customerName'
        if k == 'Cf':
            return cust.full(), 'customerName'
        if k == 'Cs':
            return cust.surname, 'customerName'
        if k == 'Cg':
            return cust.given, 'customerName'
        if k == 'Cb':
            return (cust.birth_name or cust.surname), 'customerName'
        if k == 'Cx':
            parts = re.split(r'(-)', cust.surname)
            idx = [i for i, x in enumerate(parts) if x in NAMES['typos']]
            if idx:
                i = R.choice(idx)
                parts[i] = R.choice(NAMES['typos'][parts[i]])
                bad = ''.join(parts)
            else:
                bad = cust.surname.replace('-', ' ') if '-' in cust.surname else cust.surname.upper()
            return (bad + ', ' + cust.given) if R.random() < 0.5 else (cust.given + ' ' + bad), 'customerName'
        if k == 'Cp':
            return cust.surname.upper() + ' ' + cust.given.upper() if R.random() < 0.5 else cust.surname.upper() + ' ' + cust.given, 'customerName'
        m = re.fullmatch(r'(CW|TL|[TS]\d)(f|s|g|hr|hrn|er|Er|ihm|sein|ihn)?', k)
        if m:
            who, f = m[1], m[2]
            if who == 'CW':
                p = c.cw
            elif who == 'TL':
                p = c.tl
            else:
                p = self.person(who)
            kind = 'staffName' if who in ('CW', 'TL') or who.startswith('S') else 'thirdPersonName'
            pg = 0 if p.gender == 'm' else 1
            if f in G:
                return G[f][pg], None
            if f == 'f':
                return p.full(), kind
            if f == 's':
                return p.surname, kind
            if f == 'g':
                return p.given, kind
            return p.form(), kind
        if re.fullmatch(r'd[1-4p]', k):
            return fmt_date(self.date(k)), 'date'
        if k == 'bd':
            return fmt_date(c.birth, True), 'birthDate'
        if k == 'bdk':
            return fmt_date(rand_date(datetime.date(2008, 1, 1), datetime.date(2024, 12, 31)), True), 'birthDate'
        if k == 'bdn':
            return fmt_date(rand_date(datetime.date(2024, 6, 1), min(self.ev, datetime.date(2025, 10, 31))), True), 'birthDate'
        if k == 'bdy':
            return fmt_date(rand_date(datetime.date(2006, 1, 1), datetime.date(2008, 6, 30)), True), 'birthDate'
        if k == 'bds':
            return fmt_date(rand_date(datetime.date(2018, 7, 1), datetime.date(2019, 6, 30)), True), 'birthDate'
        if k == 'bdkita':
            return fmt_date(rand_date(datetime.date(2020, 1, 1), datetime.date(2023, 6, 30)), True), 'birthDate'
        if k == 'bdo':
            return fmt_date(rand_date(datetime.date(1940, 1, 1), datetime.date(2000, 12, 31)), True), 'birthDate'
        if k == 'tel':
            return c.phone, 'phone'
        if k == 'telT':
            return (make_phone(c.rd) if R.random() < 0.85 else foreign_phone(cust.origin)), 'phone'
        if k == 'telS':
            a = R.choice(AREA[c.rd])
            return R.choice([a + ' ' + str(R.randrange(100, 999)) + '-' + str(R.randrange(100, 999)),
                             a + '/' + str(R.randrange(100, 999)) + '-' + str(R.randrange(10, 99)),
                             '+49 ' + a[1:] + ' ' + str(R.randrange(1000, 9999)) + '-' + str(R.randrange(100, 999))]), 'phone'
        if k == 'telD':
            return dict_phone(c.rd), 'phone'
        if k == 'mail':
            return fmt_mail(c.mail_local, c.mail_dom), 'email'
        if k == 'mailD':
            return dict_mail(c.mail_local, c.mail_dom), 'email'
        if k in ('mailT', 'mailS'):
            if k == 'mailS':
                p = Person(wpick(STAFF_ORIGINS))
                return fmt_mail(mail_local(p), c.staff_dom), 'email'
            p = self.person('T1')
            return fmt_mail(mail_local(p), R.choice(PROVIDERS)), 'email'
        if k == 'iban':
            return fmt_iban(c.iban), 'iban'
        if k == 'ibanT':
            return fmt_iban(make_iban('DE' if R.random() < 0.8 else R.choice(['AT', 'NL', 'LU', 'BE']))), 'iban'
        if k == 'stid':
            return fmt_stid(c.stid), 'taxId'
        if k == 'stidT':
            return fmt_stid(make_stid()), 'taxId'
        if k == 'rv':
            return fmt_rv(c.rv), 'pensionNumber'
        if k == 'rvT':
            p = self.people.get('T1') or Person(wpick(CUST_ORIGINS))
            b = rand_date(datetime.date(1950, 1, 1), datetime.date(2004, 12, 31))
            return fmt_rv(make_rv(b, p.surname[0], p.gender)), 'pensionNumber'
        if k == 'ida':
            return fmt_ida(c.ida), 'idCard'
        if k == 'idaT':
            return fmt_ida(make_ida(R.choice([None, 'pass']))), 'idCard'
        if k == 'idaP':
            return fmt_ida(make_ida('pass')), 'idCard'
        if k == 'kfz':
            code = c.town[2] if R.random() < 0.7 else R.choice(POOLS['towns'])[2]
            return make_plate(code), 'licensePlate'
        if k == 'knr':
            return fmt_knr(c.knr), 'customerNumber'
        if k == 'knrD':
            return spell_knr(c.knr), 'customerNumber'
        if k == 'knrO':
            return fmt_knr(c.office[:3] + 'D' + '%06d' % R.randrange(0, 10 ** 6)), 'customerNumber'
        if k == 'bg':
            return fmt_bg(c.bgnr), 'householdNumber'
        if k == 'bgO':
            return fmt_bg(c.office + 'BG' + '%07d' % R.randrange(0, 10 ** 7)), 'householdNumber'
        if k == 'adr':
            return fmt_addr(c.street, c.town), 'address'
        if k == 'adrS':
            return c.street, 'address'
        if k == 'adrO':
            t = c.town if R.random() < 0.5 else R.choice(POOLS['towns'])
            return fmt_addr(make_street(), t), 'address'
        if k == 'adrF':
            lst = POOLS['foreignAddresses'].get(cust.origin) or POOLS['foreignAddresses']['sc11']
            return R.choice(lst), 'address'
        if k == 'firm':
            return make_company(c.town), 'company'
        if k.startswith('firm:'):
            return make_company(c.town, k.split(':')[1]), 'company'
        if k.startswith('inst'):
            sub = k.split(':')[1] if ':' in k else None
            t = c.town if R.random() < 0.7 else R.choice(POOLS['towns'])
            return make_inst(sub, t), 'institution'
        if k.startswith('body'):
            sub = k.split(':')[1] if ':' in k else None
            lst = [b for b in POOLS['namedBodies'] if sub is None or body_kind(b) == sub]
            assert lst, k
            return R.choice(lst), 'institution'
        if k == 'kons':
            return POOLS['consulates'].get(cust.origin, 'Botschaft der Republik Tadschikistan'), 'institution'
        raise KeyError(k)


# per-kind targets for the deficit-weighted draw after every template has been used once
TARGET = {'address': 150, 'birthDate': 75, 'company': 190, 'customerName': 230, 'customerNumber': 42, 'date': 400,
          'email': 80, 'householdNumber': 34, 'iban': 60, 'idCard': 45, 'institution': 165, 'licensePlate': 45,
          'pensionNumber': 35, 'phone': 140, 'staffName': 160, 'taxId': 34, 'thirdPersonName': 380}


def static_kind(k):
    if '=' in k or k in G:
        return None
    if k in ('C', 'Cf', 'Cs', 'Cg', 'Cb', 'Cx', 'Cp'):
        return 'customerName'
    m = re.fullmatch(r'(CW|TL|[TS]\d)(f|s|g|hr|hrn|er|Er|ihm|sein|ihn)?', k)
    if m:
        if m[2] in G:
            return None
        return 'staffName' if m[1] in ('CW', 'TL') or m[1].startswith('S') else 'thirdPersonName'
    if re.fullmatch(r'd[1-4p]', k):
        return 'date'
    if k.startswith('bd'):
        return 'birthDate'
    pre = {'tel': 'phone', 'mail': 'email', 'iban': 'iban', 'stid': 'taxId', 'rv': 'pensionNumber', 'ida': 'idCard',
           'kfz': 'licensePlate', 'knr': 'customerNumber', 'bg': 'householdNumber', 'adr': 'address', 'firm': 'company',
           'inst': 'institution', 'body': 'institution', 'kons': 'institution'}
    for p_, kind in pre.items():
        if k.startswith(p_):
            return kind
    raise KeyError(k)


def render(c, ev_date, tpl):
    body = template_domain(tpl)[1]
    seg = Seg(c, ev_date, body)
    out, spans, pos = [], [], 0
    last = 0
    for m in SLOT.finditer(body):
        lit = body[last:m.start()]
        out.append(lit)
        pos += len(lit)
        text, kind = seg.value(m[1])
        out.append(text)
        if kind and text:
            spans.append([pos, pos + len(text), kind])
        pos += len(text)
        last = m.end()
    out.append(body[last:])
    s = ''.join(out)
    # remove doubled blanks left by empty markers
    return s, spans


def fix_markers(s, spans):
    # markers print '' – collapse a blank run of 2 created by them only where no span is affected
    return s, spans


JOINERS = ['\n', '\n\n', ' ', '\nNachtrag: ', '\n-- ', '\n(Folgetag) ', '\n* ', '\nVertretung: ',
           '\n>> ', ' // ', '\nspäter: ', '\nP.S. ']


def main():
    self_check()
    tpl_dom = [template_domain(t)[0] for t in TEMPLATES]
    tpl_gen = [template_gender(t) for t in TEMPLATES]
    tpl_bn = [template_needs_birth_name(t) for t in TEMPLATES]
    tpl_kinds = [[static_kind(m[1]) for m in SLOT.finditer(t) if static_kind(m[1])] for t in TEMPLATES]
    assert len(set(TEMPLATES)) == len(TEMPLATES), 'duplicate template'
    n_sgb2 = 120
    recs, truth = [], []
    use = collections.Counter()
    order = list(range(len(TEMPLATES)))
    R.shuffle(order)
    pending = collections.deque(order)
    kindc = collections.Counter()
    for ri in range(160):
        sgb2 = ri % 4 != 3
        c = build_record(ri, sgb2)
        notes = []
        for ei, evd in enumerate(c.dates):
            def ok(i):
                d = tpl_dom[i]
                g = tpl_gen[i]
                return (d is None or (d == '2') == sgb2) and (g is None or g == c.cust.gender) and \
                    (not tpl_bn[i] or c.cust.birth_name is not None)
            nseg = 2 if R.random() < 0.05 else 1
            chosen = []
            for _ in range(nseg):
                pick = None
                for _ in range(len(pending)):
                    i = pending.popleft()
                    if ok(i) and i not in chosen:
                        pick = i
                        break
                    pending.append(i)
                if pick is None:
                    cands = [i for i in range(len(TEMPLATES)) if ok(i) and i not in chosen and use[i] < 10]
                    ws = []
                    for i in cands:
                        deficit = sum(max(0.0, (TARGET[k] - kindc[k]) / TARGET[k]) for k in tpl_kinds[i])
                        ws.append((0.05 + deficit) / (1 + use[i]) ** 2)
                    pick = R.choices(cands, ws)[0]
                chosen.append(pick)
            text, spans = '', []
            for j, i in enumerate(chosen):
                use[i] += 1
                s, sp = render(c, evd, TEMPLATES[i])
                if R.random() < 0.025:
                    s = s.lower()
                if j:
                    jn = R.choice(JOINERS)
                    text += jn
                off = len(text)
                text += s
                spans += [[a + off, b + off, k] for a, b, k in sp]
            notes.append(text)
            for a, b, k in spans:
                truth.append({'record': ri, 'event': ei, 'start': a, 'end': b, 'kind': k, 'value': text[a:b]})
                kindc[k] += 1
        recs.append(record_json(c, notes))
    assert all(use[i] > 0 for i in range(len(TEMPLATES))), [TEMPLATES[i][:60] for i in range(len(TEMPLATES)) if not use[i]]
    with open(os.path.join(HERE, 'heldout11.jsonl'), 'w', encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout11.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    verify(len(TEMPLATES))
    words = collections.Counter()
    evs_no = 0
    bykey = collections.defaultdict(list)
    for t in truth:
        bykey[(t['record'], t['event'])].append(t)
    for ri, r in enumerate(recs):
        for ei, e in enumerate(r['events']):
            sp = bykey[(ri, ei)]
            if not sp:
                evs_no += 1
            n = e['note']
            mask = list(n)
            for t in sp:
                for x in range(t['start'], t['end']):
                    mask[x] = ' '
            for w in re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', ''.join(mask)):
                words[w] += 1
    counts = {'heldout11': {'records': len(recs), 'recordsSGB2': sum(1 for r in recs if r['legalDomain'] == 'SGB2'),
                            'events': sum(len(r['events']) for r in recs), 'spans': len(truth),
                            'templates': len(TEMPLATES), 'templatesUsed': sum(1 for i in use if use[i]),
                            'templatesWithoutSlots': sum(1 for t in TEMPLATES if not SLOT.search(t)),
                            'eventsWithoutSpan': evs_no, 'wordTokensOutsideSpans': sum(words.values()),
                            'distinctWordTokensOutsideSpans': len(words), 'maxUsesOfOneTemplate': max(use.values()),
                            'perKind': dict(sorted(kindc.items())),
                            'namePools': {o: {g: len(v) for g, v in d.items()} for o, d in ORIG.items()},
                            'ownPools': {k: len(v) for k, v in POOLS.items()}}}
    with open(os.path.join(HERE, 'counts-heldout11.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts['heldout11']['perKind'], ensure_ascii=False), len(truth))


def verify(ntpl):
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'heldout11.jsonl'), encoding='utf-8')]
    truth = [json.loads(l) for l in open(os.path.join(HERE, 'heldout11.truth.jsonl'), encoding='utf-8')]
    assert len(recs) == 160 and sum(1 for r in recs if r['legalDomain'] == 'SGB2') == 120
    for r in recs:
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and 'agency' not in r and r['householdNumber'].startswith(r['jobCentre']['id'])
            assert re.fullmatch(r'\d{5}BG\d{7}', r['householdNumber'])
            assert r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'agency' in r and 'jobCentre' not in r and 'householdNumber' not in r
            assert r['customerNumber'][:3] == r['agency']['id']
        assert re.fullmatch(r'\d{3}D\d{6}', r['customerNumber'])
        cu = r['customer']
        assert iban_valid(cu['iban']) and stid_valid(cu['taxId']) and rv_valid(cu['pensionInsuranceNumber'])
        assert cu['pensionInsuranceNumber'][2:8] == datetime.date.fromisoformat(cu['birthDate']).strftime('%d%m%y')
        serial = int(cu['pensionInsuranceNumber'][9:11])
        assert (serial < 50) == (cu['gender'] == 'm')
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    by = collections.defaultdict(list)
    for t in truth:
        n = recs[t['record']]['events'][t['event']]['note']
        v = t['value']
        assert n[t['start']:t['end']] == v and v and v == v.strip(), t
        by[(t['record'], t['event'])].append(t)
        plain = re.sub(r'[\s.\-/_]', '', v)
        if t['kind'] == 'iban':
            assert iban_valid(v), v
        elif t['kind'] == 'taxId':
            assert stid_valid(v), v
        elif t['kind'] == 'pensionNumber':
            assert rv_valid(v), v
        elif t['kind'] == 'idCard':
            assert ida_valid(v), v
        elif t['kind'] == 'customerNumber' and ' wie ' not in v:
            assert re.fullmatch(r'\d{3}[Dd]\d{6}', plain), v
        elif t['kind'] == 'householdNumber':
            assert re.fullmatch(r'\d{5}(BG|bg)\d{7}', plain), v
    for key, ts in by.items():
        ts.sort(key=lambda t: t['start'])
        n = recs[key[0]]['events'][key[1]]['note']
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (a, b)
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                assert n[a['end']:b['start']].strip() != '', (a, b)


if __name__ == '__main__':
    main()
