#!/usr/bin/env python3
"""Generator of the held-out split heldout13 (German case-worker notes with planted personal data).

Python 3 stdlib only, deterministic (seed '20261207-13').  Reads names-heldout13.json, own13.py and templates13.py
from its own folder; writes heldout13.jsonl, heldout13.truth.jsonl, counts-heldout13.json and run-heldout13.log.

Template syntax (templates13.py):
  prefix flags  '@2 ' SGB II only, '@3 ' SGB III only, '@m ' / '@f ' customer of that gender only, '@b ' customer with a birth name,
                '@o ' OCR noise on the literal text (combinable: '@2@f ').
  {SLOT}        a planted value (or an unplanted filler, see FILLERS); '{{' / '}}' are literal braces.
  [a|b]         'a' for a male customer, 'b' for a female one;  [P:a|b] the same for person P (S1, T2, R1 …).
  Person slots  C (customer), S1…S9 (staff), T1…T9 (third persons), R1…R9 (relatives: customer's surname),
                optionally with m / f after the letter+digit for a fixed gender (S1f, T2m), and a form after a dot:
                full, sur, given, rev (Sur, Given), REV (SUR, Given), caps (GIVEN SUR), ini (G.S.), gsur (G. Sur),
                surg (Sur G.), lc (given sur), low (sur lower case), birth (customer birth name), gbirth (given + birth name),
                any (default).
  Value slots   D / D:fmt (date; the dates of one template run forward), BD / BD:fmt (customer birth date), BDc (child), BDs (school child),
                BDx (another adult), PH (customer phone), PH:P (phone of person P), PHm, PHl, PHf (foreign), PHd
                (dictated), EM (customer e-mail), EM:P, EMo (obfuscated / dictated customer e-mail), EMco (company
                mailbox), IBAN, IBANo (another German account), IBANx (foreign), TAX, RV, KDNR, KDNRx, BG, BGx, ID,
                PASS, KFZ, ADR (customer address), ADRx (another German address), ADRf (foreign address), STR
                (customer street only), CO, COb, COo, COn, COf, COz (temp agency), COp / COd (sale / delivery platform), INST, INST:=Type (that type + town), INSTn,
                INSTn:cat (kk rv ka wf ko ge), INSTs, INSTc, INSTk.
  Fillers       TOWN (a bare town, not planted), EUR (an amount), UHR (a time), NR (a small number).
"""
import collections, datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own13 as O  # noqa: E402
from templates13 import TEMPLATES  # noqa: E402

SEED = '20261207-13'
N_REC, N_SGB2, N_EV = 160, 120, 5
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber',
         'iban', 'idCard', 'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId',
         'thirdPersonName']
NAMES = json.load(open(os.path.join(HERE, 'names-heldout13.json'), encoding='utf-8'))
POOLS = NAMES['pools']
POPS = list(NAMES['s'])
CUST_W = {'de13': 16, 'rw13': 11, 'ea13': 10, 'zw13': 10, 'id13': 10, 'jp13': 9, 'ct13': 12, 'mk13': 11, 've13': 11}
STAFF_W = {'de13': 50, 'rw13': 5, 'ea13': 5, 'zw13': 6, 'id13': 6, 'jp13': 5, 'ct13': 8, 'mk13': 9, 've13': 6}
NAT = {'de13': ['DE'], 'rw13': ['RW', 'BI'], 'ea13': ['KE', 'UG'], 'zw13': ['ZW', 'ZM'], 'id13': ['ID'], 'jp13': ['JP'],
       'ct13': ['UA', 'MD', 'BG'], 'mk13': ['MK', 'BG'], 've13': ['VE', 'CO']}
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MON_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']
WEEKDAYS = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']
DIGIT_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']

# ------------------------------------------------------------------------------------------------ check digits


def iban_check(country, bban):
    s = bban + country + '00'
    n = int(''.join(str(int(c, 36)) for c in s))
    return '%02d' % (98 - n % 97)


def iban(country, bban):
    return country + iban_check(country, bban) + bban


def iban_ok(v):
    v = re.sub(r'[\s.\-/]', '', v).upper()
    s = v[4:] + v[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def taxid_ok(v):
    v = re.sub(r'[\s./\-]', '', v)
    if not re.fullmatch(r'[1-9]\d{10}', v):
        return False
    cnt = collections.Counter(v[:10])
    if not (sorted(cnt.values(), reverse=True)[0] in (2, 3) and sum(1 for x in cnt.values() if x > 1) == 1):
        return False
    return taxid_check(v[:10]) == int(v[10])


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(area, ddmmyy, letter, serial):
    digits = area + ddmmyy + '%02d' % (ord(letter.upper()) - 64) + serial
    return sum(sum(map(int, str(int(d) * w))) for d, w in zip(digits, RV_W)) % 10


def rv_ok(v):
    v = re.sub(r'[\s./\-]', '', v).upper()
    m = re.fullmatch(r'(\d{2})(\d{6})([A-Z])(\d{2})(\d)', v)
    return bool(m) and rv_check(m.group(1), m.group(2), m.group(3), m.group(4)) == int(m.group(5))


def c731(s):
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    return sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s.upper())) % 10


def idcard_ok(v):
    v = re.sub(r'[\s\-]', '', v).upper()
    return len(v) == 10 and c731(v[:9]) == int(v[9])


def pl_bank(rng):
    b = '%07d' % rng.randrange(10 ** 6, 10 ** 7)
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(d) * x for d, x in zip(b, w))
    return b + str((10 - s % 10) % 10)


def self_test():
    assert iban_ok('DE89370400440532013000') and iban_ok('GB82WEST12345698765432')
    assert iban('DE', '370400440532013000') == 'DE89370400440532013000'
    assert taxid_ok('86095742719') and taxid_ok('47036892816') and not taxid_ok('86095742718')
    assert rv_ok('15 070649 C 103') and not rv_ok('15 070649 C 104')
    assert idcard_ok('T220001293') and not idcard_ok('T220001294')
    assert pl_bank(random.Random(1))[:7].isdigit()


# ------------------------------------------------------------------------------------------------ persons


class Person:
    def __init__(self, given, sur, gender, origin, birth=None, base=None):
        self.given, self.sur, self.gender, self.origin, self.birth = given, sur, gender, origin, birth
        self.base = base or sur


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.used_tax, self.used_id = set(), set()
        self.villages = collections.defaultdict(list)
        town = {t[0]: t for t in O.TOWNS}
        for v, parent in POOLS['villages']:
            p = town[parent]
            self.villages[p[4]].append((v, p[1], p[2], p[3], p[4]))
        for t in POOLS['towns']:
            self.villages[t[4]].append(tuple(t))
        self.all_places = [p for v in self.villages.values() for p in v]

    def pick(self, lst):
        return self.r.choice(lst)

    def origin(self, weights):
        ks = list(weights)
        return self.r.choices(ks, [weights[k] for k in ks])[0]

    def given(self, origin, gender):
        lst = NAMES[gender][origin]
        if not lst or self.r.random() < 0.05:
            lst = NAMES[gender][self.pick([p for p in POPS if NAMES[gender][p]])]
        return self.pick(lst)

    def surname(self, origin, gender=None, base=False):
        s = self.pick(NAMES['s'][origin])
        if self.r.random() < 0.04:
            s2 = self.pick(NAMES['s'][origin])
            if s2 != s and '-' not in s + s2 and ' ' not in s + s2:
                s = s + '-' + s2
        return s if base else self.fem(s, gender, origin)

    @staticmethod
    def fem(s, gender, origin):
        if gender == 'f' and origin == 'ct13' and re.search(r'(ow|ew|in)$', s):
            return s + 'a'
        if gender == 'f' and origin == 'mk13' and s.endswith('ski'):
            return s[:-1] + 'a'
        return s

    def person(self, origin=None, gender=None, weights=STAFF_W):
        origin = origin or self.origin(weights)
        gender = gender or self.pick('mf')
        return Person(self.given(origin, gender), self.surname(origin, gender), gender, origin)

    # ----------------------------------------------------------- identifiers
    def taxid(self):
        while True:
            digits = list('0123456789')
            self.r.shuffle(digits)
            first = [d for d in digits if d != '0'][0]
            rest = [d for d in digits if d != first]
            body = [first] + rest[:8]
            dup = self.pick(body)
            pos = self.r.randrange(1, 10)
            body = body[:pos] + [dup] + body[pos:]
            body = body[:10]
            cnt = collections.Counter(body)
            if body[0] == '0' or sum(1 for x in cnt.values() if x > 1) != 1 or max(cnt.values()) not in (2, 3):
                continue
            v = ''.join(body) + str(taxid_check(''.join(body)))
            if v not in self.used_tax:
                self.used_tax.add(v)
                return v

    def rvnr(self, bdate, birth_letter, gender):
        area = self.pick(['02', '04', '08', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
                          '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47',
                          '48', '49', '50', '52', '53', '55', '56', '57', '58', '59', '60', '61', '63', '64', '65'])
        serial = '%02d' % (self.r.randrange(0, 50) if gender == 'm' else self.r.randrange(50, 100))
        ddmmyy = bdate.strftime('%d%m%y')
        letter = unicodedata.normalize('NFD', birth_letter)[0].upper()
        if not 'A' <= letter <= 'Z':
            letter = 'X'
        return area + ddmmyy + letter + serial + str(rv_check(area, ddmmyy, letter, serial))

    def idcard(self, passport=False):
        alpha = 'CFGHJKLMNPRTVWXYZ'
        while True:
            first = self.pick('CFGHJK' if passport else 'LMNPRTVWXY')
            body = first + ''.join(self.pick(alpha + '0123456789' * 2) for _ in range(8))
            v = body + str(c731(body))
            if v not in self.used_id:
                self.used_id.add(v)
                return v

    def de_iban(self):
        blz = self.pick(['370', '440', '460', '360', '590', '570', '544', '550', '800', '820', '810', '860', '480',
                         '400', '510', '545']) + '%05d' % self.r.randrange(100000)
        return iban('DE', blz + '%010d' % self.r.randrange(10 ** 9, 10 ** 10))

    def foreign_iban(self):
        c = self.pick(['PL', 'RO', 'BG', 'GR', 'UA', 'TR', 'NL', 'AT', 'LT'])
        dg = lambda n: ''.join(self.pick('0123456789') for _ in range(n))
        up = lambda n: ''.join(self.pick('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(n))
        if c == 'PL':
            b = pl_bank(self.r) + dg(16)
        elif c == 'RO':
            b = self.pick(['BTRL', 'RNCB', 'BRDE', 'INGB', 'RZBR']) + dg(16)
        elif c == 'BG':
            b = self.pick(['UNCR', 'STSA', 'FINV', 'BPBI']) + dg(4) + dg(2) + dg(8)
        elif c == 'GR':
            b = self.pick(['011', '017', '026', '014']) + dg(4) + dg(16)
        elif c == 'UA':
            b = dg(6) + '0000' + dg(15)
        elif c == 'TR':
            b = dg(5) + '0' + dg(16)
        elif c == 'NL':
            b = self.pick(['INGB', 'RABO', 'ABNA', 'SNSB']) + dg(10)
        elif c == 'AT':
            b = dg(5) + dg(11)
        else:
            b = dg(5) + dg(11)
        return iban(c, b)

    def plate(self, code):
        letters = ''.join(self.pick('ABCDEFGHIJKLMNPRSTUVWXYZ') for _ in range(self.r.choice([1, 2, 2])))
        return code, letters, str(self.r.randrange(1, 9999))

    def street(self):
        if self.r.random() < 0.22:
            s = self.pick(POOLS['fixedStreets'])
        else:
            s = self.pick(POOLS['streetBases']) + self.pick(O.STREET_SUFFIXES)
        no = str(self.r.randrange(1, 140))
        x = self.r.random()
        if x < 0.12:
            no += self.pick('abcd')
        elif x < 0.17:
            no += ' ' + self.pick('ab')
        elif x < 0.21:
            no = '%s-%s' % (no, int(no) + 2)
        return s, no


# ------------------------------------------------------------------------------------------------ formatting


def fmt_date(d, style, r):
    if style == 'num':
        return d.strftime('%d.%m.%Y')
    if style == 'short':
        return '%d.%d.%s' % (d.day, d.month, d.strftime('%y'))
    if style == 'nozero':
        return '%d.%d.%d' % (d.day, d.month, d.year)
    if style == 'noyear':
        return r.choice(['%02d.%02d.' % (d.day, d.month), '%d.%d.' % (d.day, d.month)])
    if style == 'words':
        return '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if style == 'wordsny':
        return '%d. %s' % (d.day, MONTHS[d.month - 1])
    if style == 'abbr':
        return '%d. %s %d' % (d.day, MON_ABBR[d.month - 1], d.year)
    if style == 'iso':
        return d.isoformat()
    if style == 'roman':
        return '%d.%s.%d' % (d.day, ROMAN[d.month - 1], d.year)
    if style == 'slash':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if style == 'yy':
        return d.strftime('%d.%m.%y')
    if style == 'us':
        return '%s %d, %d' % (['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                               'October', 'November', 'December'][d.month - 1], d.day, d.year)
    if style == 'dash':
        return '%02d-%02d-%d' % (d.day, d.month, d.year)
    if style == 'compact':
        return d.strftime('%d%m%Y')
    if style == 'blank':
        return '%02d. %02d. %d' % (d.day, d.month, d.year)
    raise ValueError(style)


DATE_STYLES = ['num'] * 9 + ['short'] * 3 + ['nozero'] * 2 + ['noyear'] * 3 + ['words'] * 2 + ['wordsny', 'abbr', 'iso',
               'roman', 'slash', 'yy', 'yy', 'dash', 'blank']
BD_STYLES = ['num'] * 8 + ['short', 'nozero', 'words', 'iso', 'roman', 'slash', 'compact', 'dash', 'yy', 'blank']


def fmt_mobile(num, r, style=None):
    # num like '0171', '2345678'
    pre, rest = num
    style = style if style is not None else r.randrange(11)
    p = pre[1:]
    if style == 0:
        return pre + ' ' + rest
    if style == 1:
        return pre + '/' + rest
    if style == 2:
        return '+49 ' + p + ' ' + rest
    if style == 3:
        return pre + rest
    if style == 4:
        return pre + '-' + rest
    if style == 5:
        return '0' + p[:2] + ' ' + p[2:] + rest[:2] + ' ' + rest[2:5] + ' ' + rest[5:]
    if style == 6:
        return '+49 (0) ' + p + ' ' + rest[:3] + ' ' + rest[3:]
    if style == 7:
        return '+49-' + p + '-' + rest
    if style == 8:
        return pre + ' ' + ' '.join(rest[i:i + 2] for i in range(0, len(rest), 2))
    if style == 9:
        return '0049 ' + p + ' ' + rest
    return '(' + pre + ') ' + rest


def fmt_land(area, rest, r, style=None):
    style = style if style is not None else r.randrange(9)
    if style == 0:
        return area + ' ' + rest
    if style == 1:
        return area + '/' + rest
    if style == 2:
        return '(' + area + ') ' + rest
    if style == 3:
        return '+49 ' + area[1:] + ' ' + rest
    if style == 4:
        return area + '-' + rest
    if style == 5:
        return area + ' / ' + ' '.join(rest[i:i + 2] for i in range(0, len(rest), 2))
    if style == 6:
        return area + ' ' + rest[:-2] + '-' + rest[-2:]
    if style == 7:
        return '+49 (0)' + area[1:] + ' ' + rest
    return area + rest


def fmt_iban(v, r):
    x = r.randrange(10)
    if x < 4:
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    if x < 6:
        return v
    if x == 6:
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)).lower()
    if x == 7:
        return v[:2] + ' ' + v[2:4] + ' ' + ' '.join(v[i:i + 4] for i in range(4, len(v), 4))
    if x == 8:
        return '-'.join(v[i:i + 4] for i in range(0, len(v), 4))
    return ' '.join(v[i:i + 4] for i in range(0, len(v), 4)).replace(' ', '  ', 1)


def fmt_tax(v, r):
    x = r.randrange(6)
    return [v, v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:], v[:3] + ' ' + v[3:6] + ' ' + v[6:9] + ' ' + v[9:],
            v[:2] + '.' + v[2:5] + '.' + v[5:8] + '.' + v[8:], v[:4] + ' ' + v[4:8] + ' ' + v[8:],
            v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:]][x]


def fmt_rv(v, r):
    x = r.randrange(7)
    a, b, c, d = v[:2], v[2:8], v[8], v[9:]
    return [v, a + ' ' + b + ' ' + c + ' ' + d, a + ' ' + b + ' ' + c + d, a + b + ' ' + c + ' ' + d,
            (a + ' ' + b + ' ' + c + ' ' + d).lower(), a + ' ' + b[:2] + ' ' + b[2:4] + ' ' + b[4:] + ' ' + c + ' ' + d,
            a + '-' + b + '-' + c + '-' + d][x]


def fmt_kdnr(v, r):
    x = r.randrange(7)
    return [v, v[:4] + ' ' + v[4:], v[:3] + ' ' + v[3] + ' ' + v[4:], v[:3] + '-' + v[3] + '-' + v[4:], v.lower(),
            v[:4] + ' ' + v[4:7] + ' ' + v[7:], v[:3] + ' ' + v[3:]][x]


def fmt_bg(v, r):
    x = r.randrange(6)
    return [v, v[:5] + ' ' + v[5:7] + ' ' + v[7:], v[:5] + v[5:7] + ' ' + v[7:], v[:5] + '-' + v[5:7] + '-' + v[7:],
            v.lower(), v[:5] + ' BG ' + v[7:10] + ' ' + v[10:]][x]


def fmt_id(v, r):
    x = r.randrange(6)
    return [v, v[:9] + ' ' + v[9], v[:9] + '-' + v[9], v[:4] + ' ' + v[4:9] + ' ' + v[9], v.lower(),
            v[:3] + ' ' + v[3:6] + ' ' + v[6:9] + ' ' + v[9]][x]


def fmt_plate(p, r):
    code, letters, num = p
    x = r.randrange(8)
    return [code + '-' + letters + ' ' + num, code + ' ' + letters + ' ' + num, code + '-' + letters + num,
            code + '-' + letters + '-' + num, code + letters + num, (code + '-' + letters + ' ' + num).lower(),
            code + '-' + letters + ' ' + num + ('E' if len(num) < 4 else ''), code + ' - ' + letters + ' ' + num][x]


def dictate_digits(s):
    return ', '.join(' '.join(DIGIT_WORDS[int(c)] for c in grp) for grp in re.findall(r'\d{1,3}', s))


def slug(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return re.sub(r'[^a-z0-9]+', '', s)


# ------------------------------------------------------------------------------------------------ records

OFFICES = {
    'NRW': (['Jobcenter Kreis Olpe', 'Jobcenter Hochsauerlandkreis', 'Jobcenter Kreis Siegen-Wittgenstein',
             'Jobcenter Kreis Borken', 'Jobcenter Kreis Steinfurt', 'Jobcenter Kreis Coesfeld', 'Jobcenter Kreis Warendorf',
             'Jobcenter Lippe', 'Jobcenter Kreis Höxter', 'Jobcenter Kreis Euskirchen', 'Jobcenter StädteRegion Aachen',
             'Jobcenter Oberbergischer Kreis'],
            ['Agentur für Arbeit Meschede-Soest', 'Agentur für Arbeit Siegen', 'Agentur für Arbeit Coesfeld',
             'Agentur für Arbeit Detmold', 'Agentur für Arbeit Paderborn', 'Agentur für Arbeit Aachen-Düren']),
    'RPS': (['Jobcenter Rhein-Hunsrück-Kreis', 'Jobcenter Vulkaneifel', 'Jobcenter Cochem-Zell', 'Jobcenter Westerwaldkreis',
             'Jobcenter Landkreis Altenkirchen', 'Jobcenter Rhein-Lahn', 'Jobcenter Donnersbergkreis',
             'Jobcenter Landkreis Merzig-Wadern', 'Jobcenter Landkreis St. Wendel', 'Jobcenter Saarpfalz-Kreis'],
            ['Agentur für Arbeit Koblenz-Mayen', 'Agentur für Arbeit Montabaur', 'Agentur für Arbeit Trier',
             'Agentur für Arbeit Saarland', 'Agentur für Arbeit Kaiserslautern-Pirmasens']),
    'SAT': (['Jobcenter Altmarkkreis Salzwedel', 'Jobcenter Landkreis Stendal', 'Jobcenter Jerichower Land',
             'Jobcenter Landkreis Wittenberg', 'Jobcenter Burgenlandkreis', 'Jobcenter Saalekreis',
             'Jobcenter Landkreis Hildburghausen', 'Jobcenter Schmalkalden-Meiningen', 'Jobcenter Wartburgkreis',
             'Jobcenter Landkreis Gotha', 'Jobcenter Eichsfeld', 'Jobcenter Landkreis Nordhausen'],
            ['Agentur für Arbeit Stendal', 'Agentur für Arbeit Dessau-Roßlau-Wittenberg', 'Agentur für Arbeit Halle',
             'Agentur für Arbeit Suhl', 'Agentur für Arbeit Gotha', 'Agentur für Arbeit Nordhausen']),
}
GROUPS2 = ['general'] * 3 + ['longTermUnemployed'] * 4 + ['youngAdults'] * 3 + ['olderWorkers'] * 3 + \
          ['singleParents'] * 3 + ['returners'] * 2 + ['disabledPersons'] * 3 + ['refugees'] * 3
GROUPS3 = ['general'] * 4 + ['olderWorkers'] * 3 + ['returners'] * 2 + ['youngAdults'] * 2 + ['singleParents'] + \
          ['disabledPersons'] + ['refugees'] * 2 + ['longTermUnemployed']
ETYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
          'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
MKINDS = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
          'wageSubsidy', 'rehabilitation']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
EXITS = ['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation']


class Ctx:
    """Everything a template may refer to for one record."""

    def __init__(self, g, rec_i, sgb2, office_id, office_name, rd):
        r = g.r
        self.g, self.r, self.sgb2, self.rd = g, r, sgb2, rd
        origin = g.origin(CUST_W)
        gender = r.choice('mf')
        base = g.surname(origin, base=True)
        self.cust = Person(g.given(origin, gender), Gen.fem(base, gender, origin), gender, origin, base=base)
        if gender == 'f' and r.random() < 0.3:
            b = g.surname(origin, 'f')
            if b != self.cust.sur:
                self.cust.birth = b
        self.bdate = datetime.date(r.randrange(1962, 2006), r.randrange(1, 13), r.randrange(1, 29))
        self.place = r.choice(g.villages[rd])
        st, no = g.street()
        self.street = (st, no)
        self.mobile = (r.choice(['0151', '0152', '0157', '0160', '0162', '0163', '0170', '0171', '0172', '0175',
                                 '0176', '0177', '0179', '01523', '01590']), '%07d' % r.randrange(10 ** 6, 10 ** 7))
        self.email = self.mk_email(self.cust)
        self.iban = g.de_iban()
        self.tax = g.taxid()
        self.rv = g.rvnr(self.bdate, (self.cust.birth or self.cust.sur)[0], gender)
        self.office_id, self.office_name = office_id, office_name
        p3 = office_id[:3]
        self.kdnr = p3 + 'D' + '%06d' % r.randrange(10 ** 6)
        self.bg = office_id + 'BG' + '%07d' % r.randrange(10 ** 7) if sgb2 else None
        self.office_town = r.choice(g.villages[rd])
        self.case_worker = g.person(weights=STAFF_W)
        self.team_lead = g.person(weights=STAFF_W)
        self.staff_area = self.office_town[3]
        self.idcard = g.idcard(passport=origin not in ('de13',) and r.random() < 0.6)

    def mk_email(self, p, company=None):
        r = self.r
        gv, sv = slug(p.given), slug(p.sur)
        x = r.randrange(7)
        local = [gv + '.' + sv, gv[0] + '.' + sv, sv + gv[:2], gv + '_' + sv + str(r.randrange(70, 99)),
                 sv + '.' + gv, gv + sv + str(r.randrange(1, 30)), gv + '-' + sv][x]
        return local + '@' + (company or r.choice(O.MAIL_PROVIDERS))

    def staff_email(self, p):
        dom = 'arbeitsagentur.de' if not self.sgb2 else 'jobcenter-ge.de'
        return slug(p.given) + '.' + slug(p.sur) + '@' + dom


def build_record(g, i, offices):
    r = g.r
    sgb2 = i < N_SGB2
    rd = r.choice(['NRW', 'NRW', 'RPS', 'RPS', 'SAT', 'SAT', 'SAT'])
    name = r.choice(offices[rd][0 if sgb2 else 1])
    oid = offices['_id'][name]
    ctx = Ctx(g, i, sgb2, oid, name, rd)
    intake = datetime.date(2024, 10, 1) + datetime.timedelta(days=r.randrange(0, 240))
    dates, d = [], intake
    for _ in range(N_EV):
        d = d + datetime.timedelta(days=r.randrange(6, 55))
        dates.append(d)
    ctx.ev_dates = dates
    review = dates[-1] + datetime.timedelta(days=r.randrange(5, 40))
    c = ctx.cust
    rec = {'customerNumber': ctx.kdnr}
    if sgb2:
        rec['householdNumber'] = ctx.bg
    rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
    rec['regionalDirectorate'] = rd
    if sgb2:
        rec['jobCentre'] = {'id': oid, 'name': name, 'consents16a': r.random() < 0.3}
    else:
        rec['agency'] = {'id': oid, 'name': name}
    rec['team'] = '%s-T%02d' % (oid, r.randrange(1, 12))
    rec['teamLead'] = {'id': 'TL-%04d' % r.randrange(10000), 'name': ctx.team_lead.given + ' ' + ctx.team_lead.sur}
    cw = ctx.case_worker
    cw_phone = fmt_land(ctx.staff_area, '%d-%03d' % (r.randrange(100, 999), r.randrange(1000)), r, 0)
    rec['caseWorker'] = {'id': 'MA-%04d' % r.randrange(10000), 'name': cw.given + ' ' + cw.sur, 'phone': cw_phone,
                         'email': ctx.staff_email(cw)}
    rec['customer'] = {'firstName': c.given, 'lastName': c.sur, 'birthName': c.birth,
                       'birthDate': ctx.bdate.isoformat(), 'gender': c.gender,
                       'nationality': r.choice(NAT[c.origin]),
                       'address': {'street': ctx.street[0] + ' ' + ctx.street[1], 'postcode': ctx.place[1],
                                   'city': ctx.place[0]},
                       'phone': fmt_mobile(ctx.mobile, r, 0), 'email': ctx.email, 'iban': ctx.iban, 'taxId': ctx.tax,
                       'pensionInsuranceNumber': ctx.rv}
    proc = r.choices(['placement', 'rehabilitation', 'employerService'], [78, 14, 8])[0]
    rec['customerProcess'] = proc
    rec['customerGroup'] = r.choice(GROUPS2 if sgb2 else GROUPS3)
    rec['municipalServices16a'] = sgb2 and r.random() < 0.2
    rec['review'] = {'flagged': r.random() < 0.4, 'month': review.strftime('%Y-%m'),
                     'teamLeadVerdict': r.choice(['goalOriented', 'goalOriented', 'notGoalOriented'])}
    ph = [{'from': intake.isoformat(), 'profile': r.choice(PROFILES)}]
    if r.random() < 0.5:
        ph.append({'from': dates[r.randrange(1, 4)].isoformat(), 'profile': r.choice(PROFILES)})
    rec['profileHistory'] = ph
    rec['events'] = [{'date': d.isoformat(), 'type': r.choice(ETYPES), 'channel': r.choice(['inPerson', 'phone', 'video']),
                      'note': ''} for d in dates]
    ms = []
    for _ in range(r.choice([0, 1, 1, 2])):
        s = dates[r.randrange(0, 3)] + datetime.timedelta(days=r.randrange(1, 20))
        e = s + datetime.timedelta(days=r.randrange(20, 120))
        ms.append({'start': s.isoformat(), 'end': e.isoformat(), 'kind': r.choice(MKINDS),
                   'outcome': 'ongoing' if e > review else r.choice(['completed', 'completed', 'aborted'])})
    rec['measures'] = ms
    ex = r.random() < 0.35
    rec['caseManagement'] = {'intake': intake.isoformat(), 'exit': dates[-1].isoformat() if ex else None,
                             'exitReason': r.choice(EXITS) if ex else None}
    return rec, ctx


# ------------------------------------------------------------------------------------------------ rendering

PERSON_RE = re.compile(r'^(C|[STR]\d)(m|f)?(?:\.(\w+))?$')
NAME_KIND = {'C': 'customerName', 'S': 'staffName', 'T': 'thirdPersonName', 'R': 'thirdPersonName'}
SLOT_RE = re.compile(r'\{([^{}]+)\}|\[(?:([CSTR]\d?[mf]?):)?([^\[\]|]*)\|([^\[\]|]*)\]')


def template_domain(tpl):
    flags = ''
    while tpl.startswith('@'):
        flags += tpl[1]
        tpl = tpl[2:]
        if tpl.startswith(' '):
            tpl = tpl[1:]
            break
    return flags, tpl


OCR_SUBS = [('m', 'rn'), ('g', 'q'), ('e', 'c'), ('l', '1'), ('i', 'í'), ('u', 'ii'), ('h', 'b'), ('ü', 'ii'),
            ('fi', 'ﬁ'), ('ch', 'cb'), ('a', 'ä'), ('t', 'f'), ('O', '0'), ('S', '5'), ('ß', 'B'), ('.', ','),
            (' ', '  '), ('n', 'ri')]


OCR_KINDS = {'customerName', 'thirdPersonName', 'staffName', 'address', 'date', 'company', 'institution'}


def ocr_value(v, kind, r):
    """one broken character inside a planted value of an OCR'd scan (never in a check-digit identifier)"""
    subs = [('0', 'O'), ('1', 'l'), ('5', 'S')] if kind == 'date' else \
        [('m', 'rn'), ('ß', 'B'), ('e', 'c'), ('h', 'b'), ('n', 'ri'), ('i', 'í'), ('ü', 'ii'), ('l', '1')]
    r.shuffle(subs)
    for a, b in subs:
        k = v.find(a, 1)
        if k > 0:
            return v[:k] + b + v[k + len(a):]
    return v


def ocr(text, r):
    out = []
    for w in re.split(r'(\s+)', text):
        if len(w) > 3 and r.random() < 0.3:
            a, b = r.choice(OCR_SUBS)
            k = w.find(a)
            if k >= 0:
                w = w[:k] + b + w[k + len(a):]
        out.append(w)
    return ''.join(out)


class Renderer:
    def __init__(self, ctx, ev_idx):
        self.c, self.r, self.g = ctx, ctx.r, ctx.g
        self.ev = ev_idx
        self.people = {}
        self.dates = []

    def person(self, key, gfix):
        c = self.c
        if key == 'C':
            return c.cust
        pk = key + (gfix or '')
        if key in self.people:
            return self.people[key]
        kind = key[0]
        if kind == 'S':
            if key == 'S9':
                p = c.case_worker
            elif key == 'S8':
                p = c.team_lead
            else:
                p = self.g.person(gender=gfix, weights=STAFF_W)
        elif kind == 'R':
            gender = gfix or self.r.choice('mf')
            p = Person(self.g.given(c.cust.origin, gender), Gen.fem(c.cust.base, gender, c.cust.origin), gender,
                       c.cust.origin)
        else:
            origin = c.cust.origin if self.r.random() < 0.55 else None
            p = self.g.person(origin=origin, gender=gfix, weights=CUST_W)
        taken = {(q.given, q.sur) for q in self.people.values()} | {(c.cust.given, c.cust.sur)}
        tries = 0
        while tries < 50 and (p.given == c.cust.given or (kind != 'R' and p.sur.rstrip('a') == c.cust.sur.rstrip('a'))
                              or any(p.given == q.given or p.sur == q.sur and kind != 'R'
                                     for q in self.people.values())) and key not in ('S8', 'S9'):
            tries += 1
            if kind == 'R':
                p.given = self.g.given(c.cust.origin, p.gender)
            elif kind == 'S':
                p = self.g.person(gender=gfix, weights=STAFF_W)
            else:
                p = self.g.person(origin=p.origin, gender=gfix, weights=CUST_W)
        self.people[key] = p
        return p

    def name_form(self, p, form, key):
        r = self.r
        if form in (None, 'any'):
            form = r.choices(['full', 'rev', 'gsur', 'REV', 'caps', 'lc', 'surg'], [52, 20, 10, 7, 4, 3, 4])[0]
        if form == 'birth':
            return p.birth or p.sur
        if form == 'gbirth':
            return p.given + ' ' + (p.birth or p.sur)
        return {'full': p.given + ' ' + p.sur, 'sur': p.sur, 'given': p.given, 'rev': p.sur + ', ' + p.given,
                'REV': p.sur.upper() + ', ' + p.given, 'caps': (p.given + ' ' + p.sur).upper(),
                'ini': p.given[0] + '.' + p.sur[0] + '.', 'gsur': p.given[0] + '. ' + p.sur,
                'surg': p.sur + ' ' + p.given[0] + '.', 'lc': (p.given + ' ' + p.sur).lower(),
                'low': p.sur.lower(), 'SUR': p.sur.upper()}[form]

    def plan_dates(self, n):
        base = self.c.ev_dates[self.ev]
        start = base - datetime.timedelta(days=self.r.randrange(0, 40))
        out, d = [], start
        for _ in range(n):
            d = d + datetime.timedelta(days=self.r.randrange(1, 25))
            out.append(d)
        self.dates = out

    def slot(self, s):
        """returns (text, kind or None)"""
        c, r, g = self.c, self.r, self.g
        m = PERSON_RE.match(s)
        if m:
            key, gfix, form = m.group(1), m.group(2), m.group(3)
            p = self.person(key, gfix)
            return self.name_form(p, form, key), NAME_KIND[key[0]]
        name, _, arg = s.partition(':')
        if name == 'D':
            d = self.dates.pop(0)
            return fmt_date(d, arg or r.choice(DATE_STYLES), r), 'date'
        if name == 'BD':
            return fmt_date(c.bdate, arg or r.choice(BD_STYLES), r), 'birthDate'
        if name in ('BDc', 'BDx', 'BDs'):
            y = {'BDc': (2008, 2024), 'BDs': (2009, 2018), 'BDx': (1950, 2004)}[name]
            y = r.randrange(*y)
            d = datetime.date(y, r.randrange(1, 13), r.randrange(1, 29))
            return fmt_date(d, arg or r.choice(BD_STYLES), r), 'birthDate'
        if name == 'PH':
            if arg:
                p = self.person(arg[:2], None)
                if arg.startswith('S'):
                    return fmt_land(c.staff_area, '%d-%03d' % (r.randrange(100, 999), r.randrange(1000)), r,
                                    r.choice([0, 2, 3, 4, 6])), 'phone'
                return fmt_mobile(self.new_mobile(), r), 'phone'
            return fmt_mobile(c.mobile, r), 'phone'
        if name == 'PHm':
            return fmt_mobile(self.new_mobile(), r), 'phone'
        if name == 'PHl':
            pl = r.choice(g.all_places)
            return fmt_land(pl[3], str(r.randrange(10 ** 4, 10 ** 7)), r), 'phone'
        if name == 'PHf':
            cc, pre, n = O.PHONE_CC[c.cust.origin if c.cust.origin != 'de13' or r.random() < 0.5 else
                                    r.choice(list(O.PHONE_CC))]
            rest = ''.join(r.choice('0123456789') for _ in range(n))
            x = r.randrange(4)
            v = [cc + ' ' + pre + ' ' + rest, cc + pre + rest, '00' + cc[1:] + ' ' + pre + ' ' + rest,
                 cc + ' ' + pre + '-' + rest[:3] + '-' + rest[3:]][x]
            return v, 'phone'
        if name == 'PHd':
            pre, rest = self.new_mobile() if r.random() < 0.7 else c.mobile
            return dictate_digits(pre) + ', ' + dictate_digits(rest), 'phone'
        if name == 'EM':
            if arg:
                p = self.person(arg[:2], None)
                if arg.startswith('S'):
                    return c.staff_email(p), 'email'
                return c.mk_email(p), 'email'
            v = c.email
            return (v if r.random() < 0.85 else v.upper() if r.random() < 0.5 else v.capitalize()), 'email'
        if name == 'EMo':
            local, dom = c.email.split('@')
            base, tld = dom.rsplit('.', 1)
            x = r.randrange(5)
            v = [local + ' (at) ' + base + ' (punkt) ' + tld, local + ' [at] ' + base + '.' + tld,
                 local.replace('.', ' Punkt ').replace('_', ' Unterstrich ').replace('-', ' Bindestrich ') +
                 ' Klammeraffe ' + base + ' Punkt ' + tld, local + ' at ' + base + ' dot ' + tld,
                 local + '@ ' + base + '. ' + tld][x]
            return v, 'email'
        if name == 'EMco':
            return r.choice(['info', 'bewerbung', 'personal', 'kontakt', 'buero', 'verwaltung', 'post']) + '@' + \
                slug(r.choice(POOLS['companyWords'] + POOLS['brands'])) + r.choice(['.de', '.de', '.com', '-online.de']), \
                'email'
        if name == 'IBAN':
            return fmt_iban(c.iban, r), 'iban'
        if name == 'IBANo':
            return fmt_iban(g.de_iban(), r), 'iban'
        if name == 'IBANx':
            return fmt_iban(g.foreign_iban(), r), 'iban'
        if name == 'TAX':
            return fmt_tax(c.tax if r.random() < 0.8 else g.taxid(), r), 'taxId'
        if name == 'RV':
            return fmt_rv(c.rv, r), 'pensionNumber'
        if name == 'KDNR':
            return fmt_kdnr(c.kdnr, r), 'customerNumber'
        if name == 'KDNRx':
            return fmt_kdnr(c.office_id[:3] + 'D' + '%06d' % r.randrange(10 ** 6), r), 'customerNumber'
        if name == 'BG':
            assert c.sgb2
            return fmt_bg(c.bg, r), 'householdNumber'
        if name == 'BGx':
            return fmt_bg(c.office_id + 'BG' + '%07d' % r.randrange(10 ** 7), r), 'householdNumber'
        if name == 'ID':
            return fmt_id(c.idcard, r), 'idCard'
        if name == 'PASS':
            return fmt_id(g.idcard(passport=True), r), 'idCard'
        if name == 'IDx':
            return fmt_id(g.idcard(passport=False), r), 'idCard'
        if name == 'KFZ':
            pl = c.place if r.random() < 0.6 else r.choice(g.all_places)
            return fmt_plate(g.plate(pl[2]), r), 'licensePlate'
        if name == 'ADR':
            return self.address(c.street, c.place), 'address'
        if name == 'STR':
            return c.street[0] + ' ' + c.street[1], 'address'
        if name == 'ADRx':
            return self.address(g.street(), r.choice(g.all_places)), 'address'
        if name == 'ADRf':
            lst = POOLS['foreignAddr'].get(c.cust.origin) if r.random() < 0.6 else None
            lst = lst or POOLS['foreignAddr'][r.choice(['de13', 'de13', 'mk13', 'ct13'])]
            return r.choice(lst), 'address'
        if name.startswith('CO'):
            return self.company(name), 'company'
        if name.startswith('INST'):
            self._cat = arg
            return self.institution(name), 'institution'
        if name == 'TOWN':
            return r.choice(g.all_places)[0], None
        if name == 'EUR':
            return r.choice(['%d,%02d €' % (r.randrange(5, 1400), r.randrange(100)), '%d EUR' % r.randrange(20, 900),
                             '%d,- €' % r.randrange(10, 600)]), None
        if name == 'UHR':
            return '%d:%02d' % (r.randrange(7, 18), r.choice([0, 0, 15, 30, 45, 10, 50])), None
        if name == 'NR':
            return str(r.randrange(2, 40)), None
        raise KeyError(s)

    def new_mobile(self):
        r = self.r
        return (r.choice(['0151', '0155', '0157', '0159', '0160', '0162', '0170', '0173', '0174', '0176', '0178']),
                '%07d' % r.randrange(10 ** 6, 10 ** 7))

    def address(self, st, place):
        r = self.r
        s = st[0] + ' ' + st[1]
        town, plz = place[0], place[1]
        x = r.randrange(12)
        if x <= 3:
            return s + ', ' + plz + ' ' + town
        if x == 4:
            return s + ' in ' + plz + ' ' + town
        if x == 5:
            return s + ', ' + town
        if x == 6:
            return plz + ' ' + town + ', ' + s
        if x == 7:
            return s + ' · ' + plz + ' ' + town
        if x == 8:
            return (s + ', ' + plz + ' ' + town).upper()
        if x == 9:
            return s + ' - ' + plz + ' ' + town
        if x == 10:
            return s + ', OT ' + town
        return s + ' ' + plz + ' ' + town

    def company(self, kind):
        r, g = self.r, self.g
        if kind == 'CO':
            kind = r.choice(['COb', 'COo', 'COn', 'COw', 'COw'])
        if kind == 'COb':
            return r.choice(POOLS['brands'])
        if kind == 'COo':
            s = g.surname(g.origin(CUST_W))
            t = r.choice(O.TRADES)
            return r.choice([t + ' ' + s, s + ' ' + t, t + ' ' + s + ' ' + r.choice(O.LEGAL_FORMS), t + '-' + s,
                             s + ' & Sohn', s + ' & ' + g.surname('de13') + ' ' + r.choice(['OHG', 'GbR']),
                             r.choice(['Bäckerei', 'Metzgerei', 'Malermeister', 'Gärtnerei', 'Hofladen']) + ' ' + s])
        if kind in ('COp', 'COd'):
            lst = O.PLATFORMS_SALE if kind == 'COp' else O.PLATFORMS_DELIVERY
            return r.choice([b for b in POOLS['brands'] if b in lst])
        if kind == 'COz':
            return r.choice(POOLS['companyWords']) + ' ' + r.choice(['Personalservice GmbH', 'Zeitarbeit GmbH',
                                                                     'Personal-Partner', 'Jobs & More GmbH'])
        if kind == 'COn':
            return r.choice(O.TRADES) + ' ' + r.choice(POOLS['companyWords'])
        if kind == 'COf':
            s = g.surname(r.choice(['mk13', 'ct13', 'de13']))
            return r.choice(['Trans-' + s + ' Sp. z o.o.', 'SC ' + s + ' Construct SRL', s + ' Logistik EOOD',
                             s + ' Inşaat Ltd. Şti.', 'TOV ' + s + '-Agro', s + ' S.r.l.', s + ' DOOEL'])
        w = r.choice(POOLS['companyWords'])
        return r.choice([w + ' ' + r.choice(O.TRADES) + ' ' + r.choice(O.LEGAL_FORMS),
                         w + ' ' + r.choice(O.LEGAL_FORMS), w + '-' + r.choice(O.TRADES).split()[0],
                         r.choice(O.TRADES) + ' ' + w + ' ' + r.choice(O.LEGAL_FORMS)])

    def institution(self, kind):
        r, g = self.r, self.g
        town = r.choice(g.all_places)[0] if r.random() < 0.5 else self.c.place[0]
        cat = getattr(self, '_cat', '')
        if kind == 'INST' and cat.startswith('='):
            return cat[1:] + ' ' + town
        if kind == 'INST':
            kind = r.choice(['INSTt', 'INSTt', 'INSTn'])
            cat = r.choice(['wf', 'wf', 'ka'])
        if kind == 'INSTn':
            return r.choice([n for n, c in POOLS['namedBodies'] if not cat or c == cat])
        if kind == 'INSTs':
            return r.choice(['Grundschule', 'Realschule plus', 'Gesamtschule', 'Förderschule', 'Berufsbildende Schule',
                             'Gemeinschaftsschule', 'Regelschule', 'Sekundarschule']) + ' ' + town
        if kind == 'INSTc':
            return r.choice(['Amtsgericht', 'Sozialgericht', 'Arbeitsgericht', 'Landgericht']) + ' ' + town
        if kind == 'INSTk':
            return r.choice(['Kreiskrankenhaus', 'Fachklinik', 'Tagesklinik', 'Dialysezentrum', 'Reha-Klinik',
                             'Klinikum', 'MVZ']) + ' ' + town
        t = r.choice(O.INST_TYPES)
        return t + ' ' + town if r.random() < 0.8 else t + ' in ' + town

    def render(self, tpl):
        flags, body = template_domain(tpl)
        n_dates = len(re.findall(r'\{D(?::\w+)?\}', body))
        self.plan_dates(n_dates)
        out, spans, pos = [], [], 0
        lit = (lambda x: ocr(x, self.r)) if 'o' in flags else (lambda x: x)
        for m in SLOT_RE.finditer(body):
            out.append(lit(body[pos:m.start()]))
            cur = sum(len(x) for x in out)
            if m.group(1) is not None:
                text, kind = self.slot(m.group(1))
                if 'o' in flags and kind in OCR_KINDS and self.r.random() < 0.2:
                    text = ocr_value(text, kind, self.r)
                if kind:
                    spans.append((cur, cur + len(text), kind, text))
                out.append(text)
                if text.endswith('.') and body[m.end():m.end() + 1] == '.':
                    pos = m.end() + 1
                    continue
            else:
                who = m.group(2)
                if who:
                    p = self.person(who[:2], who[2:] or None)
                else:
                    p = self.c.cust
                out.append(m.group(3) if p.gender == 'm' else m.group(4))
            pos = m.end()
        out.append(lit(body[pos:]))
        text = ''.join(out)
        return text, spans


# ------------------------------------------------------------------------------------------------ verification


def verify(recs, truth, templates, used):
    assert len(recs) == N_REC and sum(r['legalDomain'] == 'SGB2' for r in recs) == N_SGB2
    for ri, rec in enumerate(recs):
        assert len(rec['events']) == N_EV
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and 'agency' not in rec and re.fullmatch(r'\d{5}', rec['jobCentre']['id'])
            assert re.fullmatch(rec['jobCentre']['id'] + r'BG\d{7}', rec['householdNumber'])
            assert rec['customerNumber'][:3] == rec['jobCentre']['id'][:3]
        else:
            assert 'agency' in rec and 'jobCentre' not in rec and 'householdNumber' not in rec
            assert re.fullmatch(r'\d{3}', rec['agency']['id']) and rec['customerNumber'][:3] == rec['agency']['id']
        assert re.fullmatch(r'\d{3}D\d{6}', rec['customerNumber'])
        cu = rec['customer']
        assert iban_ok(cu['iban']) and taxid_ok(cu['taxId']) and rv_ok(cu['pensionInsuranceNumber'])
        assert cu['pensionInsuranceNumber'][2:8] == datetime.date.fromisoformat(cu['birthDate']).strftime('%d%m%y')
        serial = int(cu['pensionInsuranceNumber'][9:11])
        assert (serial < 50) == (cu['gender'] == 'm')
        for e in rec['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    by_ev = collections.defaultdict(list)
    for t in truth:
        assert t['kind'] in KINDS
        note = recs[t['record']]['events'][t['event']]['note']
        v = t['value']
        assert 0 <= t['start'] < t['end'] <= len(note), (t['record'], t['event'], t['kind'])
        assert note[t['start']:t['end']] == v, (t['record'], t['event'], t['kind'])
        assert v == v.strip() and v, (t['record'], t['event'], t['kind'])
        k = t['kind']
        if k == 'iban':
            assert iban_ok(v), (t['record'], t['event'], k)
        elif k == 'taxId':
            assert taxid_ok(v), (t['record'], t['event'], k)
        elif k == 'pensionNumber':
            assert rv_ok(v), (t['record'], t['event'], k)
        elif k == 'idCard':
            assert idcard_ok(v), (t['record'], t['event'], k)
        elif k == 'customerNumber':
            assert re.fullmatch(r'\d{3}D\d{6}', re.sub(r'[\s\-./]', '', v).upper()), (t['record'], t['event'], k)
        elif k == 'householdNumber':
            hv = re.sub(r'[\s\-./]', '', v).upper()
            rec = recs[t['record']]
            assert re.fullmatch(r'\d{5}BG\d{7}', hv) and hv[:5] == rec['jobCentre']['id'], (t['record'], t['event'], k)
        by_ev[(t['record'], t['event'])].append(t)
    for key, lst in by_ev.items():
        lst.sort(key=lambda t: t['start'])
        note = recs[key[0]]['events'][key[1]]['note']
        for a, b in zip(lst, lst[1:]):
            assert a['end'] <= b['start'], (key, a['kind'], b['kind'])
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                assert note[a['end']:b['start']].strip() != '', (key, 'adjacent names')
    bodies = [template_domain(t)[1] for t in templates]
    assert len(set(bodies)) == len(bodies), 'duplicate template'
    assert all(used[i] > 0 for i in range(len(templates))), 'unused template'


# ------------------------------------------------------------------------------------------------ main

TARGET = {'date': 450, 'thirdPersonName': 450, 'customerName': 235, 'staffName': 160, 'company': 205,
          'institution': 185, 'address': 150, 'phone': 135, 'email': 90, 'birthDate': 70, 'iban': 58, 'idCard': 36,
          'licensePlate': 38, 'taxId': 30, 'pensionNumber': 30, 'customerNumber': 36, 'householdNumber': 34}
SLOT_KIND = {'D': 'date', 'BD': 'birthDate', 'BDc': 'birthDate', 'BDx': 'birthDate', 'BDs': 'birthDate', 'PH': 'phone', 'PHm': 'phone',
             'PHl': 'phone', 'PHf': 'phone', 'PHd': 'phone', 'EM': 'email', 'EMo': 'email', 'EMco': 'email',
             'IBAN': 'iban', 'IBANo': 'iban', 'IBANx': 'iban', 'TAX': 'taxId', 'RV': 'pensionNumber',
             'KDNR': 'customerNumber', 'KDNRx': 'customerNumber', 'BG': 'householdNumber', 'BGx': 'householdNumber',
             'ID': 'idCard', 'PASS': 'idCard', 'IDx': 'idCard', 'KFZ': 'licensePlate', 'ADR': 'address',
             'ADRx': 'address', 'ADRf': 'address', 'STR': 'address'}


def static_kinds(body):
    c = collections.Counter()
    for m in re.finditer(r'\{([^{}]+)\}', body):
        sname = m.group(1)
        pm = PERSON_RE.match(sname)
        if pm:
            c[NAME_KIND[pm.group(1)[0]]] += 1
            continue
        base = sname.partition(':')[0]
        if base.startswith('CO'):
            c['company'] += 1
        elif base.startswith('INST'):
            c['institution'] += 1
        elif base in SLOT_KIND:
            c[SLOT_KIND[base]] += 1
    return c


JOINERS = ['\n', ' ', '\n\n', '\n--\n', '\nNachtrag: ', '\n>> ', ' // ', '\nPS: ', '\n\n***\n', '\nErg. ', '\n• ']


def main():
    self_test()
    r = random.Random(SEED)
    g = Gen(r)
    offices = {'_id': {}}
    for rd, (jcs, aas) in OFFICES.items():
        offices[rd] = (jcs, aas)
        for n in jcs:
            while True:
                oid = '%05d' % r.randrange(10000, 99999)
                if oid not in offices['_id'].values():
                    break
            offices['_id'][n] = oid
        for n in aas:
            while True:
                oid = '%03d' % r.randrange(100, 999)
                if oid not in offices['_id'].values() and not any(v.startswith(oid) for v in offices['_id'].values()):
                    break
            offices['_id'][n] = oid
    recs, ctxs = [], []
    for i in range(N_REC):
        rec, ctx = build_record(g, i, offices)
        recs.append(rec)
        ctxs.append(ctx)
    parsed = [template_domain(t) for t in TEMPLATES]

    def fits(ti, ctx):
        flags = parsed[ti][0]
        if '2' in flags and not ctx.sgb2:
            return False
        if '3' in flags and ctx.sgb2:
            return False
        if 'm' in flags and ctx.cust.gender != 'm':
            return False
        if 'f' in flags and ctx.cust.gender != 'f':
            return False
        if 'b' in flags and not ctx.cust.birth:
            return False
        if not ctx.sgb2 and re.search(r'\{BG\}', parsed[ti][1]):
            return False
        return True

    used = collections.Counter()
    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    pending = collections.deque(order)
    slots = [(ri, ei) for ri in range(N_REC) for ei in range(N_EV)]
    r.shuffle(slots)
    plan = collections.defaultdict(list)
    # first pass: every template once, on a fitting event
    for ri, ei in slots:
        if not pending:
            break
        for _ in range(len(pending)):
            ti = pending[0]
            pending.rotate(-1)
            if fits(ti, ctxs[ri]):
                pending.remove(ti)
                plan[(ri, ei)].append(ti)
                used[ti] += 1
                break
    for ti in list(pending):  # any left: put on a fitting event as a second part
        for ri, ei in slots:
            if fits(ti, ctxs[ri]) and len(plan[(ri, ei)]) < 2:
                plan[(ri, ei)].append(ti)
                used[ti] += 1
                break
    # then fill, deficit-weighted towards TARGET: events without a template, and a second part for a few
    est = [static_kinds(parsed[t][1]) for t in range(len(TEMPLATES))]
    cur = collections.Counter()
    for key, tis in plan.items():
        for ti in tis:
            cur.update(est[ti])
    for ri, ei in slots:
        want = 1 if r.random() < 0.99 else 2
        while len(plan[(ri, ei)]) < want:
            in_rec = {t for e2 in range(N_EV) for t in plan[(ri, e2)]}
            cands = [t for t in range(len(TEMPLATES)) if fits(t, ctxs[ri]) and t not in in_rec]
            w = []
            for t in cands:
                score = sum(n * (TARGET[k] - cur[k]) / TARGET[k] for k, n in est[t].items())
                w.append(max(score + 0.4, 0.02) / (1 + used[t]) ** 2)
            ti = r.choices(cands, w)[0]
            plan[(ri, ei)].append(ti)
            used[ti] += 1
            cur.update(est[ti])
    truth = []
    for ri in range(N_REC):
        for ei in range(N_EV):
            rd = Renderer(ctxs[ri], ei)
            text, spans = '', []
            for k, ti in enumerate(plan[(ri, ei)]):
                t, sp = rd.render(TEMPLATES[ti])
                if k:
                    j = r.choice(JOINERS)
                    if spans and spans[-1][1] == len(text) and not j.startswith('\n'):
                        j = '\n--\n'
                    text += j
                off = len(text)
                text += t
                spans += [(a + off, b + off, kd, v) for a, b, kd, v in sp]
            # trim outer blanks
            lead = len(text) - len(text.lstrip())
            text = text.strip()
            recs[ri]['events'][ei]['note'] = text
            for a, b, kd, v in spans:
                truth.append({'record': ri, 'event': ei, 'start': a - lead, 'end': b - lead, 'kind': kd, 'value': v})
    verify(recs, truth, TEMPLATES, used)
    per_kind = dict(sorted(collections.Counter(t['kind'] for t in truth).items()))
    # ordinary words outside spans
    words, distinct = 0, set()
    by_ev = collections.defaultdict(list)
    for t in truth:
        by_ev[(t['record'], t['event'])].append((t['start'], t['end']))
    no_span = 0
    for ri, rec in enumerate(recs):
        for ei, e in enumerate(rec['events']):
            note = e['note']
            sp = by_ev.get((ri, ei), [])
            if not sp:
                no_span += 1
            mask = list(note)
            for a, b in sp:
                for k in range(a, b):
                    mask[k] = ' '
            for w in re.findall(r'[A-Za-zÄÖÜäöüß]{3,}', ''.join(mask)):
                words += 1
                distinct.add(w)
    counts = {'heldout13': {
        'records': len(recs), 'recordsSGB2': sum(x['legalDomain'] == 'SGB2' for x in recs),
        'events': sum(len(x['events']) for x in recs), 'spans': len(truth), 'templates': len(TEMPLATES),
        'templatesUsed': sum(1 for i in range(len(TEMPLATES)) if used[i]),
        'templatesWithoutSlots': sum(1 for t in TEMPLATES if not SLOT_RE.search(template_domain(t)[1]) or
                                     not re.search(r'\{[^{}]+\}', template_domain(t)[1])),
        'eventsWithoutSpan': no_span, 'wordTokensOutsideSpans': words, 'distinctWordTokensOutsideSpans': len(distinct),
        'maxUsesOfOneTemplate': max(used.values()), 'perKind': per_kind,
        'namePools': {p: {gk: len(NAMES[gk][p]) for gk in 'mfs'} for p in POPS},
        'ownPools': {k: (len(v) if isinstance(v, list) else sum(len(x) for x in v.values())) for k, v in POOLS.items()},
    }}
    with open(os.path.join(HERE, 'heldout13.jsonl'), 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout13.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'counts-heldout13.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, 'run-heldout13.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    # re-read and verify the written files
    recs2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout13.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout13.truth.jsonl'), encoding='utf-8')]
    verify(recs2, truth2, TEMPLATES, used)
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
