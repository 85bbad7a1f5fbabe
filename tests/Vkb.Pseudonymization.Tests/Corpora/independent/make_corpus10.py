#!/usr/bin/env python3
"""Generator of the evaluation split heldout10 (Vkb, session 13).  Python 3 stdlib only, deterministic.

Reads names10.json (names and own pools after the disjointness filter), own10.py (institution patterns, trades, legal
forms) and templates10.py.  Writes heldout10.jsonl, heldout10.truth.jsonl, counts-heldout10.json, run.log.

Slot syntax in templates ({...}):
  persons   C customer, S record's case worker, L team lead, S1..S3 other staff, P1..P5 third persons; a trailing f/m
            fixes the gender (P1f).  Forms after ':'  (none) "Given Surname", s surname, g given name, i "G. Surname",
            r "Surname, Given", R "SURNAME, Given", U/u "SURNAME GIVEN", b birth name, typo (full name with a typo).
  cues      {X.hf} Herr/Frau, {X.herrn} Herrn/Frau, {X.er} er/sie, {X.Er}, {X.ihn} ihn/sie, {X.ihm} ihm/ihr,
            {X.sein} sein/ihr, {X.Sein}, {X.kd} Kunde/Kundin, {X.kdg} des Kunden/der Kundin, {X.kdd} dem Kunden/der
            Kundin, {X.in} ''/in, {X.koll} Kollege/Kollegin  (no span)
  values    date[:num|noyr|long|en|spoken], bd[:num|spoken] (customer's birth date), bdo (someone else's birth date),
            tel, mob[:spoken], telS (staff), telX (foreign), mail:<person>, iban[:P|x], ausweis, pass, kfz, stid[:o],
            rv[:o], kdnr[:o|spoken], bg[:o], adr[:st|o|ost|x], inst[.case]:<type>, firma[.case]:<type>
            case = nom | der (genitive/dative of a feminine or plural name: only such names are drawn) | dat | von |
            vom | bei | beim | zu | in  (the article / preposition is written outside the span)
  no span   ort (bare town), n2..n6 (digits), yy (two-digit year)
"""
import datetime, hashlib, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import own10 as O  # noqa: E402
from templates10 import TEMPLATES  # noqa: E402

SEED = '20261206-10'
SPLIT = 'heldout10'
rng = random.Random(SEED)
NJ = json.load(open(os.path.join(HERE, 'names10.json'), encoding='utf-8'))
NAMES, POOLS = NJ['names'], NJ['pools']

TARGET = {'address': 160, 'birthDate': 85, 'company': 205, 'customerName': 230, 'customerNumber': 40, 'date': 400,
          'email': 62, 'householdNumber': 30, 'iban': 66, 'idCard': 52, 'institution': 200, 'licensePlate': 52,
          'pensionNumber': 35, 'phone': 132, 'staffName': 175, 'taxId': 33, 'thirdPersonName': 400}
KINDS = sorted(TARGET)

# ------------------------------------------------------------------ check digits


def iban_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]+', s):
        return False
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + '00'
    n = int(''.join(str(int(c, 36)) for c in r))
    return cc + '%02d' % (98 - n % 97) + bban


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
    s = re.sub(r'[\s./]', '', s)
    if not re.fullmatch(r'[1-9]\d{10}', s):
        return False
    cnt = sorted((s[:10].count(d) for d in set(s[:10])), reverse=True)
    if not (cnt[0] in (2, 3) and all(c == 1 for c in cnt[1:])):
        return False
    return taxid_check(s[:10]) == int(s[10])


def taxid_make():
    while True:
        digits = rng.sample('0123456789', 9)
        if digits[0] == '0':
            continue
        dup = rng.choice(digits)
        pos = rng.randrange(1, 10)
        d = digits[:pos] + [dup] + digits[pos:]
        s = ''.join(d)
        if s[0] == '0':
            continue
        s += str(taxid_check(s))
        if taxid_ok(s):
            return s


RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rv_check(first11):  # 2 area + 6 date + letter + 2 serial
    digs = first11[:8] + '%02d' % (ord(first11[8].upper()) - 64) + first11[9:11]
    tot = 0
    for c, w in zip(digs, RV_W):
        p = int(c) * w
        tot += p // 10 + p % 10
    return tot % 10


def rv_ok(s):
    s = re.sub(r'[\s\-]', '', s).upper()
    return re.fullmatch(r'\d{8}[A-Z]\d{3}', s) is not None and rv_check(s[:11]) == int(s[11])


def rv_make(bdate, initial, gender):
    area = rng.choice(['02', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '23', '24',
                       '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '48', '49', '50', '53',
                       '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '68', '80', '81', '82'])
    ini = fold(initial)[:1].upper()
    if not ini.isalpha():
        ini = 'X'
    ser = '%02d' % (rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100))
    s = area + bdate.strftime('%d%m%y') + ini + ser
    return s + str(rv_check(s))


ID_ALPH = '0123456789CFGHJKLMNPRTVWXYZ'


def id_check(s9):
    tot = 0
    for i, c in enumerate(s9):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * [7, 3, 1][i % 3]
    return tot % 10


def id_ok(s):
    s = re.sub(r'\s', '', s).upper()
    return re.fullmatch(r'[%s]{9}\d' % ID_ALPH, s) is not None and id_check(s[:9]) == int(s[9])


def id_make(first):
    s = rng.choice(first) + ''.join(rng.choice(ID_ALPH) for _ in range(8))
    return s + str(id_check(s))


def fr_rib_key(bank, branch, acct):
    return '%02d' % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban_de():
    blz = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 8])) + ''.join(rng.choice('0123456789') for _ in range(7))
    acct = ''.join(rng.choice('0123456789') for _ in range(10))
    return iban_make('DE', blz + acct)


def iban_foreign(home=None):
    cc = {'LB': 'LB', 'TN': 'TN', 'MA': 'FR', 'CD': 'FR'}.get(home) or rng.choice(['FR', 'PT', 'AT', 'LB', 'TN'])
    dg = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))  # noqa: E731
    if cc == 'FR':
        bank, br, ac = dg(5), dg(5), dg(11)
        return iban_make('FR', bank + br + ac + fr_rib_key(bank, br, ac))
    if cc == 'LB':
        return iban_make('LB', dg(4) + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(20)))
    if cc in ('TN', 'PT'):  # national key chosen so that the IBAN check digits are the fixed 59 / 50
        body = dg(18) if cc == 'TN' else dg(19)
        fixed = '59' if cc == 'TN' else '50'
        for k in range(100):
            s = cc + fixed + body + '%02d' % k
            if iban_ok(s):
                return s
        raise AssertionError
    return iban_make('AT', dg(16))


# ------------------------------------------------------------------ helpers

MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November',
          'Dezember']
MONABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
ORD = {1: 'ersten', 2: 'zweiten', 3: 'dritten', 4: 'vierten', 5: 'fünften', 6: 'sechsten', 7: 'siebten', 8: 'achten',
       9: 'neunten', 10: 'zehnten', 11: 'elften', 12: 'zwölften', 13: 'dreizehnten', 14: 'vierzehnten',
       15: 'fünfzehnten', 16: 'sechzehnten', 17: 'siebzehnten', 18: 'achtzehnten', 19: 'neunzehnten',
       20: 'zwanzigsten', 21: 'einundzwanzigsten', 22: 'zweiundzwanzigsten', 23: 'dreiundzwanzigsten',
       24: 'vierundzwanzigsten', 25: 'fünfundzwanzigsten', 26: 'sechsundzwanzigsten', 27: 'siebenundzwanzigsten',
       28: 'achtundzwanzigsten', 29: 'neunundzwanzigsten', 30: 'dreißigsten', 31: 'einunddreißigsten'}
DIGW = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
ONES = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
        'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn']
TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig']


def num_words(n):
    if n < 20:
        return ONES[n] if n != 1 else 'eins'
    t, o = divmod(n, 10)
    return (ONES[o] + 'und' if o else '') + TENS[t]


def year_words(y):
    if y >= 2000:
        return 'zweitausend' + (num_words(y - 2000) if y > 2000 else '')
    return 'neunzehnhundert' + (num_words(y - 1900) if y > 1900 else '')


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s.replace('ß', 'ss')) if unicodedata.category(c) != 'Mn')


def ascii_slug(s):
    s = s.lower().replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    return re.sub(r'[^a-z0-9]', '', fold(s))


def w(pairs):
    vals, ws = zip(*pairs)
    return rng.choices(vals, ws)[0]


def digits(n, first_nonzero=False):
    s = ''.join(rng.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = rng.choice('123456789') + s[1:]
    return s


# ------------------------------------------------------------------ people

CUST_ORIGINS = [('de10', 20), ('ml10', 11), ('pa10', 10), ('si10', 10), ('th10', 9), ('cd10', 10), ('mg10', 12),
                ('lb10', 8), ('ug10', 8)]
STAFF_ORIGINS = [('de10', 55), ('ml10', 6), ('pa10', 5), ('si10', 6), ('th10', 5), ('cd10', 6), ('mg10', 7),
                 ('lb10', 5), ('ug10', 5)]
THIRD_ORIGINS = CUST_ORIGINS
NAT = {'de10': ['DE'], 'ml10': ['IN'], 'pa10': ['IN'], 'si10': ['LK'], 'th10': ['TH'], 'cd10': ['CD'],
       'mg10': ['MA', 'TN'], 'lb10': ['LB'], 'ug10': ['CN', 'KZ']}
ALL_G = {g: sorted({n for o in NAMES.values() for n in o[g]}) for g in ('m', 'f', 's')}


def pick_name(origin, g):
    lst = NAMES[origin][g]
    if len(lst) < 8:
        lst = ALL_G[g]
    return rng.choice(lst)


class Person:
    def __init__(self, origins, gender=None, role='third', birth=False):
        self.origin = w(origins)
        self.gender = gender or rng.choice('mf')
        self.given = pick_name(self.origin, self.gender)
        if self.origin == 'de10' and rng.random() < 0.04:
            other = pick_name('de10', self.gender)
            if other != self.given:
                self.given = self.given + '-' + other
        self.surname = pick_name(self.origin, 's')
        if rng.random() < 0.04:
            o2 = pick_name(w(origins), 's')
            if o2 != self.surname:
                self.surname = self.surname + '-' + o2
        self.birth = None
        if birth and rng.random() < (0.35 if self.gender == 'f' else 0.05):
            b = pick_name(w(CUST_ORIGINS), 's')
            if b != self.surname:
                self.birth = b
        self.role = role

    def form(self, f):
        g, s = self.given, self.surname
        if f == '':
            r = rng.random()
            if r < 0.88:
                return g + ' ' + s
            if r < 0.94:
                return g[0] + '. ' + s
            return s + ', ' + g
        if f == 's':
            return s
        if f == 'g':
            return g
        if f == 'i':
            return g[0] + '. ' + s
        if f == 'r':
            return s + ', ' + g
        if f == 'R':
            return s.upper() + ', ' + g
        if f in ('U', 'u'):
            return s.upper() + ' ' + g.upper()
        if f == 'b':
            return self.birth or s
        if f == 'typo':
            t = list(s)
            i = rng.randrange(1, max(2, len(t) - 2))
            if t[i].isalpha() and t[i + 1].isalpha() and t[i] != t[i + 1]:
                t[i], t[i + 1] = t[i + 1], t[i]
            else:
                t.insert(i, t[i])
            return g + ' ' + ''.join(t)
        raise KeyError(f)


CUES = {'hf': ('Herr', 'Frau'), 'herrn': ('Herrn', 'Frau'), 'er': ('er', 'sie'), 'Er': ('Er', 'Sie'),
        'ihn': ('ihn', 'sie'), 'ihm': ('ihm', 'ihr'), 'sein': ('sein', 'ihr'), 'Sein': ('Sein', 'Ihr'),
        'kd': ('Kunde', 'Kundin'), 'kdg': ('des Kunden', 'der Kundin'), 'kdd': ('dem Kunden', 'der Kundin'),
        'in': ('', 'in'), 'koll': ('Kollege', 'Kollegin'), 'Kd': ('Kd.', 'Kdn.'), 'kda': ('den Kunden', 'die Kundin'),
        'kolld': ('Kollegen', 'Kollegin'), 'Der': ('Der', 'Die')}

# ------------------------------------------------------------------ places, institutions, companies

TOWNS = POOLS['towns']
STREET_BASES = POOLS['streetBases']
FIXED = POOLS['fixedStreets']
COMPANY_WORDS = POOLS['companyWords']
BRANDS = POOLS['brands']
BODIES = POOLS['namedBodies']
CONSULATES = POOLS['consulates']
FOREIGN = POOLS['foreignAddresses']
SUFFIX_W = [('straße', 30), ('str.', 14), ('weg', 16), ('gasse', 4), ('ring', 6), ('allee', 3), ('pfad', 3),
            ('steg', 2), ('stieg', 2), ('graben', 2), ('hang', 2), ('höhe', 2), ('grund', 2), ('feld', 2),
            ('strasse', 3), ('Str.', 3)]


def street():
    if rng.random() < 0.22:
        return rng.choice(FIXED)
    b = rng.choice(STREET_BASES)
    suf = w(SUFFIX_W)
    if '-' in b:
        suf = {'straße': 'Straße', 'str.': 'Str.', 'strasse': 'Strasse', 'Str.': 'Str.'}.get(suf, suf.capitalize())
        return b + '-' + suf
    if suf == 'Str.':
        return b + '-Str.'
    return b + suf


def house_no():
    return w([(str(rng.randrange(1, 60)), 60), (str(rng.randrange(60, 180)), 8),
              (str(rng.randrange(1, 40)) + rng.choice('abc'), 12), (str(rng.randrange(1, 30)) + ' ' + rng.choice('ab'), 5),
              ('%d-%d' % ((lambda a: (a, a + 2))(rng.randrange(1, 40))), 5)])


def new_address(town=None):
    t = town or rng.choice(TOWNS)
    return {'street': street() + ' ' + house_no(), 'postcode': t[1], 'city': t[0], 'plate': t[2]}


def foreign_address(cust):
    cands = [a for a in FOREIGN if a[0] == cust.cc]
    if cust.origin == 'ml10':
        cands = [a for a in cands if 'Punjab' not in a[1]]
    elif cust.origin == 'pa10':
        cands = [a for a in cands if 'Punjab' in a[1]]
    return rng.choice(cands or FOREIGN)[1]


def addr_text(a, full=True):
    if not full:
        return a['street']
    tail = w([(', ', 50), ('\n', 10), (' ', 12), (' in ', 8), (' – ', 6), ('; ', 4), (', D-', 3)])
    return a['street'] + tail + a['postcode'] + ' ' + a['city']


ART = {'nom': {'m': 'der ', 'f': 'die ', 'n': 'das ', 'pl': 'die '},
       'der': {'f': 'der ', 'pl': 'der '},
       'dat': {'m': 'dem ', 'f': 'der ', 'n': 'dem ', 'pl': 'den '},
       'von': {'m': 'vom ', 'f': 'von der ', 'n': 'vom ', 'pl': 'von den '},
       'bei': {'m': 'beim ', 'f': 'bei der ', 'n': 'beim ', 'pl': 'bei den '},
       'zu': {'m': 'zum ', 'f': 'zur ', 'n': 'zum ', 'pl': 'zu den '},
       'in': {'m': 'im ', 'f': 'in der ', 'n': 'im ', 'pl': 'in den '}}
ART['vom'], ART['beim'] = ART['von'], ART['bei']

INST_BY_TYPE = {}
for pat, g, sub in O.INST_PATTERNS:
    INST_BY_TYPE.setdefault(sub, []).append((pat, g, None))
for name, g, dat, sub in BODIES:
    INST_BY_TYPE.setdefault(sub, []).append((name, g, dat))
INST_BY_TYPE['cons'] = [(n, g, d) for n, g, d in CONSULATES]
INST_ALIAS = {'BZSt': 'Finanzamt', 'jva': 'JVA|Justizvollzugsanstalt', 'chamber': 'Handwerkskammer|Kreishandwerkerschaft',
              'kidschool': 'Gesamtschule|Grundschule|Förderschule'}
CONS_BY_CC = {'IN': 'Indien', 'LK': 'Sri Lanka', 'TH': 'Thailand|Thailändisch', 'CD': 'Kongo', 'MA': 'Marokkanisch',
              'TN': 'Tunesisch', 'LB': 'Libanesisch'}


def inst_candidates(typ):
    typ = INST_ALIAS.get(typ, typ)
    if typ == 'any':
        return [e for k, v in sorted(INST_BY_TYPE.items()) for e in v]
    if typ in INST_BY_TYPE:
        return INST_BY_TYPE[typ]
    heads = typ.split('|')
    out = [e for v in INST_BY_TYPE.values() for e in v if any(e[0].startswith(h) for h in heads)]
    assert out, typ
    return out


def make_inst(typ, case, cc=None):
    cands = inst_candidates(typ)
    if typ == 'cons' and cc in CONS_BY_CC:
        keys = CONS_BY_CC[cc].split('|')
        sel = [c for c in cands if any(k in c[0] for k in keys)]
        cands = sel or cands
    if case == 'der':
        cands = [c for c in cands if c[1] in ('f', 'pl')]
        assert cands, typ
    pat, g, dat = rng.choice(cands)
    t = rng.choice(TOWNS)
    name = pat.replace('{t}', t[0].split(' (')[0] if rng.random() < 0.5 else t[0])
    if case in ('dat', 'von', 'vom', 'bei', 'beim', 'zu', 'in', 'der') and dat:
        name = dat
    return (ART[case][g] if case != 'bare' else ''), name


TRADES = O.TRADES
RETAIL = {'Kik Textilien', 'Fielmann', 'Apollo-Optik', 'Pfennigpfeiffer', 'Dehner', 'Globetrotter', 'Ikea', 'Roller',
          'Poco', 'Takko', 'Deichmann', 'Woolworth', 'Tedi', 'Action', 'Kodi', 'Mäc-Geiz', 'Thomas Philipps'}
LEGAL = O.LEGAL


def co_word():
    return rng.choice(COMPANY_WORDS)


def surname_any():
    return rng.choice(ALL_G['s'])


def make_company(typ):
    """returns (name, gender)"""
    lf = lambda: rng.choice(LEGAL)  # noqa: E731
    if typ == 'any':
        typ = w([('trade', 30), ('temp', 8), ('care', 8), ('clean', 8), ('logistics', 10), ('brand', 16), ('owner', 14),
                 ('housing', 3), ('shop', 5)])
    if typ == 'brand':
        n, g = rng.choice(BRANDS)
        return n, g
    if typ == 'trade':
        tr, g = rng.choice(TRADES)
        form = rng.randrange(4)
        if form == 0:
            return co_word() + ' ' + tr + ' ' + (legal := lf()), 'f' if legal not in ('e.K.',) else g
        if form == 1:
            return tr + ' ' + co_word() + ' ' + (legal := lf()), 'f' if legal not in ('e.K.',) else g
        if form == 2:
            return co_word() + '-' + tr + ' ' + 'GmbH', 'f'
        legal = rng.choice(['GmbH', 'e.K.', 'KG', '& Söhne'])
        return tr + ' ' + surname_any() + ' ' + legal, 'f' if legal in ('GmbH', 'KG') else g
    if typ == 'temp':
        return w([(co_word() + ' Personaldienstleistungen GmbH', 1), (co_word() + ' Zeitarbeit GmbH', 1),
                  ('Personalservice ' + co_word() + ' GmbH', 1), (co_word() + ' Jobs & Talente GmbH', 1)]), 'f'
    if typ == 'care':
        return w([(('Pflegedienst ' + co_word(), 'm'), 1), (('Seniorenresidenz ' + co_word(), 'f'), 1),
                  ((co_word() + ' Pflege gGmbH', 'f'), 1), (('Pflegeteam ' + surname_any() + ' GmbH', 'f'), 1)])
    if typ == 'clean':
        return w([('Gebäudereinigung ' + co_word() + ' GmbH', 1), (co_word() + ' Gebäudeservice GmbH', 1),
                  ('Reinigungsdienst ' + surname_any() + ' GmbH', 1)]), 'f'
    if typ == 'logistics':
        return w([('Spedition ' + surname_any(), 1), (co_word() + ' Logistik GmbH', 1),
                  ('Spedition ' + co_word() + ' GmbH & Co. KG', 1)]), 'f'
    if typ == 'owner':
        tr, g = rng.choice([('Hausmeisterservice', 'm'), ('Malerbetrieb', 'm'), ('Fliesenlegerbetrieb', 'm'),
                            ('Reinigungsservice', 'm'), ('Gartenpflege', 'f'), ('Kurierdienst', 'm'),
                            ('Nagelstudio', 'n'), ('Imbiss', 'm'), ('Lebensmittel', 'pl'), ('Transporte', 'pl')])
        if g == 'pl':
            g = 'm'
            return tr + ' ' + surname_any(), 'pl'
        return tr + ' ' + surname_any(), g
    if typ == 'housing':
        t = rng.choice(TOWNS)[0].split(' (')[0]
        return w([('Wohnungsbaugesellschaft ' + t + ' mbH', 1), ('Hausverwaltung ' + surname_any() + ' GmbH', 1),
                  (co_word() + ' Immobilien GmbH', 1), ('Wohnungsgenossenschaft ' + t + ' eG', 1)]), 'f'
    if typ == 'shop':
        return w([('Getränkemarkt ' + surname_any(), 1), ('Bäckerei ' + surname_any(), 1),
                  ('Kiosk ' + co_word(), 1)]), 'm' if rng.random() < 0.3 else 'f'
    if typ == 'sw':
        return 'Stadtwerke ' + rng.choice(TOWNS)[0].split(' (')[0], 'pl'
    if typ == 'school':
        return w([(('Bildungszentrum ' + co_word() + ' gGmbH', 'f'), 1), ((co_word() + ' Akademie GmbH', 'f'), 1),
                  (('Bildungswerk ' + co_word() + ' e.V.', 'n'), 1)])
    if typ == 'lang':
        return w([('Sprachschule ' + co_word(), 1), ('Sprachinstitut ' + surname_any(), 1)]), 'f'
    if typ == 'retail':
        cands = [b for b in BRANDS if b[0] in RETAIL] or BRANDS
        n, g = rng.choice(cands)
        return n, g
    if typ == 'tutor':
        return w([('Lernstudio ' + co_word(), 1), ('Nachhilfe-Institut ' + surname_any(), 1)]), 'n'
    if typ == 'undertaker':
        return w([('Bestattungshaus ' + surname_any(), 1), ('Bestattungen ' + co_word(), 1)]), 'n'
    if typ == 'security':
        return co_word() + ' Sicherheitsdienst GmbH', 'f'
    if typ == 'kfzws':
        return w([('Kfz-Werkstatt ' + surname_any(), 1), ('Autohaus ' + co_word() + ' GmbH', 1)]), 'f'
    if typ == 'driving':
        return w([('Fahrschule ' + surname_any(), 1), ('Fahrschule ' + co_word(), 1)]), 'f'
    raise KeyError(typ)


def company(typ, case):
    for _ in range(200):
        n, g = make_company(typ)
        if case != 'bare' and typ in ('any', 'brand', 'retail') and any(n == b[0] for b in BRANDS):
            if typ == 'any':
                continue
        if case == 'der' and g not in ('f', 'pl'):
            continue
        if g == 'pl' and case not in ('bare', 'nom', 'der'):
            if not n.startswith('Stadtwerke '):
                continue
            n = 'Stadtwerken ' + n[len('Stadtwerke '):]
        if case == 'bare':
            return '', n
        return ART[case][g], n
    raise AssertionError(typ)


# ------------------------------------------------------------------ phones, mails, numbers

AREA = ['02721', '02972', '02761', '02391', '02351', '02192', '02263', '02245', '02441', '02444', '02421', '02456',
        '02163', '02834', '02823', '02801', '02858', '02862', '02561', '02551', '02505', '02526', '02591', '02922',
        '02941', '02961', '05251', '05231', '05234', '05271', '05741', '05744', '039382', '03907', '03931', '03473',
        '03946', '034602', '03445', '034445', '034771', '036331', '03601', '03621', '036841', '03641', '036481',
        '02662', '02602', '02681', '02634', '06542', '06571', '06561', '06591', '06752', '06322', '06341', '06391',
        '06371', '06831', '06861', '06851', '06881', '06825', '06894']
MOB = ['0151', '0152', '0155', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174', '0175',
       '0176', '0177', '0178', '0179', '01512', '01520', '01590']
FOREIGN_TEL = [('+91', lambda: rng.choice('6789') + digits(4) + ' ' + digits(5)),
               ('+94', lambda: '7' + rng.choice('1245678') + ' ' + digits(3) + ' ' + digits(4)),
               ('+66', lambda: rng.choice(['81', '89', '86', '92', '95']) + ' ' + digits(3) + ' ' + digits(4)),
               ('+243', lambda: rng.choice(['81', '82', '84', '85', '97', '99']) + ' ' + digits(3) + ' ' + digits(4)),
               ('+212', lambda: '6 ' + ' '.join(digits(2) for _ in range(4))),
               ('+216', lambda: rng.choice('2459') + digits(1) + ' ' + digits(3) + ' ' + digits(3)),
               ('+961', lambda: rng.choice(['3', '70', '71', '76']) + ' ' + digits(3) + ' ' + digits(3)),
               ('+7', lambda: '7' + rng.choice(['01', '05', '07', '47', '77']) + ' ' + digits(3) + ' ' + digits(4))]


def pairs_from_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    if s:
        out.insert(0, s)
    return ' '.join(out)


def tel_land():
    a, n = rng.choice(AREA), digits(rng.choice([5, 6, 6, 7]), True)
    return w([(a + ' ' + n, 30), (a + '/' + n, 20), (a + '-' + n, 12), ('(' + a + ') ' + n, 8),
              ('+49 ' + a[1:] + ' ' + n, 10), ('+49 (0)' + a[1:] + ' ' + n, 4), (pairs_from_right(a) + ' / ' + pairs_from_right(n), 6),
              (a + ' ' + pairs_from_right(n), 6), (a + n, 4)])


def tel_mob():
    p, n = rng.choice(MOB), digits(7 if len(MOB[0]) == 4 else 7, True)
    if len(p) == 5:
        n = n[:6] if rng.random() < 0.5 else n
    return w([(p + ' ' + n, 30), (p + '-' + n, 10), (p + '/' + n, 12), (p + ' / ' + n[:3] + ' ' + n[3:5] + ' ' + n[5:], 6),
              ('+49 ' + p[1:] + ' ' + n, 14), ('+49' + p[1:] + n, 5), ('0049 ' + p[1:] + ' ' + n, 5),
              (p + ' ' + n[:3] + ' ' + n[3:], 8), ('(' + p + ') ' + n, 4), (p + n, 6)])


def tel_staff(area=None):
    a = area or rng.choice(AREA)
    return a + ' ' + digits(3, True) + '-' + digits(3, True)


PHONE_CC = {'IN': '+91', 'LK': '+94', 'TH': '+66', 'CD': '+243', 'MA': '+212', 'TN': '+216', 'LB': '+961', 'KZ': '+7'}


def tel_foreign(home=None):
    cands = [x for x in FOREIGN_TEL if x[0] == PHONE_CC.get(home)] or FOREIGN_TEL
    cc, f = rng.choice(cands)
    n = f()
    return w([(cc + ' ' + n, 60), ('00' + cc[1:] + ' ' + n, 20), (cc + n.replace(' ', ''), 20)])


def spoken_digits(s):
    return ' '.join(DIGW[int(c)] for c in s if c.isdigit())


MAILDOM = ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de', 'yahoo.de', 'icloud.com', 'freenet.de',
           'posteo.de', 'mail.de', 'hotmail.com', 'gmx.net', 'aol.com']


def person_mail(p, staff_domain=None):
    g, s = ascii_slug(p.given.split('-')[0]), ascii_slug(p.surname.split('-')[0])
    if staff_domain:
        return w([(g + '.' + s + '@' + staff_domain, 85), (g[0] + '.' + s + '@' + staff_domain, 15)])
    loc = w([(g + '.' + s, 30), (g + s, 10), (g[0] + '.' + s, 10), (s + '.' + g + str(rng.randrange(70, 100)), 10),
             (g + '_' + s, 8), (g + str(rng.randrange(1, 99)), 10), (s + g[0] + str(rng.randrange(1, 9999)), 10),
             (g + '.' + s[:3] + str(rng.randrange(80, 99)), 6), ('mama.' + g, 2 if p.gender == 'f' else 0)])
    return loc + '@' + rng.choice(MAILDOM)


def mail_variant(m):
    loc, dom = m.split('@')
    return w([(m, 70), (loc + '(at)' + dom, 6), (loc + ' [at] ' + dom, 4), (loc + ' @ ' + dom, 4),
              (m[0].upper() + m[1:], 6), (m.upper(), 2), (loc + '@' + dom.replace('.', ' . '), 1), (m + ' ', 0)])


def kdnr_make(prefix):
    return prefix + 'D' + digits(6)


def kdnr_variant(k):
    return w([(k, 55), (k[:4] + ' ' + k[4:], 12), (k[:3] + ' D ' + k[4:], 12), (k.lower(), 6),
              (k[:3] + '-D-' + k[4:], 5), (k[:3] + ' D' + k[4:], 4), (k[:4] + ' ' + k[4:7] + ' ' + k[7:], 6)])


def bg_variant(b):
    return w([(b, 50), (b[:5] + ' BG ' + b[7:], 18), (b[:5] + 'BG ' + b[7:], 10), (b[:5] + '-BG-' + b[7:], 8),
              (b.lower(), 6), (b[:5] + ' BG ' + b[7:10] + ' ' + b[10:], 8)])


def iban_variant(i):
    grp = ' '.join(i[k:k + 4] for k in range(0, len(i), 4))
    return w([(grp, 50), (i, 28), (grp.lower(), 4), (i[:4] + ' ' + i[4:12] + ' ' + i[12:], 6 if i.startswith('DE') else 0),
              (grp.replace(' ', '  ', 1), 3), (i[:2] + ' ' + i[2:4] + ' ' + ' '.join(i[k:k + 4] for k in range(4, len(i), 4)), 5)])


def id_variant(s):
    return w([(s, 55), (s[:9] + ' ' + s[9], 20), (s.lower(), 8), (s[:4] + ' ' + s[4:9] + ' ' + s[9], 10),
              (s[:9] + '-' + s[9], 7)])


def taxid_variant(s):
    return w([(s, 50), (s[:2] + ' ' + s[2:5] + ' ' + s[5:8] + ' ' + s[8:], 22), (s[:3] + ' ' + s[3:6] + ' ' + s[6:9] + ' ' + s[9:], 10),
              (s[:4] + ' ' + s[4:8] + ' ' + s[8:], 8), (s[:2] + '.' + s[2:5] + '.' + s[5:8] + '.' + s[8:], 5),
              (s[:2] + ' ' + s[2:5] + ' ' + s[5:8] + ' ' + s[8:10] + s[10], 5)])


def rv_variant(s):
    return w([(s[:2] + ' ' + s[2:8] + ' ' + s[8] + ' ' + s[9:], 40), (s, 25), (s[:2] + ' ' + s[2:8] + ' ' + s[8:], 12),
              (s[:2] + ' ' + s[2:8] + ' ' + s[8].lower() + ' ' + s[9:], 5), (s[:2] + '-' + s[2:8] + '-' + s[8] + '-' + s[9:], 8),
              (s[:2] + ' ' + s[2:4] + ' ' + s[4:6] + ' ' + s[6:8] + ' ' + s[8] + ' ' + s[9:], 10)])


def plate_make(code):
    letters = ''.join(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randrange(1, 10 ** rng.choice([2, 3, 3, 4])))
    suf = w([('', 90), ('E', 6), ('H', 4)])
    return code, letters, num, suf


def plate_variant(p):
    code, l, n, suf = p
    s2 = (' ' + suf) if suf and rng.random() < 0.5 else suf
    return w([(code + '-' + l + ' ' + n + s2, 45), (code + ' ' + l + ' ' + n + s2, 20), (code + '-' + l + n + s2, 10),
              ((code + '-' + l + ' ' + n + s2).lower(), 5), (code + ' - ' + l + ' ' + n + s2, 5), (code + l + n + suf, 5),
              (code + ':' + l + ' ' + n + s2, 3), (code + '-' + l + '-' + n + s2, 7)])


def date_form(d, form):
    dd, mm, yy = d.day, d.month, d.year
    if form == 'num':
        return w([('%02d.%02d.%d' % (dd, mm, yy), 75), ('%d.%d.%d' % (dd, mm, yy), 12), ('%02d.%02d.%02d' % (dd, mm, yy % 100), 13)])
    if form == 'noyr':
        return w([('%02d.%02d.' % (dd, mm), 70), ('%d.%d.' % (dd, mm), 30)])
    if form == 'long':
        return w([('%d. %s %d' % (dd, MONTHS[mm - 1], yy), 80), ('%d. %s %d' % (dd, MONABBR[mm - 1], yy), 20)])
    if form == 'en':
        return w([('%s %d, %d' % (EN_MONTHS[mm - 1], dd, yy), 50), ('%d %s %d' % (dd, EN_MONTHS[mm - 1], yy), 50)])
    if form == 'spoken':
        return ORD[dd] + ' ' + ORD[mm]
    if form == 'spokenyear':
        return ORD[dd] + ' ' + ORD[mm] + ' ' + year_words(yy)
    if form == 'birth':
        return w([('%02d.%02d.%d' % (dd, mm, yy), 55), ('%d.%d.%d' % (dd, mm, yy), 10), ('%02d.%02d.%02d' % (dd, mm, yy % 100), 10),
                  ('%d. %s %d' % (dd, MONTHS[mm - 1], yy), 8), ('%d-%02d-%02d' % (yy, mm, dd), 5), ('%02d/%02d/%d' % (dd, mm, yy), 7),
                  ('%02d.%02d.%d' % (dd, mm, yy), 5)])
    # default
    return w([('%02d.%02d.%d' % (dd, mm, yy), 42), ('%d.%d.%d' % (dd, mm, yy), 10), ('%02d.%02d.%02d' % (dd, mm, yy % 100), 14),
              ('%d.%d.%02d' % (dd, mm, yy % 100), 5), ('%d. %s %d' % (dd, MONTHS[mm - 1], yy), 10),
              ('%d. %s' % (dd, MONTHS[mm - 1]), 3), ('%d-%02d-%02d' % (yy, mm, dd), 4), ('%02d.%02d.' % (dd, mm), 8),
              ('%d. %s %d' % (dd, MONABBR[mm - 1], yy), 4)])


# ------------------------------------------------------------------ records

def iso(d):
    return d.isoformat()


def make_offices():
    towns = rng.sample(TOWNS, 20)
    jcs, ags = [], []
    used = set()
    for t in towns[:13]:
        while True:
            pre = str(rng.randrange(300, 990))
            if pre not in used:
                used.add(pre)
                break
        jcs.append({'id': pre + '%02d' % rng.randrange(1, 4), 'town': t})
    for t in towns[13:]:
        while True:
            pre = str(rng.randrange(300, 990))
            if pre not in used:
                used.add(pre)
                break
        ags.append({'id': pre, 'town': t})
    return jcs, ags


JCS, AGS = make_offices()
STAFF = {}


def staff_for(office, sgb):
    key = office['id']
    if key not in STAFF:
        lst = []
        slug = ascii_slug(office['town'][0].split(' (')[0])
        dom = ('jobcenter-' + slug + '.de') if sgb == 'SGB2' else 'arbeitsagentur.de'
        area = rng.choice(AREA)
        for _ in range(rng.randrange(3, 6)):
            p = Person(STAFF_ORIGINS, role='staff')
            p.mail = person_mail(p, dom)
            p.phone = tel_staff(area)
            p.id = 'MA-%04d' % rng.randrange(1000, 9999)
            lst.append(p)
        tl = Person(STAFF_ORIGINS, role='staff')
        tl.id = 'TL-%04d' % rng.randrange(1000, 9999)
        tl.mail, tl.phone = person_mail(tl, dom), tel_staff(area)
        STAFF[key] = (lst, tl, dom, area)
    return STAFF[key]


EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview',
               'employerContact', 'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
CHANNELS = [('inPerson', 50), ('phone', 35), ('video', 15)]
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
            'wageSubsidy', 'rehabilitation']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners',
          'disabledPersons', 'refugees']


def make_record(idx, sgb):
    office = rng.choice(JCS if sgb == 'SGB2' else AGS)
    staff, tl, dom, area = staff_for(office, sgb)
    cw = rng.choice(staff)
    cust = Person(CUST_ORIGINS, role='customer', birth=True)
    today = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 500))
    age = rng.randrange(18, 63)
    bdate = datetime.date(today.year - age, rng.randrange(1, 13), rng.randrange(1, 29))
    home = new_address(rng.choice(TOWNS) if rng.random() < 0.3 else office['town'])
    nat = rng.choice(NAT[cust.origin]) if (cust.origin == 'de10' or rng.random() < 0.75) else 'DE'
    cust.bdate = bdate
    cust.cc = {'ml10': 'IN', 'pa10': 'IN', 'si10': 'LK', 'th10': 'TH', 'cd10': 'CD', 'lb10': 'LB',
               'mg10': nat if nat in ('MA', 'TN') else rng.choice(['MA', 'TN']), 'ug10': rng.choice(['KZ', 'TR']),
               'de10': rng.choice(['KZ', 'TR', 'MA', 'TH', 'LK'])}[cust.origin]
    cust.addr = home
    cust.mob = tel_mob()
    cust.mailaddr = person_mail(cust)
    cust.iban = iban_de()
    cust.taxid = taxid_make()
    cust.rv = rv_make(bdate, (cust.birth or cust.surname), cust.gender)
    cust.plate = plate_make(home['plate'])
    cust.idc = id_make('LMNPRTVWXY')
    prefix = office['id'][:3]
    knr = kdnr_make(prefix)
    intake = today - datetime.timedelta(days=rng.randrange(20, 200))
    edates = sorted(intake + datetime.timedelta(days=rng.randrange(1, 360)) for _ in range(5))
    events = [{'date': iso(d), 'type': rng.choice(EVENT_TYPES), 'channel': w(CHANNELS), 'note': ''} for d in edates]
    rec = {'customerNumber': knr}
    if sgb == 'SGB2':
        rec['householdNumber'] = office['id'] + 'BG' + digits(7)
    rec['legalDomain'] = sgb
    rec['regionalDirectorate'] = office['town'][3]
    tname = office['town'][0]
    if sgb == 'SGB2':
        rec['jobCentre'] = {'id': office['id'], 'name': 'Jobcenter ' + tname, 'consents16a': rng.random() < 0.3}
    else:
        rec['agency'] = {'id': office['id'], 'name': 'Agentur für Arbeit ' + tname}
    rec['team'] = office['id'] + '-T%02d' % rng.randrange(1, 6)
    rec['teamLead'] = {'id': tl.id, 'name': tl.given + ' ' + tl.surname}
    rec['caseWorker'] = {'id': cw.id, 'name': cw.given + ' ' + cw.surname, 'phone': cw.phone, 'email': cw.mail}
    rec['customer'] = {'firstName': cust.given, 'lastName': cust.surname, 'birthName': cust.birth,
                       'birthDate': iso(bdate), 'gender': cust.gender, 'nationality': nat,
                       'address': {'street': home['street'], 'postcode': home['postcode'], 'city': home['city']},
                       'phone': cust.mob, 'email': cust.mailaddr, 'iban': cust.iban, 'taxId': cust.taxid,
                       'pensionInsuranceNumber': cust.rv}
    rec['customerProcess'] = w([('placement', 85), ('rehabilitation', 15)])
    rec['customerGroup'] = rng.choice(GROUPS)
    rec['municipalServices16a'] = (sgb == 'SGB2' and rng.random() < 0.25)
    rec['review'] = {'flagged': rng.random() < 0.5, 'month': edates[-1].strftime('%Y-%m'),
                     'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
    ph = [{'from': iso(intake), 'profile': rng.choice(PROFILES)}]
    if rng.random() < 0.5:
        ph.append({'from': iso(intake + datetime.timedelta(days=rng.randrange(60, 200))), 'profile': rng.choice(PROFILES)})
    rec['profileHistory'] = ph
    rec['events'] = events
    ms = []
    for _ in range(rng.randrange(0, 3)):
        st = intake + datetime.timedelta(days=rng.randrange(10, 200))
        ms.append({'start': iso(st), 'end': iso(st + datetime.timedelta(days=rng.randrange(30, 180))),
                   'kind': rng.choice(MEASURES), 'outcome': rng.choice(['completed', 'aborted', 'ongoing'])})
    rec['measures'] = sorted(ms, key=lambda m: m['start'])
    ex = rng.random() < 0.2
    rec['caseManagement'] = {'intake': iso(intake), 'exit': iso(edates[-1] + datetime.timedelta(days=5)) if ex else None,
                             'exitReason': rng.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved',
                                                       'incapacity', 'noCooperation']) if ex else None}
    ctx = {'cust': cust, 'cw': cw, 'tl': tl, 'staff': staff, 'dom': dom, 'area': area, 'knr': knr,
           'bg': rec.get('householdNumber'), 'prefix': prefix, 'office': office, 'sgb': sgb}
    return rec, ctx


# ------------------------------------------------------------------ template rendering

SLOT = re.compile(r'\{([^{}]+)\}')
PERSON_KEY = re.compile(r'^(C|S|L|S\d|P\d)([fm]?)$')


def template_domain(t):
    if t[:2] in ('2|', '3|'):
        return t[0], t[2:]
    return '', t


def slot_kinds(body):
    out = {}
    for m in SLOT.finditer(body):
        k = slot_kind(m.group(1))
        if k:
            out[k] = out.get(k, 0) + 1
    return out


def slot_kind(s):
    head = s.split(':')[0]
    base = head.split('.')[0]
    pm = PERSON_KEY.match(base)
    if pm:
        if '.' in head:
            return None
        c = pm.group(1)[0]
        return 'customerName' if c == 'C' else ('staffName' if c in 'SL' else 'thirdPersonName')
    return {'date': 'date', 'bd': 'birthDate', 'bdo': 'birthDate', 'tel': 'phone', 'mob': 'phone', 'telS': 'phone',
            'telX': 'phone', 'mail': 'email', 'iban': 'iban', 'ausweis': 'idCard', 'pass': 'idCard',
            'kfz': 'licensePlate', 'stid': 'taxId', 'rv': 'pensionNumber', 'kdnr': 'customerNumber',
            'bg': 'householdNumber', 'adr': 'address', 'inst': 'institution', 'firma': 'company'}.get(base)


class Note:
    def __init__(self, ctx, edate):
        self.ctx, self.edate = ctx, edate
        self.people = {'C': ctx['cust'], 'S': ctx['cw'], 'L': ctx['tl']}

    def person(self, key):
        m = PERSON_KEY.match(key)
        assert m, key
        base, g = m.group(1), m.group(2) or None
        if base not in self.people:
            if base[0] == 'S':
                cands = [p for p in self.ctx['staff'] if p is not self.ctx['cw'] and p.given + p.surname not in
                         {q.given + q.surname for q in self.people.values()} and (g is None or p.gender == g)]
                if cands and rng.random() < 0.6:
                    p = rng.choice(cands)
                else:
                    p = Person(STAFF_ORIGINS, gender=g, role='staff')
                    p.mail = person_mail(p, self.ctx['dom'])
                    p.phone = tel_staff(self.ctx['area'])
            else:
                co = self.ctx['cust'].origin
                while True:
                    p = Person([(co, 1)] if rng.random() < 0.55 else THIRD_ORIGINS, gender=g)
                    if p.given + p.surname not in {q.given + q.surname for q in self.people.values()}:
                        break
            self.people[base] = p
        return self.people[base]


def render(body, note, lower=False, upper=False):
    """returns list of (text, kind)"""
    pieces = []
    slots = list(SLOT.finditer(body))
    ndates = sum(1 for m in slots if m.group(1).split(':')[0] == 'date')
    offs = sorted(rng.sample(range(-45, 46), ndates))
    di = 0
    pos = 0
    for m in slots:
        pieces.append((body[pos:m.start()], None))
        pos = m.end()
        s = m.group(1)
        parts = s.split(':')
        head, arg = parts[0], parts[1] if len(parts) > 1 else ''
        base = head.split('.')[0]
        ctx, cust = note.ctx, note.ctx['cust']
        if PERSON_KEY.match(base):
            p = note.person(base)
            if '.' in head:
                cue = head.split('.', 1)[1]
                pieces.append((CUES[cue][0 if p.gender == 'm' else 1], None))
            else:
                kind = 'customerName' if base == 'C' else ('staffName' if base[0] in 'SL' else 'thirdPersonName')
                pieces.append((p.form(arg), kind))
            continue
        if head == 'date':
            d = datetime.date.fromisoformat(note.edate) + datetime.timedelta(days=offs[di])
            di += 1
            pieces.append((date_form(d, arg or 'default'), 'date'))
        elif head == 'bd':
            pieces.append((date_form(cust.bdate, {'': 'birth', 'spoken': 'spokenyear'}.get(arg, arg)), 'birthDate'))
        elif head == 'bdo':
            lo, hi = {'old': (1938, 1972), 'kid': (2006, 2023)}.get(arg, (1955, 2004))
            d = datetime.date(rng.randrange(lo, hi), rng.randrange(1, 13), rng.randrange(1, 29))
            pieces.append((date_form(d, 'birth'), 'birthDate'))
        elif head == 'tel':
            pieces.append((tel_land(), 'phone'))
        elif head == 'mob':
            if arg == 'spoken':
                pieces.append((spoken_digits(rng.choice(MOB) + digits(7, True)), 'phone'))
            else:
                pieces.append((cust.mob if arg != 'new' and rng.random() < 0.5 else tel_mob(), 'phone'))
        elif head == 'telS':
            pieces.append((note.ctx['cw'].phone if rng.random() < 0.5 else tel_staff(ctx['area']), 'phone'))
        elif head == 'telX':
            pieces.append((tel_foreign(cust.cc), 'phone'))
        elif head == 'mail':
            p = note.person(arg)
            if arg == 'C':
                m_ = cust.mailaddr if rng.random() < 0.6 and parts[2:] != ['new'] else person_mail(cust)
                while parts[2:] == ['new'] and m_ == cust.mailaddr:
                    m_ = person_mail(cust)
            elif arg[0] in 'SL':
                m_ = p.mail
            else:
                m_ = person_mail(p)
            pieces.append((mail_variant(m_), 'email'))
        elif head == 'iban':
            i = iban_foreign(cust.cc) if arg == 'x' else (iban_de() if arg in ('P', 'new') or rng.random() < 0.3 else cust.iban)
            pieces.append((iban_variant(i), 'iban'))
        elif head == 'ausweis':
            pieces.append((id_variant(cust.idc if rng.random() < 0.6 else id_make('LMNPRTVWXY')), 'idCard'))
        elif head == 'pass':
            pieces.append((id_variant(id_make('CFGHJK')), 'idCard'))
        elif head == 'kfz':
            pieces.append((plate_variant(cust.plate if rng.random() < 0.5 else plate_make(rng.choice(TOWNS)[2])), 'licensePlate'))
        elif head == 'stid':
            pieces.append((taxid_variant(cust.taxid if arg != 'o' else taxid_make()), 'taxId'))
        elif head == 'rv':
            if arg == 'o':
                g = rng.choice('mf')
                r = rv_make(datetime.date(rng.randrange(1940, 2000), rng.randrange(1, 13), rng.randrange(1, 29)),
                            rng.choice('ABDEFGHKLMNPRSTW'), g)
            else:
                r = cust.rv
            pieces.append((rv_variant(r), 'pensionNumber'))
        elif head == 'kdnr':
            k = ctx['knr'] if arg in ('', 'spoken') else kdnr_make(ctx['prefix'])
            if arg == 'spoken':
                pieces.append((spoken_digits(k[:3]) + ' d ' + spoken_digits(k[4:]), 'customerNumber'))
            else:
                pieces.append((kdnr_variant(k), 'customerNumber'))
        elif head == 'bg':
            assert ctx['bg'], body
            b = ctx['bg'] if arg != 'o' else ctx['office']['id'] + 'BG' + digits(7)
            pieces.append((bg_variant(b), 'householdNumber'))
        elif head == 'adr':
            if arg == 'x':
                pieces.append((foreign_address(cust), 'address'))
            else:
                a = cust.addr if arg in ('', 'st') else new_address()
                full = arg in ('', 'o')
                txt = addr_text(a, full)
                pieces.append((txt, 'address'))
        elif head in ('inst', 'firma'):
            case = head.split('.')[1] if '.' in head else 'bare'
            if head.startswith('inst'):
                art, name = make_inst(arg, case, cust.cc)
                kind = 'institution'
            else:
                art, name = company(arg, case)
                kind = 'company'
            if art:
                pieces.append((art, None))
            pieces.append((name, kind))
        elif base in ('inst', 'firma'):
            case = head.split('.')[1]
            if base == 'inst':
                art, name = make_inst(arg, case, cust.cc)
                kind = 'institution'
            else:
                art, name = company(arg, case)
                kind = 'company'
            pieces.append((art, None))
            pieces.append((name, kind))
        elif head == 'ort':
            pieces.append((rng.choice(TOWNS)[0], None))
        elif head in ('n2', 'n3', 'n4', 'n5', 'n6'):
            pieces.append((digits(int(head[1]), True), None))
        elif head == 'yy':
            pieces.append(('%02d' % (int(note.edate[2:4])), None))
        else:
            raise KeyError(s)
    pieces.append((body[pos:], None))
    if lower:
        pieces = [(t.lower(), k) for t, k in pieces]
    elif upper:
        pieces = [(t.upper(), k) for t, k in pieces]
    return pieces


JOINERS = [('\n', 30), ('\n\n', 20), (' ', 20), ('\nUpdate: ', 6), ('\n=== ', 4), ('\n(später) ', 5), ('\n—\n', 4),
           ('\nEDIT: ', 3), (' … ', 3), ('\n[TS] ', 4), ('\nErg.: ', 3)]


def strip_span(text, s, e):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# ------------------------------------------------------------------ main

def main():
    records, ctxs = [], []
    doms = ['SGB2'] * 120 + ['SGB3'] * 40
    rng.shuffle(doms)
    for i, d in enumerate(doms):
        r, c = make_record(i, d)
        records.append(r)
        ctxs.append(c)
    tpls = [template_domain(t) for t in TEMPLATES]
    assert len(set(TEMPLATES)) == len(TEMPLATES), 'duplicate template'
    tkinds = [slot_kinds(b) for _, b in tpls]
    slots = []  # (record, event, nsegments)
    for ri, r in enumerate(records):
        for ei in range(len(r['events'])):
            slots.append([ri, ei, 2 if rng.random() < 0.05 else 1])
    # first pass: every template once
    order = list(range(len(tpls)))
    rng.shuffle(order)
    assign = {(ri, ei): [] for ri, ei, _ in slots}
    free = [(ri, ei) for ri, ei, n in slots for _ in range(n)]
    rng.shuffle(free)
    uses = [0] * len(tpls)
    expected = {k: 0 for k in KINDS}
    for ti in order:
        dom = tpls[ti][0]
        for j, (ri, ei) in enumerate(free):
            sg = records[ri]['legalDomain']
            if (dom == '' or (dom == '2' and sg == 'SGB2') or (dom == '3' and sg == 'SGB3')) and ti not in assign[(ri, ei)]:
                assign[(ri, ei)].append(ti)
                free.pop(j)
                uses[ti] += 1
                for k, v in tkinds[ti].items():
                    expected[k] += v
                break
        else:
            raise AssertionError('no slot for template %d' % ti)
    # deficit-weighted draw for the rest
    for (ri, ei) in free:
        sg = records[ri]['legalDomain']
        cand, ws = [], []
        for ti, (dom, _) in enumerate(tpls):
            if dom == '2' and sg != 'SGB2' or dom == '3' and sg != 'SGB3' or ti in assign[(ri, ei)] or uses[ti] >= 12:
                continue
            score = sum(v * (TARGET[k] - expected[k]) / TARGET[k] for k, v in tkinds[ti].items())
            score = max(score, 0.0) + 0.002
            cand.append(ti)
            ws.append(score / (1 + uses[ti]) ** 1.5)
        ti = rng.choices(cand, ws)[0]
        assign[(ri, ei)].append(ti)
        uses[ti] += 1
        for k, v in tkinds[ti].items():
            expected[k] += v
    truth = []
    for ri, r in enumerate(records):
        for ei, ev in enumerate(r['events']):
            note = Note(ctxs[ri], ev['date'])
            text, spans = '', []
            for si, ti in enumerate(assign[(ri, ei)]):
                if si:
                    j = w(JOINERS)
                    if j == '\n[TS] ':
                        j = '\n[%02d:%02d] ' % (rng.randrange(7, 18), rng.randrange(0, 60))
                    text += j
                note.people = {'C': note.ctx['cust'], 'S': note.ctx['cw'], 'L': note.ctx['tl']}
                rr = rng.random()
                pieces = render(tpls[ti][1], note, lower=rr < 0.03, upper=0.03 <= rr < 0.04)
                for t, k in pieces:
                    if k:
                        s, e = strip_span(text + t, len(text), len(text) + len(t))
                        assert e > s, (t, k)
                        spans.append((s, e, k))
                    text += t
            ev['note'] = text
            for s, e, k in spans:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': k, 'value': text[s:e]})
    assert all(u >= 1 for u in uses), 'template unused'
    with open(os.path.join(HERE, SPLIT + '.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, SPLIT + '.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    verify(uses)


# ------------------------------------------------------------------ verification on the re-read files

NAME_KINDS = {'customerName', 'staffName', 'thirdPersonName'}


def verify(uses):
    recs = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + '.jsonl'), encoding='utf-8')]
    truth = [json.loads(l) for l in open(os.path.join(HERE, SPLIT + '.truth.jsonl'), encoding='utf-8')]
    assert iban_ok('DE89370400440532013000') and iban_ok('GB82WEST12345698765432')
    assert taxid_ok('86095742719') and taxid_ok('47036892816')
    assert rv_ok('15070649C103')
    assert id_ok('T220001293')
    assert len(recs) == 160 and sum(r['legalDomain'] == 'SGB2' for r in recs) == 120
    by_ev = {}
    for t in truth:
        note = recs[t['record']]['events'][t['event']]['note']
        v = t['value']
        assert note[t['start']:t['end']] == v, t
        assert v == v.strip() and v, t
        assert all(ord(c) < 0x10000 for c in v)
        by_ev.setdefault((t['record'], t['event']), []).append(t)
        k, raw = t['kind'], re.sub(r'[\s.\-/_·]', '', v)
        if k == 'iban':
            assert iban_ok(v.replace(' ', '')), v
        elif k == 'taxId':
            assert taxid_ok(raw), v
        elif k == 'pensionNumber':
            assert rv_ok(raw), v
        elif k == 'idCard':
            assert id_ok(raw), v
        elif k == 'customerNumber':
            if not re.search(r'[a-z]{3}', v):
                assert re.fullmatch(r'\d{3}D\d{6}', raw.upper()), v
        elif k == 'householdNumber':
            assert re.fullmatch(r'\d{5}BG\d{7}', raw.upper()), v
            r = recs[t['record']]
            assert raw.upper().startswith(r['jobCentre']['id']), v
    for r in recs:
        assert r['customerNumber'][:3] == (r.get('jobCentre') or r.get('agency'))['id'][:3]
        if r['legalDomain'] == 'SGB2':
            assert 'jobCentre' in r and r['householdNumber'].startswith(r['jobCentre']['id'])
        else:
            assert 'agency' in r and 'householdNumber' not in r
        c = r['customer']
        assert iban_ok(c['iban']) and taxid_ok(c['taxId']) and rv_ok(c['pensionInsuranceNumber'])
    for key, lst in by_ev.items():
        lst.sort(key=lambda t: t['start'])
        note = recs[key[0]]['events'][key[1]]['note']
        for a, b in zip(lst, lst[1:]):
            assert a['end'] <= b['start'], (a, b)
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert note[a['end']:b['start']].strip() != '', (a, b)
    per = {k: 0 for k in KINDS}
    for t in truth:
        per[t['kind']] += 1
    words_out, distinct = 0, set()
    ev_wo = 0
    for ri, r in enumerate(recs):
        for ei, e in enumerate(r['events']):
            sp = by_ev.get((ri, ei), [])
            if not sp:
                ev_wo += 1
            mask = list(e['note'])
            for t in sp:
                for i in range(t['start'], t['end']):
                    mask[i] = ' '
            for tok in re.findall(r'[^\W\d_]{3,}', ''.join(mask)):
                words_out += 1
                distinct.add(tok.lower())
    counts = {SPLIT: {'records': len(recs), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in recs),
                      'events': sum(len(r['events']) for r in recs), 'spans': len(truth), 'templates': len(TEMPLATES),
                      'templatesUsed': sum(1 for u in uses if u), 'templatesWithoutSlots': sum(1 for t in TEMPLATES if not slot_kinds(template_domain(t)[1])),
                      'eventsWithoutSpan': ev_wo, 'wordTokensOutsideSpans': words_out,
                      'distinctWordTokensOutsideSpans': len(distinct), 'maxUsesOfOneTemplate': max(uses),
                      'distinctGivenNamesInPool': len(set(ALL_G['m']) | set(ALL_G['f'])),
                      'distinctSurnamesInPool': len(ALL_G['s']), 'perKind': per,
                      'ownPools': {k: len(v) for k, v in POOLS.items()}}}
    with open(os.path.join(HERE, 'counts-' + SPLIT + '.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(counts, ensure_ascii=False) + '\n')
    print(json.dumps(counts, ensure_ascii=False))


if __name__ == '__main__':
    main()
