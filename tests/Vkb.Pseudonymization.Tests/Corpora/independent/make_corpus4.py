#!/usr/bin/env python3
"""Fourth independent evaluation split ("heldout4") of German case-worker notes with planted personal data.

Python 3 stdlib only, deterministic (SEED).  Reads names4.json, writes heldout4.jsonl, heldout4.truth.jsonl and
counts-heldout4.json.  Asserts check digits and every truth span before and after writing.
The check-digit functions (IBAN, Steuer-IdNr, RV-Nummer, 7-3-1) and the build/verify/main skeleton follow
make_corpus3.py; templates, pools, value formatters and the rendering engine are new.
"""
import collections, datetime, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '20261205-4'
N_RECORDS = 180
SPLIT = 'heldout4'

# ---------------------------------------------------------------- check digits (algorithms as in make_corpus3.py)


def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)


def iban_valid(iban):
    iban = re.sub(r'[ \-.\n]', '', iban).upper()
    s = iban[4:] + iban[:4]
    return len(iban) >= 15 and int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def es_dc(digits, weights):
    r = 11 - sum(int(d) * w for d, w in zip(digits, weights)) % 11
    return {10: 1, 11: 0}.get(r, r)


def make_iban(rng):
    r = rng.random()
    digits = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
    if r < 0.78:
        cc, bban = 'DE', str(rng.randrange(10000000, 99999999)) + digits(10)
    elif r < 0.86:
        cc, bban = 'UA', rng.choice(['305299', '322001', '320649', '380805']) + digits(19)
    elif r < 0.93:
        # Belgium: 3 bank + 7 account + 2 national check (first 10 mod 97, 0 -> 97)
        b10 = digits(10)
        chk = int(b10) % 97 or 97
        cc, bban = 'BE', b10 + '%02d' % chk
    else:
        # Spain: 4 bank + 4 branch + 2 control digits + 10 account
        bank, branch, acc = digits(4), digits(4), digits(10)
        d1 = es_dc('00' + bank + branch, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6))
        d2 = es_dc(acc, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6))
        cc, bban = 'ES', bank + branch + f'{d1}{d2}' + acc
    return cc + iban_check(cc, bban) + bban


def national_ok(iban):
    i = re.sub(r'[ \-.\n]', '', iban).upper()
    if i.startswith('BE'):
        return (int(i[4:14]) % 97 or 97) == int(i[14:16])
    if i.startswith('ES'):
        w = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
        return es_dc('00' + i[4:12], w) == int(i[12]) and es_dc(i[14:24], w) == int(i[13])
    return True


def taxid_check(d10):
    product = 10
    for c in d10:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def taxid_structure_ok(d10):
    if d10[0] == '0':
        return False
    cnt = collections.Counter(d10)
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3):
        return False
    return not (cnt[multi[0]] == 3 and multi[0] * 3 in d10)


def taxid_valid(t):
    t = re.sub(r'[ ./\-]', '', t)
    return len(t) == 11 and t.isdigit() and taxid_structure_ok(t[:10]) and int(t[10]) == taxid_check(t[:10])


def make_taxid(rng):
    while True:
        d10 = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(9))
        if taxid_structure_ok(d10):
            return d10 + str(taxid_check(d10))


RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rv_check(first11):
    digits = first11[:8] + '%02d' % (ord(first11[8].upper()) - 64) + first11[9:11]
    total = 0
    for d, w in zip(digits, RV_WEIGHTS):
        p = int(d) * w
        total += p // 10 + p % 10
    return total % 10


def rv_valid(r):
    r = re.sub(r'[ \-/.]', '', r)
    return len(r) == 12 and r[:8].isdigit() and r[8].isalpha() and r[9:].isdigit() and int(r[11]) == rv_check(r[:11])


RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '23', '24',
            '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53',
            '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72',
            '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89']


def fold(s):
    s = s.replace('ß', 'ss').replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D')
    s = s.replace('ø', 'o').replace('Ø', 'O').replace('æ', 'ae').replace('Æ', 'Ae')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def make_rvnr(rng, birth, birthname, gender):
    serial = rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100)
    letter = fold(birthname).replace("'", '')[0].upper()
    if not ('A' <= letter <= 'Z'):
        letter = 'X'
    first11 = rng.choice(RV_AREAS) + birth.strftime('%d%m%y') + letter + '%02d' % serial
    return first11 + str(rv_check(first11))


ID_ALPHA = 'CFGHJKLMNPRTVWXYZ0123456789'


def id_check(s):
    w = (7, 3, 1)
    return str(sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s.upper())) % 10)


def make_doc(rng, first_letters):
    body = rng.choice(first_letters) + ''.join(rng.choice(ID_ALPHA) for _ in range(8))
    return body + id_check(body)


def self_check():
    assert iban_valid('DE89370400440532013000') and iban_check('DE', '370400440532013000') == '89'
    assert iban_valid('BE68539007547034') and national_ok('BE68539007547034')
    assert iban_valid('ES9121000418450200051332') and national_ok('ES9121000418450200051332')
    assert iban_valid('UA213223130000026007233566001')
    assert taxid_valid('86095742719') and taxid_valid('47036892816')
    assert rv_check('15070649C10') == 3
    assert id_check('T22000129') == '3'
    r = random.Random(5)
    for _ in range(3000):
        i = make_iban(r)
        assert iban_valid(i) and national_ok(i), i
        assert taxid_valid(make_taxid(r))
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=r.randrange(20000))
        assert rv_valid(make_rvnr(r, b, r.choice(['Ōno', 'Ábel', 'Çakır', "O'Hare"]), r.choice('mf')))
        d = make_doc(r, 'LMNPRTVWXYZ')
        assert id_check(d[:9]) == d[9]


# ---------------------------------------------------------------- pools

NAMES = json.load(open(os.path.join(HERE, 'names4.json'), encoding='utf-8'))
DROP = {'Gollum', 'Jos', 'Comment', 'Peace', 'Krishna'}   # joke / truncated / ordinary-word entries
for _src, _lists in NAMES.items():
    if not _src.startswith('_'):
        for _k in _lists:
            _lists[_k] = [n for n in _lists[_k] if n not in DROP]

# origin: (given-name sources, surname sources, weight, nationality)
ORIGINS = {
    'de': (['de_own4', 'nl_BE', 'en_IE'], ['de_own4', 'nl_BE', 'fr_CH', 'fr_CA'], 34, 'DE'),
    'hy': (['hy_AM'], ['hy_AM'], 9, 'AM'),
    'ce': (['ce_own'], ['ce_own'], 4, 'RU'),
    'in': (['en_IN'], ['en_IN'], 5, 'IN'),
    'lk': (['lk_own'], ['lk_own'], 3, 'LK'),
    'id': (['id_ID'], ['id_ID'], 3, 'ID'),
    'za': (['zu_ZA', 'en_NG'], ['zu_ZA', 'en_NG'], 3, 'ZA'),
    'la': (['es_CO', 'es_MX', 'es_AR'], ['es_CO', 'es_MX', 'es_AR'], 6, 'CO'),
    'ie': (['en_IE'], ['en_IE'], 4, 'IE'),
    'jp': (['ja_JP'], ['ja_JP'], 2, 'JP'),
    'tw': (['zh_TW'], ['zh_TW'], 3, 'TW'),
    'md': (['md_own'], ['md_own'], 1, 'MD'),
}
STAFF_ORIGINS = {'de': 60, 'ie': 8, 'hy': 6, 'la': 5, 'in': 4, 'id': 2, 'tw': 2, 'ce': 2}
GIVEN_KEYS = {'m': 'male', 'f': 'female'}


class Person:
    def __init__(self, first, last, gender, kind):
        self.first, self.last, self.gender, self.kind = first, last, gender, kind
        self.birthname = last


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.used_given, self.used_last = set(), set()

    def pick(self, srcs, key):
        pool = [n for s in srcs for n in NAMES.get(s, {}).get(key, [])]
        return self.rng.choice(pool) if pool else None

    def person(self, kind, gender=None, origin=None, last=None):
        rng = self.rng
        if origin is None:
            w = STAFF_ORIGINS if kind == 'staffName' else {k: v[2] for k, v in ORIGINS.items()}
            origin = rng.choices(list(w), list(w.values()))[0]
        gender = gender or rng.choice('mf')
        gsrc, lsrc = ORIGINS[origin][0], ORIGINS[origin][1]
        first = self.pick(gsrc, GIVEN_KEYS[gender]) or self.pick(ORIGINS['de'][0], GIVEN_KEYS[gender])
        if last is None:
            last = self.pick(lsrc, 'last') or self.pick(lsrc, 'last_male' if gender == 'm' else 'last_female')
        if origin == 'de' and rng.random() < 0.06:
            second = self.pick(gsrc, GIVEN_KEYS[gender])
            if second and second != first and '-' not in first + second:
                first = first + rng.choice(['-', ' ']) + second
        if origin == 'de' and last and rng.random() < 0.04:
            other = self.pick(lsrc, 'last')
            if other and other != last and '-' not in last + other:
                last = last + '-' + other
        p = Person(first, last, gender, kind)
        p.origin = origin
        self.used_given.update(first.replace('-', ' ').split())
        self.used_last.add(last)
        return p


CITIES = [tuple(c.split('|')) for c in (
    'Bad Kreuznach|55543|KH;Idar-Oberstein|55743|BIR;Zweibrücken|66482|ZW;Homburg|66424|HOM;Merzig|66663|MZG;Lahr|77933|LR;'
    'Villingen-Schwenningen|78050|VS;Biberach an der Riß|88400|BC;Aalen|73430|AA;Schwäbisch Hall|74523|SHA;Crailsheim|74564|SHA;'
    'Heidenheim an der Brenz|89518|HDH;Kaufbeuren|87600|KF;Bad Hersfeld|36251|HEF;Limburg an der Lahn|65549|LM;Neuwied|56564|NR;'
    'Mayen|56727|MYK;Wittlich|54516|WIL;Bitburg|54634|BIT;Lüdenscheid|58507|MK;Arnsberg|59821|HSK;Detmold|32756|LIP;'
    'Nienburg/Weser|31582|NI;Uelzen|29525|UE;Nordhorn|48529|NOH;Cloppenburg|49661|CLP;Vechta|49377|VEC;Schleswig|24837|SL;'
    'Güstrow|18273|LRO;Wittenberg|06886|WB;Bernburg|06406|SLK;Eisenach|99817|EA;Gotha|99867|GTH;Saalfeld|07318|SLF;Greiz|07973|GRZ;'
    'Riesa|01587|MEI;Neuruppin|16816|OPR;Bad Kissingen|97688|KG;Kitzingen|97318|KT;Ansbach|91522|AN;Dinkelsbühl|91550|AN;'
    'Neumarkt in der Oberpfalz|92318|NM;Pfarrkirchen|84347|PAN;Altötting|84503|AÖ;Mühldorf am Inn|84453|MÜ;Traunstein|83278|TS;'
    'Weilheim|82362|WM;Sonthofen|87527|OA;Sigmaringen|72488|SIG;Balingen|72336|BL;Nagold|72202|CW;Calw|75365|CW;Bruchsal|76646|KA;'
    'Mosbach|74821|MOS;Wertheim|97877|TBB;Alzey|55232|AZ;Bingen am Rhein|55411|MZ;Germersheim|76726|GER;Landau in der Pfalz|76829|LD;'
    'Bad Dürkheim|67098|DÜW;Eschwege|37269|ESW;Korbach|34497|KB;Alsfeld|36304|VB;Friedberg|61169|FB;Dillenburg|35683|LDK;Olpe|57462|OE;'
    'Meschede|59872|HSK;Höxter|37671|HX;Bad Oeynhausen|32545|MI;Holzminden|37603|HOL;Northeim|37154|NOM;Peine|31224|PE;Gifhorn|38518|GF;'
    'Salzwedel|29410|SAW;Verden|27283|VER;Brake|26919|BRA').split(';')]
REGIONS = ['BW', 'BY', 'RPS', 'HES', 'NSB', 'SAT', 'NRW', 'NORD', 'BB']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity',
            'wageSubsidy', 'rehabilitation']

STREET_BASES = ['Zechen', 'Schacht', 'Gruben', 'Flachsmarkt', 'Ziegelei', 'Pulvermühlen', 'Salzgraben', 'Kasernen', 'Viehmarkt',
                'Kolping', 'Bebel', 'Stresemann', 'Gutenberg', 'Elisabeth', 'Ringofen', 'Zollhaus', 'Schleusen', 'Kalkofen',
                'Hopfengarten', 'Weinberg', 'Feldscheunen', 'Steinbruch', 'Lohmühlen', 'Rathenau', 'Scholl', 'Kollwitz',
                'Zetkin', 'Suttner', 'Trift', 'Schmiede', 'Pfarrgarten', 'Galgenberg', 'Bleich', 'Kornmarkt', 'Hospital',
                'Spital', 'Münz', 'Hütten', 'Glashütten', 'Torf', 'Heuweg', 'Sandgruben', 'Kirschgarten', 'Nussbaum', 'Obstgarten']
STREET_SUFFIX = ['straße', 'str.', 'weg', 'gasse', 'ring', 'allee', 'platz', 'damm', 'wall', 'graben']
STREET_FULL = ['Am Hüttenwerk', 'Hinter der Stadtmauer', 'Alte Poststraße', 'Untere Mühlgasse', 'Obere Torstraße', 'Zum Sportplatz',
               'Auf dem Kamp', 'Im Wiesengrund', 'Bahnhofsvorplatz', 'An der Ziegelei', 'Käthe-Kollwitz-Straße', 'Bertha-von-Suttner-Platz',
               'Friedrich-Ebert-Allee', 'Willy-Brandt-Ring', 'Clara-Zetkin-Str.', 'Sophie-Scholl-Weg', 'Walther-Rathenau-Str.',
               'Kleine Kirchgasse', 'Große Marktstraße', 'In den Gärten', 'Unter den Eichen', 'Vor dem Tore', 'Am Alten Zoll']


def make_street(rng):
    if rng.random() < 0.35:
        s = rng.choice(STREET_FULL)
    else:
        s = rng.choice(STREET_BASES) + rng.choice(STREET_SUFFIX)
    n = str(rng.choice([rng.randrange(1, 30), rng.randrange(1, 30), rng.randrange(30, 220)]))
    r = rng.random()
    if r < 0.12:
        n += rng.choice('abcd')
    elif r < 0.17:
        n += ' ' + rng.choice('ABC')
    elif r < 0.22:
        n += '-' + str(int(n) + rng.choice([1, 2]))
    return s + ' ' + n


def fmt_address(rng, street, pc, city, extra=None):
    s = street
    if extra:
        s += extra
    r = rng.random()
    if r < 0.3:
        return s
    if r < 0.5:
        return f'{s}, {pc} {city}'
    if r < 0.58:
        return f'{s} in {pc} {city}'
    if r < 0.66:
        return f'{s}\n{pc} {city}'
    if r < 0.74:
        return f'{pc} {city}, {s}'
    if r < 0.8:
        return f'{s} - {pc} {city}'
    if r < 0.86:
        return f'{s}, {city}'
    if r < 0.91:
        return f'{s} / {pc} {city}'
    if r < 0.96:
        return f'{s.lower()} {pc} {city.lower()}'
    return f'{pc} {city} ({s})'


FIRM_FORMS = ['GmbH', 'GmbH & Co. KG', 'KG', 'OHG', 'AG', 'UG (haftungsbeschr.)', 'e.K.', 'GbR', 'gGmbH', 'mbH', 'Ltd.', 'SE']
FIRM_TRADES = ['Gebäudereinigung', 'Hausmeisterservice', 'Spedition', 'Kurierdienst', 'Malerbetrieb', 'Dachdeckerei',
               'Zimmerei', 'Fliesenleger', 'Autohaus', 'Kfz-Werkstatt', 'Getränkehandel', 'Metallbau', 'Gartenbau',
               'Personaldienste', 'Pflegedienst', 'Umzüge', 'Sicherheitsdienst', 'Backstube', 'Fleischerei', 'Textilpflege',
               'Steuerbüro', 'Elektrotechnik', 'Sanitär- und Heizungsbau', 'Recycling', 'Kunststofftechnik', 'Catering']
FIRM_FANCY = ['Nordlicht', 'Weserbogen', 'Albtrauf', 'Rhönblick', 'Moselgold', 'Kinzigtal', 'Teutoburger', 'Eifelland',
              'Saaleck', 'Donauwelle', 'Ostwind', 'Hanse-Service', 'Allround', 'ProClean', 'Mediplus', 'TopTeam', 'Sternenhof',
              'Brückenwerk', 'Vitalis', 'Regiotrans']
BRANDS = ['famila', 'Netto Marken-Discount', 'Hermes', 'Müller Drogerie', 'Kentucky Fried Chicken', 'ManpowerGroup', 'Persona service',
          'Dussmann Service', 'TEDi', 'KiK', 'Deichmann', 'OBI', 'Globus', 'Würth', 'Bosch Rexroth', 'Thomas Philipps', 'Mäc-Geiz',
          'Takko', "Ernsting's family", 'NKD', 'Jysk', 'Poco', 'Roller', 'Sonderpreis Baumarkt', 'Hellweg', 'toom Baumarkt', 'Marktkauf',
          'tegut', 'Backwerk', 'Kamps', 'Nordsee', 'Flaschenpost', 'trans-o-flex', 'Rhenus Logistics', 'Dachser', 'DB Schenker',
          'Kühne + Nagel', 'Gi-Ga-Ga Personal', 'Tempton', 'Orizon', 'Hays', 'Nobis Personal']


def make_firm(g):
    rng = g.rng
    r = rng.random()
    if r < 0.22:
        return rng.choice(BRANDS)
    last = g.person('thirdPersonName').last
    if r < 0.45:
        return f'{rng.choice(FIRM_TRADES)} {last} {rng.choice(FIRM_FORMS)}'
    if r < 0.6:
        return f'{last} {rng.choice(FIRM_TRADES)}'
    if r < 0.75:
        return f'{rng.choice(FIRM_FANCY)} {rng.choice(FIRM_TRADES)} {rng.choice(FIRM_FORMS)}'
    if r < 0.85:
        other = g.person('thirdPersonName').last
        return f'{last} & {other} {rng.choice(["GbR", "OHG", "PartG", "KG"])}'
    if r < 0.93:
        p = g.person('thirdPersonName')
        return f'{rng.choice(FIRM_TRADES)} {p.last}, Inh. {p.first} {p.last}'
    return f'{rng.choice(FIRM_FANCY)} {rng.choice(FIRM_FORMS)}'


INST_CITY = ['Jobcenter', 'Agentur für Arbeit', 'Landratsamt', 'Kreisverwaltung', 'Stadtverwaltung', 'Klinikum', 'Amtsgericht',
             'Sozialamt', 'Jugendamt', 'Gesundheitsamt', 'Volkshochschule', 'VHS', 'Berufsschule', 'Caritasverband', 'Diakonisches Werk',
             'Tafel', 'Ausländerbehörde', 'Finanzamt', 'Wohngeldstelle', 'AWO Kreisverband', 'DRK-Kreisverband', 'Stadtwerke',
             'Frauenhaus', 'Suchtberatung der Diakonie', 'Kreiskrankenhaus', 'Polizeiinspektion']
INST_NAMED = ['IKK Südwest', 'Salus BKK', 'BKK Pfalz', 'Bosch BKK', 'Novitas BKK', 'Viactiv Krankenkasse', 'AOK Hessen',
              'AOK Rheinland-Pfalz/Saarland', 'DRV Oldenburg-Bremen', 'DRV Nordbayern', 'DRV Baden-Württemberg', 'Familienkasse Baden-Württemberg West',
              'Familienkasse Rheinland-Pfalz-Saarland', 'IHK Schwaben', 'Handwerkskammer Koblenz', 'BG Verkehr', 'BGHM', 'Unfallkasse Rheinland-Pfalz', 'Integrationsfachdienst Westpfalz',
              'Berufsförderungswerk Eckert', 'SRH Berufsförderungswerk', 'Kolping-Bildungswerk', 'Internationaler Bund', 'Lebenshilfe Westpfalz',
              'VdK', 'Deutsche Rentenversicherung', 'Jugendberufsagentur Kreis Calw']
SCHOOL_NAMES = ['Grundschule Am Lindenhof', 'Erich-Kästner-Schule', 'Realschule plus Kastellaun', 'Mittelschule an der Stadtmauer',
                'Astrid-Lindgren-Grundschule', 'Förderschule am Sonnenhang', 'Gymnasium am Rotenberg', 'Berufsbildende Schule Wirtschaft',
                'Gemeinschaftsschule Salzgraben', 'Kita Regenbogenland', 'Kita Schatzkiste', 'Kindergarten St. Martin',
                'Kita Spatzennest', 'Hort Wirbelwind', 'Familienzentrum Kunterbunt']


INST_TYPED = {
    'hosp': (['Klinikum', 'Kreiskrankenhaus', 'St. Elisabeth-Krankenhaus', 'Kreisklinik', 'Helios Klinik', 'Bezirkskrankenhaus'], []),
    'abh': (['Ausländerbehörde', 'Ausländeramt', 'Ausländerbehörde Landkreis'], []),
    'kurs': (['VHS', 'Volkshochschule', 'Kolping-Bildungswerk', 'BBQ', 'Internationaler Bund'], ['Internationaler Bund', 'DAA', 'Kolping-Bildungswerk', 'SRH Berufsförderungswerk', 'Berufsförderungswerk Eckert']),
    'drv': ([], ['DRV Oldenburg-Bremen', 'DRV Nordbayern', 'DRV Baden-Württemberg', 'Deutsche Rentenversicherung', 'DRV Rheinland-Pfalz', 'DRV Hessen', 'DRV Saarland']),
    'fk': (['Familienkasse'], ['Familienkasse Baden-Württemberg West', 'Familienkasse Rheinland-Pfalz-Saarland', 'Familienkasse Niedersachsen-Bremen']),
    'kk': ([], ['IKK Südwest', 'Salus BKK', 'BKK Pfalz', 'Bosch BKK', 'Novitas BKK', 'Viactiv Krankenkasse', 'AOK Hessen', 'AOK Rheinland-Pfalz/Saarland', 'Mobil Krankenkasse', 'SBK', 'pronova BKK']),
    'ber': (['Caritasverband', 'Diakonisches Werk', 'AWO Kreisverband', 'DRK-Kreisverband', 'Verbraucherzentrale'], []),
    'wg': (['Wohngeldstelle', 'Stadtverwaltung', 'Landratsamt', 'Kreisverwaltung'], []),
    'soz': (['Jugendamt', 'Sozialamt', 'Landratsamt', 'Kreisjugendamt'], []),
}


def typed_inst(rng, form, city):
    with_city, named = INST_TYPED[form]
    if named and (not with_city or rng.random() < 0.5):
        return rng.choice(named)
    c = city if rng.random() < 0.5 else rng.choice(CITIES)[0]
    return f'{rng.choice(with_city)} {c}'


def make_inst(g, city=None):
    rng = g.rng
    r = rng.random()
    if r < 0.55:
        c = city if city and rng.random() < 0.3 else rng.choice(CITIES)[0]
        return f'{rng.choice(INST_CITY)} {c}'
    if r < 0.85:
        return rng.choice(INST_NAMED)
    return rng.choice(SCHOOL_NAMES)

# ---------------------------------------------------------------- value formatters (new spellings)

AREA = ['0671', '06781', '06332', '06841', '06861', '07821', '07721', '07351', '07361', '07951', '07321', '08341', '06621',
        '06431', '02631', '02651', '06571', '06561', '02351', '02931', '05231', '05021', '0581', '05921', '04471', '04441',
        '04621', '03843', '03491', '03471', '03691', '03621', '03671', '03661', '03525', '03391', '0971', '09321', '0981']
MOBILE = ['0151', '0157', '0159', '0162', '0163', '0171', '0172', '0173', '0174', '0175', '0178', '0179', '01520', '01575']


def fmt_phone(rng, mobile=None):
    mobile = rng.random() < 0.5 if mobile is None else mobile
    if mobile:
        pre = rng.choice(MOBILE)
        num = str(rng.randrange(1000000, 99999999))
        r = rng.random()
        if r < 0.25:
            return f'{pre} {num}'
        if r < 0.4:
            return f'{pre}/{num}'
        if r < 0.55:
            return f'+49 {pre[1:]} {num}'
        if r < 0.65:
            return f'+49{pre[1:]}{num}'
        if r < 0.75:
            return f'{pre} / {num[:3]} {num[3:5]} {num[5:]}'
        if r < 0.85:
            return f'+49 ({pre[1:]}) {num}'
        if r < 0.93:
            return f'{pre}-{num}'
        return f'0049 {pre[1:]} {num}'
    pre = rng.choice(AREA)
    num = str(rng.randrange(10000, 9999999))
    r = rng.random()
    if r < 0.25:
        return f'{pre} {num}'
    if r < 0.4:
        return f'{pre}/{num}'
    if r < 0.5:
        return f'{pre} / {num[:2]} {num[2:4]} {num[4:]}'.rstrip()
    if r < 0.6:
        return f'{pre}-{num}'
    if r < 0.7:
        return f'+49 {pre[1:]} {num}'
    if r < 0.78:
        return f'0049 - {pre[1:]} - {num}'
    if r < 0.86:
        return f'{pre} {num}-{rng.randrange(0, 99)}'
    if r < 0.93:
        return f'({pre}) {num}'
    return f'+49 {pre[1:]}/{num}'


MAIL_DOMAINS = ['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'yahoo.de', 'outlook.de', 'freenet.de', 'icloud.com', 'posteo.de',
                'mail.ru', 'hotmail.com', 'aol.com', 'online.de', 'ukr.net', 'yandex.ru', 'protonmail.com']


def ascii_local(s):
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return re.sub(r'[^a-z0-9]', '', fold(s).lower())


def make_email(rng, p, domain=None):
    f, l = ascii_local(p.first.split()[0].split('-')[0]), ascii_local(p.last.split()[-1])
    r = rng.random()
    if r < 0.25:
        loc = f'{f}.{l}'
    elif r < 0.4:
        loc = f'{f}_{l}{rng.randrange(1, 99)}'
    elif r < 0.55:
        loc = f'{f[0]}{l}'
    elif r < 0.65:
        loc = f'{l}-{f}'
    elif r < 0.75:
        loc = f'{f}{rng.randrange(1960, 2010)}'
    elif r < 0.85:
        loc = f'{l}.{f[:1]}'
    else:
        loc = f'{rng.choice(["mama", "papa", "sunny", "king", "prinzessin", "kleine", "derechte", "bigboss"])}{f}{rng.randrange(10, 99)}'
    return f'{loc}@{domain or rng.choice(MAIL_DOMAINS)}'


def fmt_email(rng, e):
    r = rng.random()
    if r < 0.82:
        return e
    if r < 0.88:
        return e.upper()
    if r < 0.94:
        return e.replace('@', ' (at) ')
    return e.replace('@', '[at]').replace('.', '[dot]')


def fmt_iban(rng, iban):
    g4 = ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    r = rng.random()
    if r < 0.35:
        return g4
    if r < 0.6:
        return iban
    if r < 0.68:
        return iban.lower()
    if r < 0.76:
        return g4.replace(' ', '.')
    if r < 0.84:
        return iban[:2] + ' ' + iban[2:4] + ' ' + ' '.join(iban[i:i + 4] for i in range(4, len(iban), 4))
    if r < 0.92:
        return iban[:4] + ' ' + iban[4:]
    parts = g4.split(' ')
    return ' '.join(parts[:3]) + '\n' + ' '.join(parts[3:])


def fmt_tax(rng, t):
    r = rng.random()
    if r < 0.35:
        return t
    if r < 0.6:
        return f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}'
    if r < 0.72:
        return f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}'
    if r < 0.84:
        return f'{t[:7]} {t[7:]}'
    if r < 0.92:
        return f'{t[:3]}-{t[3:6]}-{t[6:9]}-{t[9:]}'
    return f'{t[:4]}.{t[4:8]}.{t[8:]}'


def fmt_rv(rng, r_):
    a, b, c, d = r_[:2], r_[2:8], r_[8], r_[9:]
    r = rng.random()
    if r < 0.3:
        return f'{a} {b} {c} {d}'
    if r < 0.55:
        return r_
    if r < 0.65:
        return f'{a}.{b}.{c}.{d}'
    if r < 0.75:
        return f'{a} {b}{c}{d}'
    if r < 0.85:
        return f'{a}{b}-{c}-{d}'
    if r < 0.93:
        return f'{a} {b} {c.lower()} {d}'
    return f'{a}{b} {c}{d}'


def make_kdnr(rng, office=None):
    return f'{office or rng.randrange(100, 999)}D{rng.randrange(0, 999999):06d}'


def fmt_kdnr(rng, k):
    a, b = k[:3], k[4:]
    r = rng.random()
    if r < 0.4:
        return k
    if r < 0.55:
        return f'{a} D {b}'
    if r < 0.65:
        return f'{a} D{b}'
    if r < 0.75:
        return f'{a}d{b}'
    if r < 0.85:
        return f'{a}D {b[:3]} {b[3:]}'
    return f'{a}-D{b}'


def make_bgnr(rng, org=None):
    return f'{org or rng.randrange(10000, 99999)}BG{rng.randrange(0, 9999999):07d}'


def fmt_bgnr(rng, b):
    a, c = b[:5], b[7:]
    r = rng.random()
    if r < 0.4:
        return b
    if r < 0.55:
        return f'{a} BG {c}'
    if r < 0.7:
        return f'{a}-BG-{c}'
    if r < 0.8:
        return f'{a}.BG.{c}'
    if r < 0.9:
        return f'{a}bg{c}'
    return f'{a} BG{c}'


def make_plate(rng, code):
    letters = ''.join(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randrange(1, 9999))
    suf = rng.choice(['', '', '', '', '', 'E', 'H'])
    r = rng.random()
    if r < 0.4:
        s = f'{code} {letters} {num}{suf}'
    elif r < 0.65:
        s = f'{code}-{letters} {num}{suf}'
    elif r < 0.78:
        s = f'{code}-{letters}-{num}{suf}'
    elif r < 0.88:
        s = f'{code} {letters}{num}{suf}'
    else:
        s = f'{code} - {letters} {num}{suf}'
    return s.lower() if rng.random() < 0.08 else s


def fmt_doc(rng, d):
    r = rng.random()
    if r < 0.7:
        return d
    if r < 0.8:
        return d.lower()
    if r < 0.9:
        return f'{d[:4]} {d[4:]}'
    return f'{d[:9]} {d[9]}'


MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON3 = ['Jan.', 'Feb.', 'Mrz', 'Apr.', 'Mai', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']


def fmt_date(rng, d, birth=False):
    opts = [('{d:02d}.{m:02d}.{Y}', 30), ('{d}.{m}.{Y}', 10), ('{d}.{m}.{y:02d}', 10), ('{d:02d}.{m:02d}.{y:02d}', 10),
            ('{Y}-{m:02d}-{d:02d}', 5), ('{d}. {M} {Y}', 10), ('{d}.{M} {Y}', 3), ('{d}. {M3} {Y}', 4), ('{d:02d}/{m:02d}/{Y}', 3),
            ('{d:02d}.{m:02d}.{Y}r', 0)]
    if not birth:
        opts += [('{d:02d}.{m:02d}.', 10), ('{d}.{m}.', 8), ('{d}. {M}', 6), ('{d}.{m:02d}.', 3)]
    f = rng.choices([o[0] for o in opts], [o[1] for o in opts])[0]
    return f.format(d=d.day, m=d.month, Y=d.year, y=d.year % 100, M=MONTHS[d.month - 1], M3=MON3[d.month - 1])


def genitive(n):
    return n + "'" if n[-1] in 'sßxzSXZ' else n + 's'


def typo(rng, s):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    r = rng.random()
    if r < 0.4 and s[i].isalpha() and s[i + 1].isalpha() and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.7 and s[i].isalpha():
        return s[:i] + s[i + 1:]
    if s[i].isalpha():
        return s[:i] + s[i] + s[i:]
    return s

# ---------------------------------------------------------------- rendering engine

KIND_OF = {'C': 'customerName', 'CW': 'staffName', 'TL': 'staffName', 'S': 'staffName', 'P': 'thirdPersonName',
           'K': 'thirdPersonName', 'R': 'thirdPersonName'}
GENDER_WORDS = {'kd': ('Kd.', 'Kdn.'), 'Kunde': ('Kunde', 'Kundin'), 'Kunden': ('Kunden', 'Kundin'), 'er': ('er', 'sie'),
                'Er': ('Er', 'Sie'), 'sein': ('sein', 'ihr'), 'seine': ('seine', 'ihre'), 'Hr': ('Hr.', 'Fr.'),
                'Herr': ('Herr', 'Frau'), 'Herrn': ('Herrn', 'Frau'), 'ihm': ('ihm', 'ihr'), 'ihn': ('ihn', 'sie'),
                'der': ('der', 'die'), 'Ehefrau': ('Ehefrau', 'Ehemann'), 'desEhe': ('der Ehefrau', 'des Ehemanns'),
                'zumEhe': ('zur Ehefrau', 'zum Ehemann'), 'Der': ('Der', 'Die'), 'dem': ('dem', 'der'), 'des': ('des', 'der')}


class Ctx:
    def __init__(self, g, rec, c, cw, tl, pc, city, plate_code, sgb2, mail_dom):
        self.g, self.rng, self.rec, self.c, self.cw, self.tl = g, g.rng, rec, c, cw, tl
        self.pc, self.city, self.plate_code, self.sgb2, self.mail_dom = pc, city, plate_code, sgb2, mail_dom
        self.people, self.vals = {}, {}


def person_of(key, ctx):
    if key == 'C':
        return ctx.c
    if key == 'CW':
        return ctx.cw
    if key == 'TL':
        return ctx.tl
    if key in ctx.people:
        return ctx.people[key]
    g, rng, c = ctx.g, ctx.rng, ctx.c
    gender = 'm' if 'm' in key[1:] else 'f' if 'f' in key[1:] else None
    if 'p' in key[1:]:
        gender = 'f' if c.gender == 'm' else 'm'
    kind = KIND_OF[key[0]]
    if key[0] == 'S':
        p = g.person('staffName', gender=gender)
    elif key[0] in 'KR':
        share = 's' in key[1:] or rng.random() < (0.6 if key[0] == 'K' else 0.5)
        p = g.person(kind, gender=gender, origin=c.origin, last=c.last if share else None)
    else:
        origin = c.origin if rng.random() < 0.35 else None
        p = g.person(kind, gender=gender, origin=origin)
    ctx.people[key] = p
    return p


def name_form(p, form, rng, key):
    first, last = p.first, p.last
    if form in ('', None):
        return f'{first} {last}'
    if form == 'f':
        return first
    if form == 'l':
        return last
    if form == 'inv':
        return f'{last}, {first}'
    if form == 'ini':
        return f'{first[0]}. {last}'
    if form == 'gen':
        return genitive(last)
    if form == 'fgen':
        return genitive(f'{first} {last}')
    if form == 'caps':
        return f'{first} {last.upper()}'
    if form == 'fl':
        return f'{last} {first}'
    if form == 'LF':
        return f'{last.upper()}, {first}'
    if form == 'typo':
        return f'{first} {typo(rng, last)}'
    if form == 'ltypo':
        return typo(rng, last)
    if form == 'fi':
        return f'{first} {last[0]}.'
    if form == 'bn':
        return p.birthname
    if form == 'inits':
        return f'{first[0]}.{last[0]}.'
    raise KeyError(form)


FILLERS = {
    'time': lambda r: r.choice(['{}:{:02d}'.format(r.randrange(7, 18), r.choice([0, 15, 30, 45])), '{} Uhr'.format(r.randrange(7, 18)),
                                '{}.{:02d} Uhr'.format(r.randrange(7, 18), r.choice([0, 15, 30, 45])), '{}h'.format(r.randrange(8, 17))]),
    'eur': lambda r: r.choice(['{},{:02d} €'.format(r.randrange(20, 900), r.randrange(0, 99)), '{} EUR'.format(r.randrange(50, 2500)),
                               '{} Euro'.format(r.randrange(10, 600)), '€ {}'.format(r.randrange(100, 1800)),
                               '{}.{:03d},00 €'.format(r.randrange(1, 4), r.randrange(0, 999))]),
    'n': lambda r: str(r.randrange(2, 25)),
    'k': lambda r: str(r.randrange(1, 10)),
    'kl': lambda r: str(r.randrange(1, 11)),
    'h': lambda r: r.choice(['{} Std./Woche'.format(r.choice([15, 20, 25, 30, 35, 38, 39, 40])), '{} Wochenstunden'.format(r.choice([19, 20, 30, 39])),
                             '{} h/Wo'.format(r.choice([10, 20, 30]))]),
    'para': lambda r: r.choice(['§ 31 SGB II', '§ 32 SGB II', '§ 16i SGB II', '§ 16e SGB II', '§ 159 SGB III', '§ 309 SGB III',
                                '§ 45 SGB III', '§ 60 SGB I', '§ 66 SGB I', '§ 22 Abs. 4 SGB II', '§ 44a SGB II', '§ 10 SGB II']),
    'lvl': lambda r: r.choice(['A1', 'A2', 'B1', 'B2', 'C1', 'A2/B1', 'B1+']),
    'year': lambda r: str(r.randrange(2015, 2025)),
    'pct': lambda r: '{} %'.format(r.choice([10, 25, 30, 40, 50, 75])),
    'wk': lambda r: 'KW {}'.format(r.randrange(2, 52)),
    'mon': lambda r: '{} Monate'.format(r.randrange(2, 13)),
    'room': lambda r: 'Zi. {}.{:02d}'.format(r.randrange(0, 4), r.randrange(1, 40)),
}


def value(key, form, ctx):
    """Returns (text, kind)."""
    rng, g, rec, c = ctx.rng, ctx.g, ctx.rec, ctx.c
    cache = key + ':' + (form or '')
    if key in ('FIRM', 'FIRM2', 'INST', 'INST2') and cache in ctx.vals:
        return ctx.vals[cache]
    cu = rec['customer']
    if key == 'KDNR':
        out = fmt_kdnr(rng, rec['customerNumber']), 'customerNumber'
    elif key == 'KDNRX':
        out = fmt_kdnr(rng, make_kdnr(rng, rec['customerNumber'][:3] if rng.random() < 0.5 else None)), 'customerNumber'
    elif key == 'BG':
        out = fmt_bgnr(rng, ctx.bg_number), 'householdNumber'
    elif key == 'BGX':
        out = fmt_bgnr(rng, make_bgnr(rng)), 'householdNumber'
    elif key == 'IBAN':
        out = fmt_iban(rng, cu['iban']), 'iban'
    elif key == 'IBANX':
        out = fmt_iban(rng, make_iban(rng)), 'iban'
    elif key == 'TAX':
        out = fmt_tax(rng, cu['taxId']), 'taxId'
    elif key == 'TAXX':
        out = fmt_tax(rng, make_taxid(rng)), 'taxId'
    elif key == 'RV':
        out = fmt_rv(rng, cu['pensionInsuranceNumber']), 'pensionNumber'
    elif key == 'RVX':
        p = person_of(form or 'Rf', ctx)
        b = datetime.date(1955, 1, 1) + datetime.timedelta(days=rng.randrange(18000))
        out = fmt_rv(rng, make_rvnr(rng, b, p.last, p.gender)), 'pensionNumber'
    elif key == 'TEL':
        t = cu['phone']
        if rng.random() < 0.5:
            body = t[3:] if t.startswith('+49') else t[1:]
            t = rng.choice([f'0{body[:3]} {body[3:]}', f'0{body[:3]}/{body[3:]}', f'+49 {body[:3]} {body[3:]}', f'0{body[:3]}-{body[3:]}'])
        out = t, 'phone'
    elif key == 'TELX':
        out = fmt_phone(rng, None if not form else form == 'm'), 'phone'
    elif key == 'CWTEL':
        out = rec['caseWorker']['phone'], 'phone'
    elif key == 'MAIL':
        out = fmt_email(rng, cu['email']), 'email'
    elif key == 'MAILX':
        p = person_of(form, ctx) if form else g.person('thirdPersonName')
        out = fmt_email(rng, make_email(rng, p)), 'email'
    elif key == 'CWMAIL':
        out = rec['caseWorker']['email'], 'email'
    elif key == 'ADDR':
        a = cu['address']
        out = fmt_address(rng, a['street'], a['postcode'], a['city']), 'address'
    elif key == 'ADDRX':
        pc, city, _ = rng.choice(CITIES) if rng.random() < 0.6 else (ctx.pc, ctx.city, None)
        extra = None
        if form == 'co':
            extra = ' c/o ' + person_of('P4', ctx).last
        elif rng.random() < 0.1:
            extra = rng.choice([', Hinterhaus', ', 2. OG', ' (Souterrain)', ', Whg. 7', ', DG links'])
        out = fmt_address(rng, make_street(rng), pc, city, extra), 'address'
    elif key == 'DOB':
        out = fmt_date(rng, c.birth, birth=True), 'birthDate'
    elif key == 'DOBX':
        if form == 'k':
            b = datetime.date(2008, 1, 1) + datetime.timedelta(days=rng.randrange(5800))
        elif form == 'y':
            b = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(1800))
        elif form == 'o':
            b = datetime.date(1934, 1, 1) + datetime.timedelta(days=rng.randrange(9500))
        else:
            b = datetime.date(1945, 1, 1) + datetime.timedelta(days=rng.randrange(20000))
        out = fmt_date(rng, b, birth=True), 'birthDate'
    elif key == 'DATE':
        off = {'p': rng.randrange(-200, -1), 'f': rng.randrange(1, 120)}.get(form, rng.randrange(-60, 60))
        out = fmt_date(rng, ctx.event_date + datetime.timedelta(days=off)), 'date'
    elif key in ('FIRM', 'FIRM2'):
        out = make_firm(g), 'company'
    elif key in ('INST', 'INST2'):
        out = (make_inst(g, ctx.city) if not form else typed_inst(rng, form, ctx.city)), 'institution'
    elif key == 'SCHOOL':
        out = rng.choice([n for n in SCHOOL_NAMES if 'Kita' not in n and 'Hort' not in n and 'Kinderg' not in n and 'Familienz' not in n]), 'institution'
    elif key == 'KITA':
        out = rng.choice([n for n in SCHOOL_NAMES if 'Kita' in n or 'Hort' in n or 'Kinderg' in n or 'Familienz' in n]), 'institution'
    elif key == 'JC':
        out = f'{rng.choice(["Jobcenter", "Agentur für Arbeit", "Jobcenter Landkreis"])} {rng.choice(CITIES)[0]}', 'institution'
    elif key == 'PLATE':
        out = make_plate(rng, ctx.plate_code if rng.random() < 0.6 else rng.choice(CITIES)[2]), 'licensePlate'
    elif key == 'DOC':
        out = fmt_doc(rng, make_doc(rng, 'LMNPRTVWXYZ')), 'idCard'
    elif key == 'PASS':
        out = fmt_doc(rng, make_doc(rng, 'CFGHJK')), 'idCard'
    else:
        raise KeyError(key)
    if key in ('FIRM', 'FIRM2', 'INST', 'INST2'):
        ctx.vals[cache] = out
    return out


SLOT = re.compile(r'\{([^{}]+)\}')
PERSON_KEY = re.compile(r'C|CW|TL|[SPKR][mfp]?s?\d?')


def render(template, ctx):
    parts, pos = [], 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            parts.append((template[pos:m.start()], None))
        spec = m.group(1)
        mod = None
        if '|' in spec:
            spec, mod = spec.split('|')
        key, _, form = spec.partition(':')
        if key.startswith('#'):
            text, kind = FILLERS[key[1:]](ctx.rng), None
        elif key in GENDER_WORDS:
            text, kind = GENDER_WORDS[key][ctx.c.gender == 'f'], None
        elif PERSON_KEY.fullmatch(key):
            p = person_of(key, ctx)
            text, kind = name_form(p, form, ctx.rng, key), p.kind
        else:
            text, kind = value(key, form, ctx)
        if mod == 'lc':
            text = text.lower()
        elif mod == 'uc':
            text = text.upper()
        parts.append((text, kind))
        pos = m.end()
    if pos < len(template):
        parts.append((template[pos:], None))
    return parts

# ---------------------------------------------------------------- templates (written for heldout4)
# person slots: C customer, CW case worker, TL team lead, S*/Sm/Sf other BA staff, P*/Pm/Pf third persons,
# K*/Km/Kf children, R*/Rm/Rf relatives (may share the customer's surname).  Forms after ':' (f, l, inv, ini, gen, ...).
# {kd} {Kunde} {er} {sein} {Hr} {Herr} ... are gendered cue words for the customer (plain text).  {#...} = non-PII filler.

TEMPLATES = [
    # --- telegram style
    'Kd. pünktlich, VV für Lagerhelfer bei {FIRM} ausgehändigt, Rückmeldung bis {DATE:f}.',
    '{kd} heute ohne Termin vorgesprochen, wollte nur Kopien abgeben (Mietvertrag, Kontoauszüge {#n} Seiten).',
    '{Hr} {C:l} tel. nicht erreichbar ({#time}), AB besprochen, RR erbeten.',
    'TE: {kd} {C:l} hat AU bis {DATE:f} eingereicht, Termin verschoben.',
    'MAT abgebrochen am {DATE:p}, lt. Träger {#n} Fehltage unentschuldigt. {kd} wird angehört.',
    'EGV fortgeschrieben, gültig bis {DATE:f}. Eigenbemühungen: {#n} Bewerbungen/Monat, Nachweis jeweils zum Monatsende.',
    'Kd. {C} ({DOB}) vorgespr., Anliegen: Umzug, neue Adr. {ADDRX}',
    'AU-Bescheinigung Dr. {P1:l} vom {DATE:p} liegt vor.',
    'vv {FIRM} -> kd hat sich nicht beworben, ag hat {DATE:p} angerufen.',
    '{C:inv} / KdNr. {KDNR} / Anruf wg. Bescheid, an LA weitergeleitet',
    'BWB gesichtet: 12 Bewerbungen, davon {#k} Absagen, Rest offen. Qualität ok, Anschreiben zu lang.',
    'Rücksprache m. Koll. {S1:l} (AGS): Stelle bei {FIRM} ist noch frei, Vorstellungsgespräch {DATE:f} um {#time}.',
    'Kd erscheint mit Dolmetscherin {Pf}, Sprachniveau ca. {#lvl}.',
    '{kd|lc} ruft an: kind krank, termin morgen entfällt. neuer termin {DATE:f}, {#time}.',
    'ZV: {Hr} {C:l} ist seit {DATE:p} im Krankenhaus ({INST:hosp}).',
    'Stellungnahme zum Meldeversäumnis liegt vor, Grund nicht ausreichend -> Minderung {#pct} für 3 Monate nach {#para}.',
    'Gespräch m. {C} u. Betreuer {Pm:l}; Betreuung umfasst Vermögenssorge + Behördenangelegenheiten.',
    'Kd. hat Führerschein Kl. B, eigenes Kfz ({PLATE}), mobil im Umkreis von ca. {#n} km.',
    'PA-Nr. {DOC} (gültig bis {DATE:f}) für die Identitätsprüfung vorgelegt. Kopie zur Akte.',
    'Reisepass {PASS} lag vor; Aufenthaltstitel läuft ab, Kd. kümmert sich bei {INST:abh}.',
    # --- phone call summaries
    'Anruf von {Herr} {C:l}, Tel. {TEL}: fragt nach Stand Weiterbewilligungsantrag. Info: in Bearbeitung.',
    'Telefonat mit AG {Pm:l} ({FIRM}): {kd} hat Probearbeit am {DATE:p} gut gemacht, Einstellung ab {DATE:f} geplant, {#h}.',
    'Rückruf erbeten unter {TELX}, {Pf:f} von {INST}, betrifft {C}.',
    'Hr. {Pm:l} vom Vermieter ({FIRM}) angerufen, Mietrückstand {#eur}, droht mit Kündigung.',
    'Tel. Rückfrage bei {INST:kurs}: Kurs beginnt {DATE:f}, Mo–Fr ab {#time}, {#n} UE/Woche, {#lvl}-Niveau.',
    '{Herr} {C:l} meldet sich um {#time} telefonisch krank; AU folgt per Post.',
    'Anrufversuch {#time} + {#time} erfolglos. Mailbox voll. Schreiben raus.',
    'tel. Kontakt zu Frau {Pf:l} (Schulsozialarbeit {SCHOOL}), Tochter {Kf:f} fehlt oft, Gespräch mit Kd. angeregt.',
    'Telefonat {kd} mit Sohn {Km:f} im Hintergrund, {Km:f} ({DOBX:k}) sucht Ausbildungsplatz als Kfz-Mechatroniker.',
    'Mutter {des} {Kunden}, Fr. {Rf:l}, ruft an (Tel. {TELX:m}) – Datenschutz erklärt, keine Auskunft.',
    # --- e-mails quoted
    'Von: {MAILX:Pf}\nGesendet: {DATE:p} {#time}\nAn: {CWMAIL}\nBetreff: {C:l}\n\nSehr geehrte Damen und Herren, anbei die Lohnabrechnung für {C:f}. Mit freundlichen Grüßen {Pf}',
    'Mail von {Kunde} ({MAIL}): "Ich kann am {DATE:f} nicht kommen, weil ich arbeiten muss. Gruß {C:f}"',
    'E-Mail AG {FIRM}, {Pm}: Kandidat {C:l} passt leider nicht, Stelle anderweitig besetzt.',
    '>>> {S1} schrieb:\n> Bitte Akte {C:l}, Kd.-Nr. {KDNR}, bis {DATE:f} prüfen.\nErledigt.',
    'Weiterleitung von {Sf} (Leistung): Kontoänderung, neue IBAN {IBAN} – bitte im Profil ändern.',
    'Antwort an {MAIL}: Unterlagen bitte bis {DATE:f} hochladen (jobcenter.digital).',
    'cc: {S1:l}, {S2:l}\nBetr.: Fallbesprechung {C:fl}\nTermin {DATE:f}, {#room}',
    'Mail Träger {INST:kurs} an {CW:f}: TN {C:caps} seit {#n} Tagen nicht erschienen.',
    'RE: Bewerbung Lagerist\nHallo {CW:f}, der {Kunde} war heute da, wir nehmen {ihn} ab {DATE:f}. VG {Pm:f} ({FIRM})',
    '{kd} schreibt per Mail ({MAIL}): neue Handynr. {TELX:m}, alte nicht mehr gültig',
    # --- letters / documents
    'Schreiben {INST:drv} vom {DATE:p}, Az. {#n}/{#year}: Rentenantrag {C:l} wird geprüft.',
    'Eingang Brief: Kündigung durch {FIRM} zum {DATE:f}, unterschrieben von {Pm}, Personalleitung.',
    'Bescheinigung {SCHOOL}: {Kfs}, geb. {DOBX:k}, besucht Klasse {#kl}.',
    'Mietbescheinigung Vermieterin {Pf}, Whg. {ADDR}, Kaltmiete {#eur}, NK {#eur}.',
    'Arbeitsvertrag {FIRM} liegt vor: Beginn {DATE:f}, {#h}, befristet auf {#mon}.',
    'Gehaltsnachweise ({#n} Monate) von {FIRM} eingereicht, Brutto {#eur}.',
    'Geburtsurkunde für {Km:f} ({DOBX:k}) eingereicht, Kindergeld bei {INST:fk} beantragt.',
    'Heiratsurkunde liegt vor: {kd} hieß vorher {C:bn}, Namensänderung im System.',
    'Kontoauszüge {#n} Monate: Eingänge von {P1} ({#eur}), Kd. erklärt, das sei ein Darlehen.',
    'Schulbescheinigung {SCHOOL} für {Km:f} bis {DATE:f}.',
    # --- lists
    'Vorgelegt:\n- Personalausweis {DOC}\n- Meldebescheinigung ({ADDR})\n- SV-Ausweis RVNR {RV}',
    'HH-Angehörige:\n1) {C} ({DOB})\n2) {Rp}, {Ehefrau} ({DOBX:a})\n3) {Km:f} ({DOBX:k})',
    'BG: {C:l}, {C:f} / {Rm:l}, {Rm:f} / Kind {Kf:f}; BG-Nr {BG}',
    'ToDo:\n* VV {FIRM}\n* Erinnerung AU\n* Wv. {DATE:f}',
    'Daten Kd.:\nTel {TEL}\nMail {MAIL}\nSteuer-ID {TAX}',
    'Folgende Nachweise fehlen: 1. Kontoauszüge, 2. Mietvertrag, 3. Einkommensnachweis Lebensgefährte {Pm}.',
    'offene Punkte: Führerschein (Kosten ca. {#eur}), Kinderbetreuung {Kf:f}, Schulden bei {FIRM}.',
    'Teilnehmerliste Infoveranstaltung {DATE:p}: {C}, {P1}, {P2}, {P3} – alle anwesend.',
    # --- relatives & third persons
    '{kd} lebt getrennt von {Ehefrau} {Rp}, Scheidung läuft (Az. {#n} F {#n}/{#year}).',
    'Schwägerin {Rf:f} betreut die Kinder nachmittags, daher Vollzeit möglich.',
    'Lebensgefährte {Pm:l} ist bei {FIRM} beschäftigt; Einkommensnachweise angefordert.',
    'Oma {Rf:l} (geb. {DOBX:o}) wohnt mit im Haushalt, bezieht Rente.',
    'Tochter {Kf} hat Ausbildung bei {FIRM} begonnen, Ausbildungsvergütung {#eur}.',
    'Neffe {Rm} wohnt vorübergehend bei Kd., Untermiete {#eur}?? klären!',
    'Kd. pflegt Vater {Rm:f} ({DOBX:o}), Pflegegrad beantragt (lt. Kd. Grad 3), daher nur Teilzeit.',
    'Bruder {Rms} hat ebenfalls Leistungsbezug, eigene BG {BGX}.',
    'Ex-Partner {Pm} zahlt keinen Unterhalt; Unterhaltsvorschuss beim Jugendamt beantragt.',
    'Nachbar {Pm:l} bringt Unterlagen vorbei, Vollmacht liegt vor.',
    'Kinder: {Km:f} ({DOBX:y}), {Kf:f} ({DOBX:y}); beide in {KITA}.',
    'Stiefsohn {Km} (18) hat eigene Kundennummer {KDNRX}.',
    '{kd} berichtet, dass {sein} Cousin {Rm:f} in {FIRM} Arbeit vermitteln könnte.',
    'Schwiegermutter {Rf} kommt aus dem Ausland zu Besuch, Kd. für {#n} Wochen ortsabwesend (genehmigt).',
    'Vermieter {Pm}, {ADDRX}, verweigert Bescheinigung.',
    'Rechtsanwältin {Pf} legt Widerspruch ein, Vollmacht vom {DATE:p}.',
    'RA {Pm:l} bittet um Akteneinsicht, Fax {TELX:f} (sic).',
    'Bewährungshelferin {Pf:l} informiert: Auflagen werden erfüllt.',
    'Schuldnerberatung: Frau {Pf:l}, Termin {DATE:f}; Gläubiger u.a. {FIRM}.',
    'Hausarzt Dr. med. {Pm} bescheinigt Einschränkung: kein Heben über {#n} kg.',
    # --- colleagues / internal
    'Vertretung {Sf:l} hat am {DATE:p} Gespräch geführt, s. Vermerk.',
    'Fall an Koll. {S1} (Reha/SB) abgegeben, Übergabe {DATE:f}.',
    'Rücksprache TL {TL:l}: Sanktion ja, aber erst Anhörung.',
    'i.A. {CW}\nTeam {#n}',
    'Abstimmung mit {S1} aus dem Fallmanagement – Übergabe ins FM sinnvoll.',
    'PD-Gutachten (psych. Dienst, Fr. {Sf:l}) angefordert, Eingang ca. {#n} Wochen.',
    '{TL} (TL) zur Kenntnis, bitte gegenzeichnen.',
    'AGS-Kollege {Sm:l} meldet: {FIRM} sucht {#n} Helfer, Einstieg sofort.',
    'Übergabe von {S1:inv} an {CW:inv} wegen Buchstabenwechsel.',
    'Kollegin {Sf:f} aus der Eingangszone hat Kd. an mich verwiesen.',
    # --- addresses in many ways
    'Neue Anschrift ab {DATE:f}: {ADDRX}',
    'Umzug zur Freundin nach {ADDRX}, Zustimmung zum Umzug nicht erteilt.',
    'Kd. wohnt jetzt bei {Pm}, {ADDRX:co}',
    'Postrückläufer, Kd. unbekannt verzogen (alte Adr.: {ADDR}).',
    'Adresse laut Ausweis: {ADDR}; tatsächlich wohnhaft {ADDRX}',
    'Obdachlos gemeldet, Postadresse: {INST:ber}, {ADDRX}',
    'Wohnungsangebot {ADDRX}, {#n} Zi., {#eur} warm -> angemessen.',
    'hausbesuch {ADDR|lc} um {#time}: niemand angetroffen, karte eingeworfen',
    # --- identifiers in running text
    'IBAN alt {IBANX}, neu {IBAN}. Bitte Zahlung umstellen.',
    'Bankverbindung der Vermieterin: {IBANX} ({Pf:l})',
    'Kd. nennt St-IdNr {TAX}, für AG-Meldung.',
    'Steuerliche Identifikationsnummer: {TAX}\nRentenvers.-Nr.: {RV}',
    'SVNR {RV} bei DEÜV-Meldung falsch übermittelt, AG {FIRM} informiert.',
    'Kd.-Nr. {desEhe}: {KDNRX}, bitte verknüpfen.',
    'Doppelanlage! {KDNR} und {KDNRX} betreffen dieselbe Person ({C:l}). An Kundendaten gemeldet.',
    'Zugehörige BG {BG}, Leistungsakte anfordern.',
    'falsche BG-Nr. angegeben ({BGX}), richtig ist {BG}.',
    'Kennzeichen {PLATE} – Fahrzeug gehört lt. Kd. dem Schwager {Rm:l}.',
    'Pkw {PLATE} (Wert ca. {#eur}) als Vermögen angegeben.',
    'Personalausweis abgelaufen ({DOC}), neuer beantragt.',
    'Aufenthaltstitel Nr. {DOC}, befristet bis {DATE:f}, Erwerbstätigkeit gestattet.',
    'RV-Nr. der Mutter {RVX:Rf} wurde irrtümlich angegeben.',
    'Tel.-Nr. {TEL} ist falsch, korrekte Nr. {TELX:m} (lt. {Kunde}).',
    'Kd. erreichbar unter {TEL} ab {#time}.',
    # --- dates in many ways
    'Termin am {DATE:f} um {#time} bei {CW:l}, {#room}.',
    'Maßnahme von {DATE:p} bis {DATE:f}, Träger {INST:kurs}.',
    'AU vom {DATE:p}–{DATE:f} (Erstbescheinigung).',
    'Arbeitsaufnahme zum {DATE:f}, Abmeldung aus dem Leistungsbezug zum {DATE:f}.',
    'Urlaub beantragt {DATE:f} bis {DATE:f} ({#n} Kalendertage), genehmigt.',
    'Geburtstermin des Kindes voraussichtlich {DATE:f}; Mutterschutz beginnt 6 Wochen vorher.',
    'Kd. (geb. {DOB}) ist über 25, daher kein U25-Team.',
    'Geburtsdatum im System falsch, richtig: {DOB}.',
    'Wiedervorlage {DATE:f}',
    'WV: {DATE:f} – Eingang Unterlagen prüfen',
    # --- companies / institutions
    'Kd. arbeitet seit {DATE:p} als Minijobber bei {FIRM} ({#eur}/Monat).',
    'Stellenangebot {FIRM}: Produktionshelfer, Schicht, {#h}, Tarif {#eur}/h.',
    'Vermittlungsvorschlag: {FIRM}, {FIRM2}, {FIRM} (Filiale). Rückmeldung binnen 14 Tagen.',
    'Praktikum bei {FIRM} vom {DATE:p} bis {DATE:p} erfolgreich, AG würde nach EGZ einstellen ({#pct}).',
    'Antrag auf Eingliederungszuschuss von {FIRM} eingegangen, Ansprechpartner {Pm}.',
    'Ablehnung durch {FIRM} – Begründung: zu wenig Deutschkenntnisse ({#lvl}).',
    'Kd. wurde bei {FIRM} in der Probezeit gekündigt.',
    'Anmeldung Integrationskurs bei {INST:kurs}, Kursbeginn {DATE:f}.',
    'Reha-Antrag an {INST:drv} weitergeleitet (Eingang dort {DATE:p}).',
    'Kd. ist bei {INST:kk} versichert, Mitgliedsbescheinigung liegt vor.',
    'Kontakt {INST:ber}: Kd. nimmt an Schuldnerberatung teil, nächster Termin {DATE:f}.',
    'Bescheid {INST:wg} über Wohngeld liegt vor ({#eur}).',
    'Abmeldung {KITA} wegen Umzug.',
    'Zuständigkeitswechsel: Kd. jetzt bei {JC}, Akte abgegeben.',
    'Ansprechpartner ({JC}): {P1} (Fallmanagement), Tel. {TELX:f}',
    # --- sloppy case, typos, mixed
    'KD {C:l|uc} WAR DA. WILL UMSCHULUNG ZUM BERUFSKRAFTFAHRER. KOSTEN PRÜFEN!!',
    'kd {C|lc} will nach {#lvl} kurs arbeiten gehen, am liebsten reinigung oder küche',
    'hr {C:ltypo} (Name im System anders geschrieben) hat AV unterschrieben',
    'Fr {Pf:l} (nicht Kundin!) hat versehentlich Post für {C:l} bekommen.',
    'Kd sagt {er} hat bewerbung bei {FIRM} abgeschikt aber keine antwort.',
    '{kd} {C:LF} – Name in Passreihenfolge, bitte Schreibweise prüfen.',
    '{C:fl} (so im Pass) / im System {C}',
    '{Kunde} {C:f} (Rufname), Ausweis-Name anders, s. Dokument.',
    'gespr. m. {C:ini}, wirkt motiviert, Ziel Helfer Lager, Fahrtkosten {#eur} übernommen.',
    'Laut {C:gen} Aussage ist die Tochter ab {DATE:f} in der Kita.',
    '{Pm:gen} Schreiben (Anwalt) bleibt unbeantwortet bis Rücksprache TL.',
    'Dolmetscher {Pm:f} (Sohn eines Bekannten) übersetzt, {C:f} versteht wenig.',
    'Kd. bringt Freund {Pm:f} mit, der für {ihn} spricht. Hinweis gegeben, dass {C:f} selbst antworten soll.',
    # --- no PII / numbers that are not PII
    'Gespräch {#time}–{#time}. Themen: Mobilität, Kinderbetreuung, Gesundheit. Nächster Schritt: {#n} Bewerbungen pro Woche.',
    'Sprachkurs {#lvl} bestanden ({#n} von 60 Punkten), Anschlusskurs B2 ab {#wk}.',
    'Regelbedarf {#year}: {#eur}; KdU {#eur}; Mehrbedarf Alleinerziehende {#pct}.',
    'Hinweis auf Mitwirkungspflichten nach {#para} und Rechtsfolgen erteilt.',
    'Kd. hat {#n} Jahre Berufserfahrung als Fahrer, Staplerschein seit {#year}, Klasse CE fehlt.',
    'Bewerbungskosten {#eur} erstattet, max. {#eur} p.a.',
    'Teilnahme {#h}, Dauer {#mon}, Fahrtkosten {#eur} mtl.',
    'Profiling durchgeführt, Profillage unverändert. Stärken: Zuverlässigkeit, Teamarbeit.',
    # --- mixed multi-PII sentences
    '{C} ({DOB}), {ADDR}, Tel. {TEL}, Kd.-Nr. {KDNR}',
    'Datenabgleich: Name {C:inv}, Geb.-Dat. {DOB}, RV-Nr. {RV}, IdNr {TAX}. Alles korrekt.',
    'Erstgespräch {C}: wohnhaft {ADDR}, BG-Nr {BG}, {#n} Personen im HH.',
    '{Kunde} meldet sich: {C}, {MAIL}, {TEL}. Bitte um Rückruf wegen {DATE:f}.',
    'Kd. überweist Rückforderung {#eur} von Konto {IBAN} in Raten à {#eur}.',
    'Arbeitgeber {FIRM} ({ADDRX}), Kontakt {Pf}, {TELX:f}, {MAILX:Pf}',
    'Unfall am {DATE:p} mit Pkw {PLATE}, Fahrerin war {Rf}; Kd. verletzt (Hand).',
    'Kd. legt Kaufvertrag Kfz {PLATE} vor, Verkäufer {Pm}, Preis {#eur}.',
    'Pfändung durch {FIRM}, Gerichtsvollzieherin {Pf:l}, Az. DR II {#n}/{#year}.',
    'Tagesmutter {Pf} betreut {Kf:f} ({DOBX:k}) ab {DATE:f}, Kosten übernimmt {INST:soz}.',
    'Trainer {Pm:l} vom Träger {INST:kurs} meldet: {C:f} fehlt seit {DATE:p}.',
    'An: {Sf}\nVon: {CW}\nKurze Info: {C:l} hat die Stelle bei {FIRM} angenommen.',
    'Fallkonferenz: {CW:l}, {S1:l}, {S2:l} (JC) + Fr. {Pf:l} ({INST}). Ergebnis: Coaching.',
    '{kd} hat Kinderbetreuung über {seine} Schwester {Rf:f} geklärt; Schwester wohnt {ADDRX}.',
    'Kindsvater {Pm} (nicht im HH), Adresse unbekannt.',
    'Bankverbindung des Vaters {Rms} (IBAN {IBANX}) für Darlehensrückzahlung.',
    'Kd. bittet um Überweisung auf Konto {desEhe} {Rp:f}: {IBANX}. Abgelehnt.',
    'Herr {Pm} ({DOBX:a}) möchte als Untermieter einziehen, Kd. fragt nach Auswirkungen.',
    # --- more identifiers and staff
    'Steuer-ID lt. Lohnsteuerbescheinigung: {TAX}; im System stand abweichend {TAXX}.',
    'ID-Nr (Finanzamt) {TAX} -> an AG {FIRM} übermittelt.',
    'Ausweiskontrolle: Nr. {DOC}, Lichtbild stimmt überein.',
    'Kopie Pass {desEhe} ({PASS}) und Ausweis des Sohnes ({DOC}) zur Akte genommen.',
    'Sozialversicherungsausweis: {RV}. Kd. wusste Nr. nicht, per Abfrage ermittelt.',
    'RVNR fehlte im Profil – nachgetragen: {RV}',
    'Vermerk {S1:ini} (Eingangszone): Kd. war um {#time} da und hat Unterlagen in den Briefkasten geworfen.',
    'Abwesenheit {CW:l} bis {DATE:f}, Vertretung übernimmt {Sf}.',
    'Teamsitzung {DATE:p}: Fall {C:l} vorgestellt; {S1:f} ({#n} Jahre FM-Erfahrung) empfiehlt Coaching über AVGS.',
    'Kd. beschwert sich über SB {S1:l}, Beschwerde an TL {TL} weitergeleitet.',
    'gemeinsames Gespräch mit {Sm} (Berufsberatung), Ergebnis: Ausbildung Fachkraft Lagerlogistik ab {#year}?',
    'Bitte an {S1:inits}: Kd.-Nr. {KDNR} mit {KDNRX} zusammenführen.',
    'KNR {KDNRX} gehört {zumEhe} {Rp}, nicht zu {dem} {Kunden}.',
    'Mailadresse geändert: {MAIL} (vorher {MAILX:C})',
    '{Kunde} gibt an, E-Mail {MAIL} werde nicht mehr gelesen; Kontakt nur per Post.',
    'Kindsmutter {Pf} ({MAILX:Pf}) bittet um Bestätigung der Vorsprache.',
    'Kd.-Nr. {KDNR}, BG {BG} – Zahlungseinstellung zum {DATE:f}.',
    'Kd. hat meine Durchwahl {CWTEL} und {CWMAIL} bekommen.',
    'Kd.: "Ich war doch da!" – SB: Termin war {DATE:p} um {#time}. Einladung ging an {ADDR}, kein Rückläufer.',
    'Kd. (Tel. {TEL}) fragt, ob Nebenjob bei {FIRM} angerechnet wird. Freibetrag {#eur} erklärt.',
    'Einladung nach {#para} zum {DATE:f}, {#time}, {#room}.',
    'Ärztliches Attest Dr. {Pf:l}, Praxis {ADDRX}: nicht belastbar für {#n} Wochen.',
    'Nachweis Kfz-Versicherung ({FIRM}), Kennzeichen {PLATE}, Beitrag {#eur}/Jahr.',
    'Kd spricht kaum deutsch, Sohn {Kms} ({DOBX:k}) übersetzt. Ukr. Konto {IBANX} noch aktiv?',
    'Familie des Bruders {Rm:l} wohnt {ADDRX}; Kd. nutzt diese Adresse als Postanschrift.',
]
SEPS = [' ', '\n', '\n\n', ' + ', ' *** ', '; ', '\n> ']

# ---------------------------------------------------------------- records (skeleton as in make_corpus3.py)


def build():
    rng = random.Random(f'{SEED}-{SPLIT}')
    g = Gen(rng)
    records, truth = [], []
    offices = {}
    tpl_use = collections.Counter()
    order = []
    for ri in range(N_RECORDS):
        sgb2 = rng.random() < 0.75
        city, pc, plate_code = rng.choice(CITIES)
        office = offices.setdefault(city, (rng.randrange(100, 999), rng.randrange(10, 99)))
        origin = rng.choices(list(ORIGINS), [o[2] for o in ORIGINS.values()])[0]
        nat = ORIGINS[origin][3]
        c = g.person('customerName', origin=origin)
        c.birthname = c.last if (c.gender == 'm' or rng.random() < 0.55) else g.person('customerName', gender='f', origin=origin).last
        c.birth = datetime.date(1962, 1, 1) + datetime.timedelta(days=rng.randrange(15300))
        cw, tl = g.person('staffName'), g.person('staffName')
        org_id = f'{office[0]}{office[1]:02d}'
        mail_dom = rng.choice(['jobcenter-ge.de', 'jobcenter-landkreis.de']) if sgb2 else 'arbeitsagentur.de'
        rec = {'customerNumber': make_kdnr(rng, office[0])}
        if sgb2:
            rec['householdNumber'] = make_bgnr(rng, org_id)
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = rng.choice(REGIONS)
        if sgb2:
            rec['jobCentre'] = {'id': org_id, 'name': f'Jobcenter {city}', 'consents16a': rng.random() < 0.3}
        else:
            rec['agency'] = {'id': str(office[0]), 'name': f'Agentur für Arbeit {city}'}
        rec['team'] = f'{org_id}-T{rng.randrange(1, 15):02d}'
        rec['teamLead'] = {'id': f'TL-{rng.randrange(1000, 9999)}', 'name': f'{tl.first} {tl.last}'}
        cw_phone = fmt_phone(rng, mobile=False)
        cw_mail = f'{ascii_local(cw.first.split()[0].split("-")[0])}.{ascii_local(cw.last.split()[-1])}@{mail_dom}'
        rec['caseWorker'] = {'id': f'MA-{rng.randrange(1000, 9999)}', 'name': f'{cw.first} {cw.last}', 'phone': cw_phone, 'email': cw_mail}
        rec['customer'] = {'firstName': c.first, 'lastName': c.last, 'birthName': c.birthname, 'birthDate': c.birth.isoformat(),
                           'gender': c.gender, 'nationality': nat,
                           'address': {'street': make_street(rng), 'postcode': pc, 'city': city},
                           'phone': rng.choice(['+49', '0']) + rng.choice(['151', '157', '162', '172', '175', '179']) + str(rng.randrange(1000000, 99999999)),
                           'email': make_email(rng, c), 'iban': make_iban(rng), 'taxId': make_taxid(rng),
                           'pensionInsuranceNumber': make_rvnr(rng, c.birth, c.birthname, c.gender)}
        rec['customerProcess'] = rng.choice(['placement', 'placement', 'placement', 'rehabilitation'])
        rec['customerGroup'] = rng.choice(GROUPS)
        rec['municipalServices16a'] = sgb2 and rng.random() < 0.25
        intake = datetime.date(2023, 2, 1) + datetime.timedelta(days=rng.randrange(520))
        rec['review'] = {'flagged': rng.random() < 0.25, 'month': (intake + datetime.timedelta(days=400)).strftime('%Y-%m'),
                         'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': intake.isoformat(), 'profile': rng.choice(PROFILES)}]
        events, d = [], intake
        n_events = 5 if ri % 2 else rng.randint(3, 7)
        for ei in range(n_events):
            d = d + datetime.timedelta(days=rng.randrange(3, 40))
            ctx = Ctx(g, rec, c, cw, tl, pc, city, plate_code, sgb2, mail_dom)
            ctx.bg_number = rec['householdNumber'] if sgb2 else make_bgnr(rng)
            ctx.event_date = d
            k = rng.choices([1, 2, 3], [35, 45, 20])[0]
            chosen = []
            for _ in range(k):
                if not order:
                    order = TEMPLATES[:]
                    rng.shuffle(order)
                chosen.append(order.pop())
            note_casing = rng.random()
            parts = []
            for j, t in enumerate(chosen):
                tpl_use[t] += 1
                ctx.people, ctx.vals = {}, {}
                if j:
                    parts.append((rng.choice(SEPS), None))
                parts.extend(render(t, ctx))
            if note_casing < 0.04:
                parts = [(t.lower(), k2) for t, k2 in parts]
            elif note_casing < 0.06:
                parts = [(t.upper(), k2) for t, k2 in parts]
            note, pos = '', 0
            for text, kind in parts:
                if kind is not None and text:
                    truth.append({'record': ri, 'event': ei, 'start': pos, 'end': pos + len(text), 'kind': kind, 'value': text})
                note += text
                pos += len(text)
            events.append({'date': d.isoformat(), 'type': rng.choice(EVENT_TYPES), 'channel': rng.choice(['inPerson', 'phone', 'video']), 'note': note})
        rec['events'] = events
        ms = intake + datetime.timedelta(days=rng.randrange(10, 200))
        rec['measures'] = [{'start': ms.isoformat(), 'end': (ms + datetime.timedelta(days=rng.randrange(30, 180))).isoformat(),
                            'kind': rng.choice(MEASURES), 'outcome': rng.choice(['completed', 'aborted', 'ongoing'])}]
        rec['caseManagement'] = {'intake': intake.isoformat(), 'exit': None, 'exitReason': None}
        records.append(rec)
    return records, truth, g, tpl_use


def verify(records, truth):
    by_event = collections.defaultdict(list)
    for t in truth:
        note = records[t['record']]['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], t
        assert t['value'] == t['value'].strip() and t['value'], t
        by_event[(t['record'], t['event'])].append((t['start'], t['end']))
    for spans in by_event.values():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], ('overlap', a, b)
    names = collections.defaultdict(list)
    for t in truth:
        if t['kind'].endswith('Name'):
            names[(t['record'], t['event'])].append((t['start'], t['end']))
    for (ri, ei), spans in names.items():
        note = records[ri]['events'][ei]['note']
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            assert note[a[1]:b[0]].strip() != '', ('adjacent name spans', note[a[0]:b[1]])
    for r in records:
        assert ('householdNumber' in r) == (r['legalDomain'] == 'SGB2') and ('jobCentre' in r) == (r['legalDomain'] == 'SGB2')
        assert ('agency' in r) == (r['legalDomain'] == 'SGB3')
        cu = r['customer']
        assert iban_valid(cu['iban']) and national_ok(cu['iban']) and taxid_valid(cu['taxId']) and rv_valid(cu['pensionInsuranceNumber'])
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
            assert e['channel'] in ('inPerson', 'phone', 'video')
    for t in truth:
        v = t['value']
        if t['kind'] == 'iban':
            assert iban_valid(v) and national_ok(v), v
        elif t['kind'] == 'taxId':
            assert taxid_valid(v), v
        elif t['kind'] == 'pensionNumber':
            assert rv_valid(v), v
        elif t['kind'] == 'idCard':
            c = v.replace(' ', '').upper()
            assert len(c) == 10 and id_check(c[:9]) == c[9], v
        elif t['kind'] == 'customerNumber':
            assert re.fullmatch(r'\d{3}[ .-]?[dD][ .-]?\d{3} ?\d{3}', v), v
        elif t['kind'] == 'householdNumber':
            assert re.sub(r'[ .\-]', '', v).upper()[5:7] == 'BG' and len(re.sub(r'[ .\-]', '', v)) == 14, v


def main():
    self_check()
    assert len(TEMPLATES) >= 150 and len(set(TEMPLATES)) == len(TEMPLATES), len(TEMPLATES)
    records, truth, g, tpl_use = build()
    assert len(tpl_use) == len(TEMPLATES), 'every template is used'
    verify(records, truth)
    with open(os.path.join(HERE, f'{SPLIT}.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    recs = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.jsonl'), encoding='utf-8')]
    tr = [json.loads(l) for l in open(os.path.join(HERE, f'{SPLIT}.truth.jsonl'), encoding='utf-8')]
    verify(recs, tr)
    cnt = collections.Counter(t['kind'] for t in truth)
    srcs = [k for k in NAMES if not k.startswith('_')]
    summary = {SPLIT: {'records': len(records), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in records),
                       'events': sum(len(r['events']) for r in records), 'spans': len(truth),
                       'templates': len(TEMPLATES), 'templatesUsed': len(tpl_use),
                       'distinctGivenNamesInPool': len({n for o in srcs for k in ('male', 'female') for n in NAMES[o].get(k, [])}),
                       'distinctSurnamesInPool': len({n for o in srcs for k in ('last', 'last_male', 'last_female') for n in NAMES[o].get(k, [])}),
                       'distinctGivenNamesUsed': len(g.used_given), 'distinctSurnamesUsed': len(g.used_last),
                       'perKind': dict(sorted(cnt.items()))}}
    with open(os.path.join(HERE, f'counts-{SPLIT}.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
