#!/usr/bin/env python3
"""Generator of the evaluation split heldout12 (session 15).  Python 3 stdlib only, deterministic (seed 20261207-12).

Reads names-heldout12.json (built by extract_names12.py from own12.py), own12.py and templates12.py; writes heldout12.jsonl,
heldout12.truth.jsonl and counts-heldout12.json into this folder.

Slot syntax of templates12.py ("{slot}" or "{slot.form}"):
  persons  C customer, CW case worker, TL team lead, S1 S2 other staff, P1 P2 P3 third persons (random gender),
           Pm1 Pm2 / Pf1 Pf2 third persons of fixed gender, Rm1 / Rf1 / R1 relatives with the customer's surname.
  forms    (none) random natural form, full, s surname, g given name, sg "Surname, Given", S "SURNAME, Given",
           i "G. Surname", F "GIVEN SURNAME", ns "Surname Given", ii initials "G.S.", sgi "Surname, G.", lc lower case, gen possessive (span = surname, the "s" outside), ti title + surname,
           hr Herr/Frau, hrn Herrn/Frau, hrs Hr./Fr., er er/sie, Er Er/Sie, ihm ihm/ihr, sein sein/ihr,
           kd Kunde/Kundin, dkd der Kunde/die Kundin, dkdn dem Kunden/der Kundin (no span for the word forms)
  values   date (a date near the event, random format), date.w (month in words), date.n (numeric), bd (customer's birth
           date), bdk (a child's), bdx (an adult's), addr / addr.s (street only) / addrx (someone else's) / addrf
           (abroad, customer's origin), ph / phx / phs (case worker) / phf (abroad) / phd (dictated), em / emx / ems /
           emo (obfuscated) / emd (dictated), iban / ibanx, tax, rv, id, pl, knr / knrx / knrd (spelt), bg / bgx,
           I:<Type> institution "<Type> <Town>", I random institution, NB named body (NB:<cat> of a category, own12.py), KONS consulate / embassy,
           CO company, CO:<Trade>, BR brand, PAWN pawnshop, GIG delivery / ride platform,
  helpers  town (bare town, not planted), amt (amount), time, n (small number)
A template starting with "[2]" is for SGB II records only, "[3]" for SGB III only; "[m]" / "[f]" (after it) for
male / female customers only.
"""
import datetime, hashlib, json, os, random, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own12 as O  # noqa: E402
from templates12 import TEMPLATES  # noqa: E402

SEED = '20261207-12'
N_REC, N_SGB2 = 160, 120
TARGET = {'address': 150, 'birthDate': 72, 'company': 185, 'customerName': 235, 'customerNumber': 42, 'date': 450,
          'email': 88, 'householdNumber': 32, 'iban': 60, 'idCard': 38, 'institution': 172, 'licensePlate': 40,
          'pensionNumber': 31, 'phone': 136, 'staffName': 165, 'taxId': 31, 'thirdPersonName': 430}
NAMES = json.load(open(os.path.join(HERE, 'names-heldout12.json'), encoding='utf-8'))
ORIG = NAMES['origins']
POOLS = NAMES['pools']
TOWNS = [tuple(t) for t in POOLS['towns']]
CUST_ORIGINS = {'de12': 18, 'as12': 13, 'ss12': 12, 'tb12': 11, 'bk12': 11, 'os12': 12, 'tg12': 11, 'br12': 12}
STAFF_ORIGINS = {'de12': 45, 'as12': 9, 'ss12': 5, 'tb12': 5, 'bk12': 5, 'os12': 10, 'tg12': 8, 'br12': 13}
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MONTHS_SHORT = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
ORDINAL = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten',
           'elften', 'zwölften', 'dreizehnten', 'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten',
           'achtzehnten', 'neunzehnten', 'zwanzigsten', 'einundzwanzigsten', 'zweiundzwanzigsten',
           'dreiundzwanzigsten', 'vierundzwanzigsten', 'fünfundzwanzigsten', 'sechsundzwanzigsten',
           'siebenundzwanzigsten', 'achtundzwanzigsten', 'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten']
DIG = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
SPELL = {'D': 'D wie Dora', 'd': 'd wie Dora'}


def fold(s):
    s = s.replace('ß', 'ss').replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae')
    s = s.replace('Ö', 'Oe').replace('Ü', 'Ue')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# ---------------------------------------------------------------- check digits
def iban_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(rng, cc='DE'):
    lens = {'DE': 18, 'AT': 16, 'LU': 16, 'FR': 23, 'BE': 12, 'NL': 14}
    if cc == 'FR':
        bank, branch, acct = '%05d' % rng.randrange(10000, 99999), '%05d' % rng.randrange(100000), '%011d' % rng.randrange(10 ** 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + '%02d' % key
    elif cc == 'NL':
        bban = rng.choice(['ABNA', 'INGB', 'RABO', 'SNSB']) + ''.join(rng.choice('0123456789') for _ in range(10))
    elif cc == 'BE':
        b = rng.randrange(10 ** 9, 10 ** 10)
        k = b % 97 or 97
        bban = '%010d%02d' % (b, k)
    else:
        bban = ''.join(rng.choice('0123456789') for _ in range(lens[cc]))
        if cc == 'DE':
            bban = rng.choice(['59', '59', '54', '82', '83', '84', '36', '44', '43', '80']) + bban[2:]
    num = ''.join(str(int(c, 36)) for c in bban + cc + '00')
    chk = 98 - int(num) % 97
    s = '%s%02d%s' % (cc, chk, bban)
    assert iban_ok(s)
    return s


def taxid_ok(s):
    s = re.sub(r'\D', '', s)
    if len(s) != 11 or s[0] == '0':
        return False
    c = Counter(s[:10])
    multi = [d for d, n in c.items() if n > 1]
    if len(multi) != 1 or c[multi[0]] not in (2, 3):
        return False
    if c[multi[0]] == 3 and multi[0] * 3 in s[:10]:
        return False
    prod = 10
    for ch in s[:10]:
        sm = (int(ch) + prod) % 10 or 10
        prod = (sm * 2) % 11
    chk = 11 - prod
    return (0 if chk == 10 else chk) == int(s[10])


def make_taxid(rng):
    while True:
        digits = [rng.randrange(1, 10)] + [rng.randrange(10) for _ in range(9)]
        body = ''.join(map(str, digits))
        prod = 10
        for ch in body:
            sm = (int(ch) + prod) % 10 or 10
            prod = (sm * 2) % 11
        chk = 11 - prod
        s = body + str(0 if chk == 10 else chk)
        if taxid_ok(s):
            return s


def rv_check(body12):
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(sum(map(int, str(a * b))) for a, b in zip(map(int, body12), w)) % 10


def rv_ok(s):
    s = re.sub(r'[\s\-./]', '', s).upper()
    if not re.fullmatch(r'\d{8}[A-Z]\d{3}', s):
        return False
    body = s[:8] + '%02d' % (ord(s[8]) - 64) + s[9:11]
    return rv_check(body) == int(s[11])


def make_rv(rng, bd, letter, gender):
    area = rng.choice(['12', '13', '15', '16', '17', '18', '23', '24', '25', '28', '38', '39', '40', '42', '43', '45',
                       '46', '47', '48', '49', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65'])
    serial = rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100)
    d = bd.strftime('%d%m%y')
    body = area + d + '%02d' % (ord(letter) - 64) + '%02d' % serial
    s = area + d + letter + '%02d' % serial + str(rv_check(body))
    assert rv_ok(s)
    return s


def id_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def id_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    if len(s) != 10:
        return False
    w = [7, 3, 1]
    return sum(id_val(c) * w[i % 3] for i, c in enumerate(s[:9])) % 10 == int(s[9])


def make_id(rng):
    alpha = 'CFGHJKLMNPRTVWXYZ0123456789'
    first = rng.choice('LMNPRTVWXY') if rng.random() < 0.7 else rng.choice('CFGHJK')
    body = first + ''.join(rng.choice(alpha) for _ in range(8))
    w = [7, 3, 1]
    s = body + str(sum(id_val(c) * w[i % 3] for i, c in enumerate(body)) % 10)
    assert id_ok(s)
    return s


def selftest():
    assert iban_ok('DE89370400440532013000') and iban_ok('GB82WEST12345698765432')
    assert taxid_ok('86095742719') and taxid_ok('47036892816')
    assert rv_ok('15 070649 C 103')
    assert id_ok('T220001293')


# ---------------------------------------------------------------- people
class Person:
    def __init__(self, given, surname, gender, origin, role):
        self.given, self.surname, self.gender, self.origin, self.role = given, surname, gender, origin, role

    @property
    def full(self):
        return f'{self.given} {self.surname}'


def fem_surname(origin, s, gender):
    if gender != 'f':
        return s
    if origin == 'os12' and re.search(r'(ov|ev|in|ow|ew)$', s):
        return s + 'a'
    return s


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.used_cn = set()

    def origin(self, weights):
        ks = list(weights)
        return self.rng.choices(ks, [weights[k] for k in ks])[0]

    def given(self, origin, gender):
        rng = self.rng
        pool = ORIG[origin][gender]
        if rng.random() < 0.05 or len(pool) < 8:
            if origin == 'de12' and rng.random() < 0.6 and pool:
                return rng.choice(pool)
            o2 = rng.choice(['br12', 'os12', 'tg12', 'as12']) if origin == 'de12' else rng.choice(list(ORIG))
            pool = ORIG[o2][gender] or pool
        return rng.choice(pool)

    def surname(self, origin, gender):
        rng = self.rng
        s = rng.choice(ORIG[origin]['s'])
        if rng.random() < 0.04:
            o2 = origin if rng.random() < 0.5 else rng.choice(list(ORIG))
            s2 = rng.choice(ORIG[o2]['s'])
            if s2 != s and '-' not in s and '-' not in s2:
                s = f'{s}-{s2}'
        return fem_surname(origin, s, gender)

    def person(self, weights, role, gender=None, origin=None):
        o = origin or self.origin(weights)
        g = gender or self.rng.choice('mf')
        return Person(self.given(o, g), self.surname(o, g), g, o, role)


# ---------------------------------------------------------------- formats
def fmt_date(rng, d, style=None):
    style = style or rng.choices(['dot', 'dot1', 'short', 'words', 'wabbr', 'iso', 'slash', 'noyear', 'ord', 'dots2'],
                                 [30, 12, 10, 12, 5, 5, 5, 8, 4, 4])[0]
    if style == 'dot':
        return d.strftime('%d.%m.%Y')
    if style == 'dot1':
        return f'{d.day}.{d.month}.{d.year}'
    if style == 'short':
        return d.strftime('%d.%m.%y')
    if style == 'words':
        return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
    if style == 'wabbr':
        return f'{d.day}. {MONTHS_SHORT[d.month - 1]} {d.year}'
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'noyear':
        return rng.choice([f'{d.day}.{d.month}.', d.strftime('%d.%m.'), f'{d.day}. {MONTHS[d.month - 1]}'])
    if style == 'ord':
        return f'{ORDINAL[d.day - 1]} {MONTHS[d.month - 1]}'
    if style == 'dots2':
        return rng.choice([d.strftime('%d.%m.%Y').replace('.', ' . '), f'{d.day}.{MONTHS[d.month - 1][:3].lower()}.{d.year}'])
    raise ValueError(style)


def fmt_bd(rng, d):
    return rng.choice([d.strftime('%d.%m.%Y'), d.strftime('%d.%m.%Y'), f'{d.day}.{d.month}.{d.year}', d.strftime('%d.%m.%y'),
                       f'{d.day}. {MONTHS[d.month - 1]} {d.year}', d.strftime('%d%m%Y'), d.isoformat(),
                       d.strftime('%d/%m/%Y'), d.strftime('%d-%m-%Y')])


def fmt_phone(rng, area, num, style=None):
    a = area[1:]
    style = style if style is not None else rng.randrange(12)
    n = num
    return [f'{area} {n}', f'{area}/{n}', f'{area}-{n}', f'({area}) {n}', f'+49 {a} {n}', f'+49 (0){a} {n}',
            f'{area}{n}', f'{area} / {n[:2]} {n[2:4]} {n[4:]}', f'0049 {a} {n}', f'{area} {n[:-2]}-{n[-2:]}',
            f'{area}.{n}', f'+49{a}{n}'][style]


def fmt_mobile(rng, pre, num, style=None):
    style = style if style is not None else rng.randrange(11)
    p = pre[1:]
    return [f'{pre} {num}', f'{pre}/{num}', f'{pre}-{num}', f'+49 {p} {num}', f'+49{p}{num}', f'{pre}{num}',
            f'{pre} {num[:3]} {num[3:5]} {num[5:]}', f'0049 {p} {num}', f'+49 ({p}) {num}', f'{pre} - {num[:3]} {num[3:]}',
            f'{pre}.{num[:3]}.{num[3:]}'][style]


def dictate_digits(s):
    digits = [c for c in s if c.isdigit()]
    groups, i = [], 0
    while i < len(digits):
        k = 3 if len(digits) - i != 4 else 2
        groups.append(' '.join(DIG[int(x)] for x in digits[i:i + k]))
        i += k
    return ', '.join(groups)


def fmt_iban(rng, s):
    st = rng.randrange(7)
    g = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return [g, s, g.lower(), g.replace(' ', '-'), s[:2] + ' ' + s[2:4] + ' ' + ' '.join(s[i:i + 4] for i in range(4, len(s), 4)),
            g.replace(' ', '  ', 1), g][st]


def fmt_tax(rng, s):
    return rng.choice([s, f'{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}', f'{s[:3]} {s[3:6]} {s[6:9]} {s[9:]}',
                       f'{s[:2]}/{s[2:5]}/{s[5:8]}/{s[8:]}', f'{s[:4]} {s[4:8]} {s[8:]}', f'{s[:2]}.{s[2:5]}.{s[5:8]}.{s[8:]}'])


def fmt_rv(rng, s):
    return rng.choice([f'{s[:2]} {s[2:8]} {s[8]} {s[9:]}', s, f'{s[:2]} {s[2:8]} {s[8]}{s[9:]}', f'{s[:2]}-{s[2:8]}-{s[8]}-{s[9:]}',
                       s.lower(), f'{s[:2]} {s[2:4]} {s[4:6]} {s[6:8]} {s[8]} {s[9:]}', f'{s[:2]}/{s[2:8]}/{s[8]}/{s[9:]}'])


def fmt_id(rng, s):
    return rng.choice([s, f'{s[:9]} {s[9]}', f'{s[:9]}-{s[9]}', f'{s[:4]} {s[4:9]} {s[9]}', s.lower(), f'{s[:3]} {s[3:6]} {s[6:9]} {s[9]}'])


def fmt_plate(rng, code, letters, num):
    suf = rng.choice(['', '', '', '', 'E', 'H'])
    j = rng.choice(['', ' ']) if suf else ''
    return rng.choice([f'{code}-{letters} {num}{j}{suf}', f'{code} {letters} {num}{j}{suf}', f'{code}-{letters}{num}{suf}',
                       f'{code}-{letters}-{num}{suf}', f'{code} - {letters} {num}{suf}', f'{code}{letters}{num}{suf}',
                       f'{code}-{letters} {num}'.lower(), f'{code}:{letters} {num}{suf}'])


def fmt_knr(rng, s):
    return rng.choice([s, f'{s[:4]} {s[4:]}', f'{s[:3]} {s[3]} {s[4:]}', f'{s[:3]}-{s[3]}-{s[4:]}', s.lower(),
                       f'{s[:4]} {s[4:7]} {s[7:]}', f'{s[:3]}/{s[3:]}', f'{s[:3]}.{s[3]}.{s[4:]}'])


def spell_knr(s):
    a = ' '.join(DIG[int(c)] for c in s[:3])
    b = ' '.join(DIG[int(c)] for c in s[4:7])
    c = ' '.join(DIG[int(c)] for c in s[7:])
    return f'{a}, D wie Dora, {b}, {c}'


def fmt_bg(rng, s):
    return rng.choice([s, f'{s[:5]} BG {s[7:]}', f'{s[:5]}BG {s[7:]}', f'{s[:5]}-BG-{s[7:]}', s.lower(),
                       f'{s[:5]} BG {s[7:10]} {s[10:]}', f'{s[:5]}/BG/{s[7:]}', f'{s[:5]} bg {s[7:]}'])


# ---------------------------------------------------------------- record
TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
         'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
GROUPS2 = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons',
           'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
            'wageSubsidy', 'rehabilitation']
EXITS = ['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation']


def email_of(rng, p, domain=None):
    g, s = fold(p.given.lower()).replace(' ', ''), fold(p.surname.lower()).replace(' ', '')
    local = rng.choice([f'{g}.{s}', f'{g[0]}.{s}', f'{s}.{g}', f'{g}{s[:1]}{rng.randrange(70, 99)}', f'{g}_{s}',
                        f'{s}{rng.randrange(1, 999)}', f'{g}-{s}', f'{g}.{s}{rng.randrange(1, 30)}'])
    return f'{local}@{domain or rng.choice(O.MAIL_PROVIDERS)}'


def mobile(rng):
    return rng.choice(['0151', '0152', '0157', '0160', '0162', '0170', '0171', '0172', '0173', '0174', '0175', '0176',
                       '0177', '0178', '0179', '01512', '01520', '01575']), str(rng.randrange(1000000, 99999999))


class Record:
    pass


def build_record(gen, idx, sgb2):
    rng = gen.rng
    R = Record()
    R.sgb2 = sgb2
    rd = rng.choice(['NRW', 'RPS', 'SAT'])
    towns = [t for t in TOWNS if t[4] == rd]
    R.office_town = rng.choice(towns)
    R.towns = towns
    if sgb2:
        jc = '%03d%02d' % (rng.randrange(100, 999), rng.randrange(1, 30))
        R.office_id, prefix = jc, jc[:3]
    else:
        R.office_id = prefix = '%03d' % rng.randrange(100, 999)
    while True:
        cn = f'{prefix}D{rng.randrange(100000, 999999)}'
        if cn not in gen.used_cn:
            gen.used_cn.add(cn)
            break
    R.knr = cn
    R.bg = f'{R.office_id}BG{rng.randrange(1000000, 9999999)}' if sgb2 else None
    c = gen.person(CUST_ORIGINS, 'customer')
    R.c = c
    R.birthname = None
    if c.gender == 'f' and rng.random() < 0.3:
        R.birthname = gen.surname(c.origin, 'f')
        if R.birthname == c.surname:
            R.birthname = None
    year = rng.randrange(1961, 2006)
    R.bd = datetime.date(year, rng.randrange(1, 13), rng.randrange(1, 29))
    t = rng.choice(towns)
    R.town = t
    R.street = street(rng)
    R.postcode = t[1]
    R.mob = mobile(rng)
    R.email = email_of(rng, c)
    R.iban = make_iban(rng, 'DE' if rng.random() < 0.85 else rng.choice(['AT', 'LU', 'FR', 'BE', 'NL']))
    R.tax = make_taxid(rng)
    R.rv = make_rv(rng, R.bd, fold(R.birthname or c.surname)[0].upper(), c.gender)
    R.idc = make_id(rng)
    R.plate = (t[2], ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(rng.choice([1, 2, 2]))),
               str(rng.randrange(1, 9999)))
    R.cw = gen.person(STAFF_ORIGINS, 'staff')
    R.tl = gen.person(STAFF_ORIGINS, 'staff')
    town_slug = fold(R.office_town[0].lower()).replace(' ', '-')
    R.staff_domain = f'jobcenter-{town_slug}.de' if sgb2 else 'arbeitsagentur.de'
    R.cw_email = f'{fold(R.cw.given.lower())}.{fold(R.cw.surname.lower())}@{R.staff_domain}'.replace(' ', '-')
    R.cw_phone = (R.office_town[3], f'{rng.randrange(100, 999)}{rng.randrange(100, 9999)}')
    start = datetime.date(2024, 6, 1) + datetime.timedelta(days=rng.randrange(0, 420))
    dates, d = [], start
    for _ in range(5):
        d = d + datetime.timedelta(days=rng.randrange(6, 60))
        dates.append(d)
    R.event_dates = dates
    R.start = start
    R.office_name = ('Jobcenter ' if sgb2 else 'Agentur für Arbeit ') + R.office_town[0]
    R.rd = rd
    return R


def street(rng):
    if rng.random() < 0.15:
        base = rng.choice(POOLS['fixedStreets'])
        return base if re.search(r'\d', base) else f'{base} {rng.randrange(1, 60)}'
    b = rng.choice(POOLS['streetBases'])
    suf = rng.choice(O.STREET_SUFFIX)
    nr = rng.choice([str(rng.randrange(1, 120))] * 4 + [f'{rng.randrange(1, 80)}{rng.choice("abc")}',
                                                         f'{rng.randrange(1, 40)} {rng.choice("ab")}',
                                                         f'{(n := rng.randrange(1, 40))}-{n + 2}'])
    name = b + suf if not suf.startswith(' ') else b + suf
    if '-' in b and not suf.startswith(' '):
        name = b + '-' + suf.capitalize() if suf != 'str.' else b + '-Str.'
    return f'{name} {nr}'


def record_json(R, notes, gen):
    rng = gen.rng
    c = R.c
    ev = []
    for i in range(5):
        ev.append({'date': R.event_dates[i].isoformat(), 'type': R.types[i], 'channel': rng.choice(['inPerson', 'phone', 'video']),
                   'note': notes[i]})
    ph = [{'from': R.start.isoformat(), 'profile': rng.choice(PROFILES)}]
    if rng.random() < 0.6:
        ph.append({'from': R.event_dates[2].isoformat(), 'profile': rng.choice(PROFILES)})
    ms = []
    if rng.random() < 0.8:
        s = R.event_dates[1] + datetime.timedelta(days=rng.randrange(3, 20))
        e = s + datetime.timedelta(days=rng.randrange(30, 180))
        ms.append({'start': s.isoformat(), 'end': e.isoformat(), 'kind': rng.choice(MEASURES),
                   'outcome': rng.choice(['completed', 'aborted', 'ongoing'])})
    exit_ = R.event_dates[4].isoformat() if rng.random() < 0.4 else None
    rec = {'customerNumber': R.knr}
    if R.sgb2:
        rec['householdNumber'] = R.bg
    rec['legalDomain'] = 'SGB2' if R.sgb2 else 'SGB3'
    rec['regionalDirectorate'] = R.rd
    if R.sgb2:
        rec['jobCentre'] = {'id': R.office_id, 'name': R.office_name, 'consents16a': rng.random() < 0.5}
    else:
        rec['agency'] = {'id': R.office_id, 'name': R.office_name}
    rec['team'] = f'{R.office_id}-T{rng.randrange(1, 12):02d}'
    rec['teamLead'] = {'id': f'TL-{rng.randrange(1000, 9999)}', 'name': R.tl.full}
    rec['caseWorker'] = {'id': f'MA-{rng.randrange(1000, 9999)}', 'name': R.cw.full,
                         'phone': f'{R.cw_phone[0]} {R.cw_phone[1][:3]}-{R.cw_phone[1][3:]}', 'email': R.cw_email}
    rec['customer'] = {'firstName': c.given, 'lastName': c.surname, 'birthName': R.birthname, 'birthDate': R.bd.isoformat(),
                       'gender': c.gender, 'nationality': 'DE' if c.origin == 'de12' or rng.random() < 0.2 else
                       {'as12': rng.choice(['SY', 'IQ', 'TR']), 'ss12': 'SS', 'tb12': rng.choice(['CN', 'IN', 'NP']),
                        'bk12': 'BF', 'os12': 'RU', 'tg12': rng.choice(['TG', 'BJ']), 'br12': 'BR', 'de12': 'DE'}[c.origin],
                       'address': {'street': R.street, 'postcode': R.postcode, 'city': R.town[0]},
                       'phone': f'{R.mob[0]} {R.mob[1]}', 'email': R.email, 'iban': R.iban, 'taxId': R.tax,
                       'pensionInsuranceNumber': R.rv}
    rec['customerProcess'] = rng.choices(['placement', 'rehabilitation', 'employerService'], [78, 10, 12])[0]
    rec['customerGroup'] = rng.choice(GROUPS2)
    rec['municipalServices16a'] = (rng.random() < 0.3) if R.sgb2 else False
    rec['review'] = {'flagged': rng.random() < 0.5, 'month': f'{R.event_dates[4].year}-{R.event_dates[4].month:02d}',
                     'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
    rec['profileHistory'] = ph
    rec['events'] = ev
    rec['measures'] = ms
    rec['caseManagement'] = {'intake': R.start.isoformat(), 'exit': exit_, 'exitReason': rng.choice(EXITS) if exit_ else None}
    return rec


# ---------------------------------------------------------------- rendering
SLOT = re.compile(r'\{([^{}]+)\}')
PERSON = re.compile(r'^(C|CW|TL|S[12]|P[mf]?[123]|R[mf]?1)$')
WORDFORMS = {'hr': ('Herr', 'Frau'), 'hrn': ('Herrn', 'Frau'), 'hrs': ('Hr.', 'Fr.'), 'er': ('er', 'sie'),
             'Er': ('Er', 'Sie'), 'ihm': ('ihm', 'ihr'), 'sein': ('sein', 'ihr'), 'kd': ('Kunde', 'Kundin'),
             'dkd': ('der Kunde', 'die Kundin'), 'dkdn': ('dem Kunden', 'der Kundin'), 'ein': ('ein', 'eine'),
             'Kd': ('Kd.', 'Kdin.')}
VALUE_KIND = {'date': 'date', 'bd': 'birthDate', 'bdk': 'birthDate', 'bdx': 'birthDate', 'addr': 'address',
              'addrx': 'address', 'addrf': 'address', 'addrpo': 'address', 'ph': 'phone', 'phx': 'phone', 'phs': 'phone',
              'phf': 'phone', 'phd': 'phone', 'em': 'email', 'emx': 'email', 'ems': 'email', 'emo': 'email',
              'emd': 'email', 'iban': 'iban', 'ibanx': 'iban', 'tax': 'taxId', 'rv': 'pensionNumber', 'id': 'idCard',
              'pl': 'licensePlate', 'plx': 'licensePlate', 'knr': 'customerNumber', 'knrx': 'customerNumber',
              'knrd': 'customerNumber', 'bg': 'householdNumber', 'bgx': 'householdNumber', 'I': 'institution',
              'NB': 'institution', 'KONS': 'institution', 'CO': 'company', 'BR': 'company', 'PAWN': 'company',
              'GIG': 'company'}


def slot_kind(slot):
    base, _, form = slot.partition('.')
    if PERSON.match(base):
        if form in WORDFORMS:
            return None
        return 'customerName' if base == 'C' else 'staffName' if base in ('CW', 'TL', 'S1', 'S2') else 'thirdPersonName'
    base = base.split(':')[0]
    return VALUE_KIND.get(base)


def template_tags(t):
    tags = []
    while re.match(r'^\[[23mf]\]', t):
        tags.append(t[1])
        t = t[3:]
    return tags, t.lstrip(' ')


def template_domain(t):
    tags, body = template_tags(t)
    return ('SGB2' if '2' in tags else 'SGB3' if '3' in tags else None), body


def template_gender(t):
    tags = template_tags(t)[0]
    return 'm' if 'm' in tags else 'f' if 'f' in tags else None


def template_kinds(t):
    return Counter(k for k in (slot_kind(s) for s in SLOT.findall(template_domain(t)[1])) if k)


class Seg:
    def __init__(self):
        self.parts = []  # (text, kind or None)

    def add(self, text, kind=None):
        if kind is None and text.startswith('.') and self.parts and self.parts[-1][1] and self.parts[-1][0].endswith('.'):
            text = text[1:]  # "bis 10.4." + "." -> one full stop
        self.parts.append((text, kind))


def name_form(rng, p, form, is_customer, R):
    g, s = p.given, p.surname
    if form == 's':
        return [(s, 1)]
    if form == 'g':
        return [(g, 1)]
    if form == 'full':
        return [(f'{g} {s}', 1)]
    if form == 'sg':
        return [(f'{s}, {g}', 1)]
    if form == 'S':
        return [(rng.choice([f'{s.upper()}, {g}', f'{s.upper()} {g}', f'{s.upper()}, {g.upper()}']), 1)]
    if form == 'i':
        return [(f'{g[0]}. {s}', 1)]
    if form == 'F':
        return [(f'{g} {s}'.upper(), 1)]
    if form == 'ns':
        return [(f'{s} {g}', 1)]
    if form == 'ii':
        return [(f'{g[0]}.{s[0]}.', 1)]
    if form == 'sgi':
        return [(f'{s}, {g[0]}.', 1)]
    if form == 'lc':
        return [(rng.choice([f'{g} {s}'.lower(), s.lower()]), 1)]
    if form == 'gen':
        return [(s, 1), ("'" if s[-1] in 'sxzß' else 's', 0)]
    if form == 'ti':
        return [(rng.choice(['Dr. ', 'Dr. med. ', 'Prof. ', 'Dipl.-Ing. ', 'RA ', 'RAin ']), 0), (s, 1)]
    if form == 'bn':
        return [(R.birthname or s, 1)]
    # default: a natural standalone form
    forms = ['full'] * 10 + ['sg'] * 2 + ['i'] * 2 + ['S', 'F', 'sgi'] + ['lc'] * (1 if is_customer else 0)
    return name_form(rng, p, rng.choice(forms), is_customer, R)


def render(gen, R, tpl, dates_base):
    rng = gen.rng
    body = template_domain(tpl)[1]
    people = {'C': R.c, 'CW': R.cw, 'TL': R.tl}
    n_dates = sum(1 for s in SLOT.findall(body) if s.split('.')[0] == 'date')
    offs = sorted(rng.sample(range(-45, 75), n_dates))
    dates = [dates_base + datetime.timedelta(days=o) for o in offs]
    seg = Seg()
    pos = 0
    lower = rng.random() < 0.025

    def person(base):
        if base in people:
            return people[base]
        if base[0] == 'S':
            p = gen.person(STAFF_ORIGINS, 'staff')
        else:
            gender = base[1] if base[1] in 'mf' else None
            if base[0] == 'R':
                gd = gender or rng.choice('mf')
                p = Person(gen.given(R.c.origin, gd), fem_surname(R.c.origin, re.sub(r'a$', '', R.c.surname)
                                                                   if R.c.origin == 'os12' and R.c.gender == 'f' else R.c.surname, gd),
                           gd, R.c.origin, 'third')
            else:
                o = R.c.origin if rng.random() < 0.55 else gen.origin(CUST_ORIGINS)
                p = gen.person(CUST_ORIGINS, 'third', gender=gender, origin=o)
        people[base] = p
        return p

    for m in SLOT.finditer(body):
        seg.add(body[pos:m.start()])
        pos = m.end()
        slot = m.group(1)
        base, _, form = slot.partition('.')
        if PERSON.match(base):
            p = person(base)
            if form in WORDFORMS:
                seg.add(WORDFORMS[form][0 if p.gender == 'm' else 1])
                continue
            kind = slot_kind(slot)
            for text, is_span in name_form(rng, p, form, base == 'C', R):
                seg.add(text, kind if is_span else None)
            continue
        val, kind = value(gen, R, base, form, dates, people)
        if isinstance(val, list):
            for text, k in val:
                seg.add(text, k)
        else:
            seg.add(val, kind)
    seg.add(body[pos:])
    if lower:
        seg.parts = [(t.lower(), k) for t, k in seg.parts]
    return seg


def town_of(rng, R):
    return R.office_town if rng.random() < 0.4 else rng.choice(R.towns)


def addr_fmt(rng, st, pc, town):
    return rng.choice([f'{st}, {pc} {town}', f'{st}, {pc} {town}', f'{st} in {pc} {town}', f'{st}, {town}', st, st,
                       f'{pc} {town}, {st}', f'{st}, D-{pc} {town}', f'{st} {pc} {town}', f'{st}, {pc} {town}'.upper(),
                       f'{st} / {pc} {town}', f'{st} ({pc} {town})'])


def value(gen, R, base, form, dates, people):
    rng = gen.rng
    kind = VALUE_KIND.get(base.split(':')[0])
    if base == 'date':
        d = dates.pop(0)
        return fmt_date(rng, d, 'words' if form == 'w' else 'dot' if form == 'n' else None), kind
    if base == 'bd':
        return fmt_bd(rng, R.bd), kind
    if base in ('bdk', 'bdx'):
        y = rng.randrange(2008, 2024) if base == 'bdk' else rng.randrange(1940, 2001)
        return fmt_bd(rng, datetime.date(y, rng.randrange(1, 13), rng.randrange(1, 29))), kind
    if base == 'addr':
        if form == 's':
            return R.street, kind
        return addr_fmt(rng, R.street, R.postcode, R.town[0]), kind
    if base == 'addrx':
        t = town_of(rng, R)
        if form == 's':
            return street(rng), kind
        return addr_fmt(rng, street(rng), t[1], t[0]), kind
    if base == 'addrf':
        return rng.choice(O.FOREIGN[R.c.origin]), kind
    if base == 'addrpo':
        t = town_of(rng, R)
        n = rng.randrange(10, 9999)
        return rng.choice([f'Postfach {n}, {t[1]} {t[0]}', f'Postfach {n // 100} {n % 100:02d}, {t[1]} {t[0]}',
                           f'Postlagernd, Filiale {street(rng)}, {t[1]} {t[0]}', f'Packstation {rng.randrange(100, 199)}, {t[1]} {t[0]}']), kind
    if base == 'ph':
        return fmt_mobile(rng, *R.mob), kind
    if base == 'phx':
        if rng.random() < 0.5:
            return fmt_mobile(rng, *mobile(rng)), kind
        t = town_of(rng, R)
        return fmt_phone(rng, t[3], str(rng.randrange(10000, 9999999))), kind
    if base == 'phs':
        a, n = R.cw_phone
        return rng.choice([f'{a} {n[:3]}-{n[3:]}', f'{a}/{n}', f'+49 {a[1:]} {n[:3]}-{n[3:]}', f'{a}-{n}', f'({a}) {n[:3]} {n[3:]}']), kind
    if base == 'phf':
        cc = O.PHONE_CC[R.c.origin]
        n = str(rng.randrange(10 ** 7, 10 ** 9))
        return rng.choice([f'{cc} {n[:2]} {n[2:5]} {n[5:]}', f'00{cc[1:]} {n}', f'{cc}{n}', f'{cc} {n}']), kind
    if base == 'phd':
        pre, num = mobile(rng) if form != 'c' else R.mob
        return dictate_digits(pre + num), kind
    if base in ('em', 'emx', 'ems', 'emo', 'emd'):
        if base == 'ems':
            e = R.cw_email
        elif base == 'emx':
            e = email_of(rng, gen.person(CUST_ORIGINS, 'x'), rng.choice(O.MAIL_PROVIDERS + ['firma-mail.de', 'praxis-online.de']))
        else:
            e = R.email
        local, dom = e.split('@')
        if base == 'emo':
            d1, _, d2 = dom.rpartition('.')
            return rng.choice([f'{local} (at) {d1} (punkt) {d2}', f'{local}[at]{dom}', f'{local} ät {dom}', f'{local}(at){dom}',
                               f'{local} at {d1} dot {d2}']), kind
        if base == 'emd':
            d1, _, d2 = dom.rpartition('.')
            sp = local.replace('.', ' Punkt ').replace('_', ' Unterstrich ').replace('-', ' Strich ')
            return f"{sp} {rng.choice(['at', 'ät', 'Klammeraffe'])} {d1.replace('.', ' Punkt ').replace('-', ' Strich ')} Punkt {d2}", kind
        return rng.choice([e, e, e, e.upper(), e[0].upper() + e[1:], f'{local} @ {dom}', e.replace('@', ' @')]), kind
    if base in ('iban', 'ibanx'):
        return fmt_iban(rng, R.iban if base == 'iban' else make_iban(rng, rng.choice(['DE'] * 6 + ['AT', 'LU']))), kind
    if base == 'tax':
        return fmt_tax(rng, R.tax), kind
    if base == 'rv':
        return fmt_rv(rng, R.rv), kind
    if base == 'id':
        return fmt_id(rng, R.idc), kind
    if base in ('pl', 'plx'):
        if base == 'pl':
            code, let, num = R.plate
        else:
            code = town_of(rng, R)[2]
            let = ''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))
            num = str(rng.randrange(1, 9999))
        return fmt_plate(rng, code, let, num), kind
    if base == 'knr':
        return fmt_knr(rng, R.knr), kind
    if base == 'knrd':
        return spell_knr(R.knr), kind
    if base == 'knrx':
        return fmt_knr(rng, f'{R.knr[:3]}D{rng.randrange(100000, 999999)}'), kind
    if base == 'bg':
        return fmt_bg(rng, R.bg), kind
    if base == 'bgx':
        return fmt_bg(rng, f'{R.office_id}BG{rng.randrange(1000000, 9999999)}'), kind
    if base.startswith('I:') or base == 'I':
        typ = base[2:] if base.startswith('I:') else rng.choice(list(O.INST_TYPES))
        t = town_of(rng, R)[0]
        return f'{typ} {t}', kind
    if base == 'NB' or base.startswith('NB:'):
        cat = base[3:] or None
        return rng.choice([b for b, c in POOLS['namedBodies'].items() if cat in (None, c)]), kind
    if base == 'KONS':
        return O.CONSULATES[R.c.origin], kind
    if base.startswith('CO'):
        trade = base[3:] if base.startswith('CO:') else None
        w = rng.choice(POOLS['companyWords'])
        sn = rng.choice(ORIG['de12']['s'])
        lg = rng.choice(O.LEGAL)
        if trade:
            return rng.choice([f'{w} {trade} {lg}', f'{trade} {sn}', f'{sn} {trade} {lg}', f'{trade} {w}',
                               f'{trade}{rng.choice(["-", " "])}{w}']), kind
        if rng.random() < 0.2:
            return rng.choice(POOLS['brands']), kind
        tr = rng.choice(O.TRADES)
        sn2 = rng.choice(ORIG['de12']['s'])
        return rng.choice([f'{w} {tr} {lg}', f'{tr} {sn} {lg}', f'{w} {lg}', f'{tr} {w}', f'{sn} & {sn2} {lg}',
                           f'{w}-{tr}', f'{sn} {tr}', f'{tr} {sn} & Söhne']), kind
    if base == 'GIG':
        return rng.choice([b for b in POOLS['brands'] if b in O.GIG] or O.GIG), kind
    if base == 'BR':
        return rng.choice(POOLS['brands']), kind
    if base == 'PAWN':
        return rng.choice([b for b in POOLS['brands'] if b in O.PAWN] or O.PAWN), kind
    if base == 'town':
        return town_of(rng, R)[0], None
    if base == 'amt':
        return rng.choice([f'{rng.randrange(5, 900)},{rng.randrange(0, 100):02d} €', f'{rng.randrange(20, 3000)} Euro',
                           f'{rng.randrange(5, 500)},- €', f'EUR {rng.randrange(10, 2000)},{rng.randrange(0, 100):02d}']), None
    if base == 'time':
        h, mi = rng.randrange(7, 18), rng.choice([0, 15, 30, 45, 10, 20])
        return rng.choice([f'{h}:{mi:02d} Uhr', f'{h}.{mi:02d} Uhr', f'{h}:{mi:02d}', f'{h} Uhr']), None
    if base == 'n':
        return str(rng.randrange(2, 14)), None
    raise KeyError(base)


# ---------------------------------------------------------------- main
JOINERS = ['\n', '\n', ' ', '\n---\n', '\nErgänzung: ', '\n[später] ', '\n+ ', ' | ', '\nWeiter: ', '\n~ ',
           '\n(Kollegin, Vertretung) ', '\n\nAm Folgetag: ', '; ']
WORD = re.compile(r'[A-Za-zÄÖÜäöüßÀ-ÿ]{3,}')


def main():
    selftest()
    rng = random.Random(SEED)
    gen = Gen(rng)
    tpls = list(TEMPLATES)
    assert len(set(tpls)) == len(tpls), 'duplicate template'
    tk = [template_kinds(t) for t in tpls]
    dom = [template_domain(t)[0] for t in tpls]
    gnd = [template_gender(t) for t in tpls]
    uses = Counter()
    cur = Counter()
    unused = list(range(len(tpls)))
    rng.shuffle(unused)
    records, truth = [], []
    sgb2_flags = [True] * N_SGB2 + [False] * (N_REC - N_SGB2)
    rng.shuffle(sgb2_flags)

    def pick(R, exclude):
        ld = 'SGB2' if R.sgb2 else 'SGB3'
        for i in list(unused):
            if i not in exclude and dom[i] in (None, ld) and gnd[i] in (None, R.c.gender):
                unused.remove(i)
                return i
        cands, w = [], []
        for i in range(len(tpls)):
            if i in exclude or dom[i] not in (None, ld) or gnd[i] not in (None, R.c.gender) or uses[i] >= 10:
                continue
            sc = 0.02
            for k, n in tk[i].items():
                sc += n * max(0.0, (TARGET[k] - cur[k]) / TARGET[k])
            sc *= 0.6 ** uses[i]
            cands.append(i)
            w.append(sc ** 2)
        return rng.choices(cands, w)[0]

    for ri in range(N_REC):
        R = build_record(gen, ri, sgb2_flags[ri])
        R.types = [rng.choice(TYPES) for _ in range(5)]
        notes = []
        for ei in range(5):
            nseg = 2 if rng.random() < 0.24 else 1
            chosen = []
            for _ in range(nseg):
                i = pick(R, set(chosen))
                chosen.append(i)
            text = ''
            for j, i in enumerate(chosen):
                if j:
                    jn = rng.choice(JOINERS)
                    if truth and truth[-1]['record'] == ri and truth[-1]['event'] == ei and truth[-1]['end'] == len(text):
                        jn = '\n---\n'
                    text += jn
                seg = render(gen, R, tpls[i], R.event_dates[ei])
                uses[i] += 1
                for t, k in seg.parts:
                    if k:
                        truth.append({'record': ri, 'event': ei, 'start': len(text), 'end': len(text) + len(t),
                                      'kind': k, 'value': t})
                        cur[k] += 1
                    text += t
            notes.append(text)
        records.append(record_json(R, notes, gen))
    verify(records, truth, tpls, uses)
    with open(os.path.join(HERE, 'heldout12.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout12.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read and verify again
    records2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout12.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout12.truth.jsonl'), encoding='utf-8')]
    verify(records2, truth2, tpls, uses)
    words = 0
    distinct = set()
    no_span = 0
    by_ev = defaultdict(list)
    for t in truth2:
        by_ev[(t['record'], t['event'])].append(t)
    for ri, r in enumerate(records2):
        for ei, e in enumerate(r['events']):
            note = e['note']
            sp = sorted(by_ev[(ri, ei)], key=lambda t: t['start'])
            if not sp:
                no_span += 1
            out, p = [], 0
            for t in sp:
                out.append(note[p:t['start']])
                p = t['end']
            out.append(note[p:])
            ws = WORD.findall(' '.join(out))
            words += len(ws)
            distinct |= {w.lower() for w in ws}
    counts = {'heldout12': {
        'records': len(records2), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in records2),
        'events': sum(len(r['events']) for r in records2), 'spans': len(truth2), 'templates': len(tpls),
        'templatesUsed': sum(1 for i in range(len(tpls)) if uses[i]),
        'templatesWithoutSlots': sum(1 for t in tpls if not SLOT.search(t)), 'eventsWithoutSpan': no_span,
        'wordTokensOutsideSpans': words, 'distinctWordTokensOutsideSpans': len(distinct),
        'maxUsesOfOneTemplate': max(uses.values()),
        'perKind': dict(sorted(Counter(t['kind'] for t in truth2).items())),
        'namePools': {o: {k: len(v) for k, v in d.items()} for o, d in ORIG.items()},
        'ownPools': {k: len(v) for k, v in POOLS.items()}}}
    with open(os.path.join(HERE, 'counts-heldout12.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(counts, ensure_ascii=False))


def verify(records, truth, tpls, uses):
    assert len(records) == N_REC
    kinds = set(TARGET)
    by_ev = defaultdict(list)
    for t in truth:
        where = (t['record'], t['event'], t['kind'])  # no value in a message
        assert t['kind'] in kinds, where
        note = records[t['record']]['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], where
        assert t['value'] == t['value'].strip() and t['value'], where
        by_ev[(t['record'], t['event'])].append(t)
        v = t['value']
        if t['kind'] == 'iban':
            assert iban_ok(v), where
        elif t['kind'] == 'taxId':
            assert taxid_ok(v), where
        elif t['kind'] == 'pensionNumber':
            assert rv_ok(v), where
        elif t['kind'] == 'idCard':
            assert id_ok(v), where
        elif t['kind'] == 'customerNumber' and 'dora' not in v.lower():
            assert re.fullmatch(r'\d{3}D\d{6}', re.sub(r'[\s\-/.]', '', v).upper()), where
        elif t['kind'] == 'householdNumber':
            assert re.fullmatch(r'\d{5}BG\d{7}', re.sub(r'[\s\-/]', '', v).upper()), where
    for sp in by_ev.values():
        sp.sort(key=lambda t: t['start'])
        for a, b in zip(sp, sp[1:]):
            assert a['end'] <= b['start'], (a['record'], a['event'], a['kind'], b['kind'])
            if a['kind'].endswith('Name') and b['kind'].endswith('Name'):
                note = records[a['record']]['events'][a['event']]['note']
                assert note[a['end']:b['start']].strip() != '', 'two name spans separated by blanks only'
    for r in records:
        assert all(ord(c) < 0x10000 for e in r['events'] for c in e['note'])
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and 'householdNumber' in r and r['householdNumber'].startswith(r['jobCentre']['id'])
            assert r['customerNumber'][:3] == r['jobCentre']['id'][:3]
        else:
            assert 'agency' in r and 'householdNumber' not in r and r['customerNumber'][:3] == r['agency']['id']
        c = r['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])
    assert all(uses[i] for i in range(len(tpls))), 'unused template'


if __name__ == '__main__':
    main()
