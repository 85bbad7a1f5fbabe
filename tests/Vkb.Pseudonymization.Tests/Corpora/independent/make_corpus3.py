#!/usr/bin/env python3
"""Third independent evaluation split ("heldout3") of German case-worker notes with planted PII.

Python 3 stdlib only, deterministic (SEED).  Reads names3.json, writes heldout3.jsonl, heldout3.truth.jsonl and
counts-heldout3.json.  Asserts check digits and every truth span before and after writing.
Check-digit functions follow the algorithms of the earlier generator (make_corpus2.py); templates, pools and the
rendering engine are new.
"""
import collections, datetime, json, os, random, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = '20261205-3'
N_RECORDS = 180
SPLIT = 'heldout3'

# ---------------------------------------------------------------- check digits


def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)


def iban_valid(iban):
    iban = re.sub(r'[ \-]', '', iban).upper()
    s = iban[4:] + iban[:4]
    return len(iban) >= 15 and int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng):
    r = rng.random()
    digits = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
    letters = lambda n: ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n))
    if r < 0.8:
        cc, bban = 'DE', str(rng.randrange(10000000, 99999999)) + digits(10)
    elif r < 0.86:
        cc, bban = 'PL', digits(24)
    elif r < 0.91:
        cc, bban = 'RO', rng.choice(['RNCB', 'BTRL', 'BRDE', 'INGB']) + digits(16)
    elif r < 0.95:
        cc, bban = 'NL', rng.choice(['ABNA', 'INGB', 'RABO', 'TRIO']) + digits(10)
    else:
        cc, bban = 'TR', digits(5) + '0' + digits(16)
    return cc + iban_check(cc, bban) + bban


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
    t = re.sub(r'[ ./-]', '', t)
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
    r = re.sub(r'[ \-/]', '', r)
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
    # 9 characters (authority code + serial) and the 7-3-1 check digit, as printed on the German ID card
    body = rng.choice(first_letters) + ''.join(rng.choice(ID_ALPHA) for _ in range(8))
    return body + id_check(body)


def self_check():
    assert iban_valid('DE89370400440532013000') and iban_check('DE', '370400440532013000') == '89'
    assert iban_valid('PL61109010140000071219812874') and iban_valid('RO49AAAA1B31007593840000')
    assert iban_valid('NL91ABNA0417164300') and iban_valid('TR330006100519786457841326')
    assert taxid_valid('86095742719') and taxid_valid('47036892816')
    assert rv_check('15070649C10') == 3
    assert id_check('T22000129') == '3'   # published sample Personalausweis T220001293
    r = random.Random(5)
    for _ in range(3000):
        assert iban_valid(make_iban(r))
        assert taxid_valid(make_taxid(r))
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=r.randrange(20000))
        assert rv_valid(make_rvnr(r, b, r.choice(['Ābele', 'Øster', 'Çelik', "O'Neill"]), r.choice('mf')))
        d = make_doc(r, 'LMNPRTVWXYZ')
        assert id_check(d[:9]) == d[9]


# ---------------------------------------------------------------- pools (own lists)

NAMES = json.load(open(os.path.join(HERE, 'names3.json'), encoding='utf-8'))
# composite origins: (name, [source lists], weight, nationality)
ORIGINS = [
    ('de', ['de_LU', 'de_LI', 'de_own'], 26, 'DE'), ('nordic', ['da_DK', 'no_NO', 'fi_FI'], 5, 'DK'),
    ('baltic', ['lt_LT', 'et_EE'], 4, 'LT'), ('lv', ['lv_LV'], 2, 'LV'), ('mk', ['mk_MK'], 4, 'MK'),
    ('ka', ['ka_GE'], 4, 'GE'), ('uz', ['uz_UZ'], 3, 'UZ'), ('dz', ['fr_DZ'], 5, 'DZ'), ('ar', ['ar_own'], 7, 'SY'),
    ('af', ['af_own'], 5, 'AF'), ('er', ['er_own'], 5, 'ER'), ('wa', ['wa_own', 'yo_NG', 'ig_NG', 'ha_NG'], 6, 'NG'),
    ('gh', ['tw_GH'], 2, 'GH'), ('ea', ['sw', 'en_KE'], 3, 'KE'), ('tr', ['tr_own'], 7, 'TR'),
    ('east', ['ru_own', 'pl_own', 'ro_own', 'bg_own'], 5, 'UA'), ('balkan', ['bk_own'], 3, 'XK'),
    ('south', ['gr_own', 'it_own', 'pt_BR'], 3, 'GR'), ('ie', ['ga_IE'], 1, 'IE'), ('vi', ['vi_own2'], 2, 'VN'),
]
STAFF_ORIGINS = [('de', 50), ('nordic', 8), ('baltic', 4), ('tr', 6), ('east', 6), ('balkan', 4), ('south', 4), ('dz', 3),
                 ('ar', 3), ('lv', 2), ('ie', 3), ('mk', 2)]


def merged(origin):
    srcs = next(o[1] for o in ORIGINS if o[0] == origin)
    d = {'male': [], 'female': [], 'last_m': [], 'last_f': []}
    for s in srcs:
        p = NAMES[s]
        d['male'] += p.get('male', [])
        d['female'] += p.get('female', [])
        d['last_m'] += p.get('last_male', p.get('last', []))
        d['last_f'] += p.get('last_female', p.get('last', []))
    for k in d:
        d[k] = sorted(set(d[k]))
    if not d['male']:
        d['male'] = d['female']
    if not d['female']:
        d['female'] = d['male']
    return d


POOL = {o[0]: merged(o[0]) for o in ORIGINS}
NICKS = ['Schorsch', 'Kuddel', 'Hotte', 'Atze', 'Ecki', 'Wolle', 'Pitti', 'Mucki', 'Kalli', 'Tünn', 'Addi', 'Chrissi',
         'Didi', 'Jupp', 'Hansi', 'Moppel', 'Schnucki', 'Lolle', 'Bummi', 'Fiffi', 'Gitti', 'Purzel', 'Zausel', 'Hasi']

CITIES = [('35037', 'Marburg', 'MR'), ('26721', 'Emden', 'EMD'), ('26382', 'Wilhelmshaven', 'WHV'), ('27472', 'Cuxhaven', 'CUX'),
          ('24534', 'Neumünster', 'NMS'), ('06844', 'Dessau-Roßlau', 'DE'), ('98527', 'Suhl', 'SHL'), ('08523', 'Plauen', 'V'),
          ('02826', 'Görlitz', 'GR'), ('02625', 'Bautzen', 'BZ'), ('91052', 'Erlangen', 'ER'), ('90762', 'Fürth', 'FÜ'),
          ('87435', 'Kempten', 'KE'), ('72764', 'Reutlingen', 'RT'), ('77652', 'Offenburg', 'OG'), ('67059', 'Ludwigshafen am Rhein', 'LU'),
          ('63065', 'Offenbach am Main', 'OF'), ('63450', 'Hanau', 'HU'), ('83022', 'Rosenheim', 'RO'), ('97421', 'Schweinfurt', 'SW'),
          ('63739', 'Aschaffenburg', 'AB'), ('21682', 'Stade', 'STD'), ('27749', 'Delmenhorst', 'DEL'), ('16225', 'Eberswalde', 'BAR'),
          ('14770', 'Brandenburg an der Havel', 'BRB'), ('99734', 'Nordhausen', 'NDH'), ('99817', 'Eisenach', 'EA'), ('25813', 'Husum', 'NF'),
          ('25524', 'Itzehoe', 'IZ'), ('26789', 'Leer', 'LER'), ('26603', 'Aurich', 'AUR'), ('38640', 'Goslar', 'GS'),
          ('38855', 'Wernigerode', 'HZ'), ('06484', 'Quedlinburg', 'QLB'), ('38820', 'Halberstadt', 'HZ'), ('39576', 'Stendal', 'SDL'),
          ('06217', 'Merseburg', 'MQ'), ('06618', 'Naumburg', 'BLK'), ('04600', 'Altenburg', 'ABG'), ('98693', 'Ilmenau', 'IK'),
          ('98617', 'Meiningen', 'SM'), ('96450', 'Coburg', 'CO'), ('92224', 'Amberg', 'AM'), ('94315', 'Straubing', 'SR'),
          ('94469', 'Deggendorf', 'DEG'), ('87700', 'Memmingen', 'MM'), ('88045', 'Friedrichshafen', 'FN'), ('88212', 'Ravensburg', 'RV'),
          ('78532', 'Tuttlingen', 'TUT'), ('79539', 'Lörrach', 'LÖ'), ('76437', 'Rastatt', 'RA'), ('67346', 'Speyer', 'SP'),
          ('67547', 'Worms', 'WO'), ('66953', 'Pirmasens', 'PS'), ('66538', 'Neunkirchen', 'NK'), ('35578', 'Wetzlar', 'LDK'),
          ('65549', 'Limburg', 'LM'), ('04860', 'Torgau', 'TDO'), ('01662', 'Meißen', 'MEI'), ('01796', 'Pirna', 'PIR'),
          ('09599', 'Freiberg', 'FG'), ('02977', 'Hoyerswerda', 'BZ')]
STREET_BASE = ('Ginster Holunder Schlehen Wacholder Mistel Hagebutten Quitten Mispel Wegwarte Kornblumen Löwenzahn Sauerampfer '
               'Zimmerer Böttcher Gerber Weber Seiler Drechsler Küfer Glaser Töpfer Kupferschmied Salzsieder Flößer '
               'Lerchen Stieglitz Zaunkönig Kiebitz Kranich Pirol Wiedehopf Eisvogel '
               'Galilei Röntgen Diesel Bunsen Liebig Mendel Virchow Koch Planck Hahn Meitner Zuse').split()
STREET_SUF = ['straße', 'str.', 'weg', 'pfad', 'ring', 'allee', 'gasse', 'anger', 'grund', 'hof']
STREET_FIXED = ['An der Ziegelei', 'Am Schöpfwerk', 'Hinterm Bahnhof', 'Im Winkel', 'Alte Poststraße', 'Neue Reihe', 'Am Galgenberg',
                'Unterm Kirchberg', 'Zur Aue', 'Vor dem Mühlentor', 'Lange Reihe', 'Am Sportplatz', 'Platz der Einheit', 'Bei der Walkmühle']
FIRM_WORDS = ('Nordlicht Sonnenschein Blauwal Greif Falke Wegweiser Eichhörnchen Tausendfuß Weitblick Grünspan Silberpfeil Elster '
              'Saphir Zugvogel Ankerplatz Wirbelwind Fischotter Seestern Sternwarte Kieselstein').split()
FIRM_BRANCH = ['Gebäudedienste', 'Bau', 'Logistik', 'Personaldienstleistungen', 'Zeitarbeit', 'Dachdeckerei', 'Malerbetrieb',
               'Sanitärtechnik', 'Elektroinstallation', 'Gartenbau', 'Umzüge', 'Catering', 'Sicherheitsdienst', 'Transporte',
               'Autoteile', 'Kfz-Werkstatt', 'Textilreinigung', 'Intensivpflege', 'Tiefbau', 'Metallbau', 'Versandhandel']
FIRM_SHOP = ['Imbiss', 'Kiosk', 'Friseursalon', 'Backshop', 'Blumenladen', 'Spätkauf', 'Dönerhaus', 'Pizzeria', 'Teestube', 'Handyshop',
             'Obst & Gemüse', 'Schlüsseldienst', 'Waschsalon', 'Fahrschule']
LEGAL = ['GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'AG', 'SE', 'KG', 'OHG', 'GbR', 'UG (haftungsbeschränkt)', 'e.K.', 'eK', 'mbH',
         'Ltd.', 'Sp. z o.o.', 'S.R.L.', 'B.V.', 'KGaA', 'gGmbH', 'e.G.']
BRANDS = ['Aldi Süd', 'Aldi Nord', 'Netto Marken-Discount', 'Edeka', 'Penny', 'Burger King', 'Zalando', 'DPD', 'GLS', 'UPS',
          'Hornbach', 'OBI', 'IKEA', 'Dussmann', 'Adecco', 'Sodexo', 'Deutsche Bahn', 'Lieferando', 'Rossmann', 'dm-drogerie markt',
          'Fressnapf', 'Tedi', 'Woolworth', 'Action', 'KiK', 'Norma', 'Globus', 'Bauhaus', 'Primark', 'Decathlon', 'Flixbus',
          'Securitas', 'Piepenbrock', 'WISAG', 'Tönnies', 'Wiesenhof', 'Vodafone', 'Telekom-Shop']
INST_CITY = ['Jobcenter {c}', 'Agentur für Arbeit {c}', 'Ausländeramt {c}', 'Sozialamt {c}', 'Jugendamt {c}', 'Amtsgericht {c}',
             'Sozialgericht {c}', 'Wohngeldstelle {c}', 'Klinikum {c}', 'Volkshochschule {c}', 'Handwerkskammer {c}',
             'Diakonisches Werk {c}', 'AWO Kreisverband {c}', 'Malteser Hilfsdienst {c}', 'Johanniter {c}', 'Tafel {c}',
             'Polizeiinspektion {c}', 'Finanzamt {c}', 'Frauenhaus {c}', 'Berufsschule {c}', 'Landratsamt {c}', 'Caritasverband {c}',
             'Stadtverwaltung {c}', 'Standesamt {c}', 'Bürgeramt {c}', 'Gesundheitsamt {c}', 'Kreisverwaltung {c}', 'Suchtberatung der Diakonie {c}']
INST_FIXED = ['DAK-Gesundheit', 'IKK classic', 'Techniker Krankenkasse', 'KKH', 'SBK', 'mhplus BKK', 'Audi BKK', 'BIG direkt gesund',
              'DRV Bund', 'DRV Mitteldeutschland', 'DRV Braunschweig-Hannover', 'DRV Schwaben', 'BG BAU', 'BGW', 'Familienkasse Bayern Nord',
              'Familienkasse Hessen', 'Verbraucherzentrale Thüringen', 'IHK Ostfriesland und Papenburg', 'Bundespolizei',
              'Landesamt für Soziales und Familie', 'Integrationsfachdienst Oberfranken', 'Studierendenwerk Thüringen', 'Zollamt Görlitz',
              'Schuldnerberatung der Verbraucherzentrale Sachsen', 'ver.di', 'IG Metall', 'Rotes Kreuz Kreisverband Goslar']
KITA = ['Kita Pusteblume', 'Kita Sonnenkäfer', 'Kindergarten St. Marien', 'Kita Wirbelwind', 'Hort Löwenzahn', 'Kinderkrippe Zwergenland']
SCHOOL = ['Grundschule {c}-{p}', 'Oberschule am {x}', 'Förderschule {c}', 'Realschule plus {c}', 'Gymnasium am {x}', 'Mittelschule {c}']
SCHOOL_X = ['Galgenberg', 'Stadtwall', 'Lindenplatz', 'Burgberg', 'Schillerpark', 'Eulenturm']
PARTS = ['Nord', 'Süd', 'West', 'Ost', 'Mitte', 'Altstadt', 'Neustadt']
MAIL_DOM = ['web.de', 'gmx.de', 't-online.de', 'yahoo.de', 'outlook.de', 'icloud.com', 'hotmail.com', 'freenet.de', 'posteo.de', 'mail.ru', 'yandex.ru', 'wp.pl', 'onet.pl']
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON3 = ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sept', 'Okt', 'Nov', 'Dez']
REL_M = ['Sohn', 'Vater', 'Bruder', 'Ehemann', 'Onkel', 'Neffe', 'Schwiegersohn', 'Stiefsohn', 'Lebensgefährte', 'Exmann', 'Schwager', 'Enkel']
REL_F = ['Tochter', 'Mutter', 'Schwester', 'Ehefrau', 'Tante', 'Nichte', 'Schwiegertochter', 'Stieftochter', 'Lebensgefährtin', 'Exfrau', 'Schwägerin', 'Enkelin']
PARTICLES = ['zur', 'ter', 'da', 'dos', 'du', 'la']


class Person:
    def __init__(self, first, last, gender, kind):
        self.first, self.last, self.gender, self.kind = first, last, gender, kind
        self.birth, self.birthname, self.nick = None, last, None


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.used_given, self.used_last = set(), set()

    def person(self, kind, gender=None, origin=None, last=None):
        rng = self.rng
        if origin is None:
            if kind == 'staffName':
                origin = rng.choices([o for o, _ in STAFF_ORIGINS], [w for _, w in STAFF_ORIGINS])[0]
            else:
                origin = rng.choices([o[0] for o in ORIGINS], [o[2] for o in ORIGINS])[0]
        pool = POOL[origin]
        gender = gender or rng.choice('mf')
        firsts = pool['male' if gender == 'm' else 'female']
        first = rng.choice(firsts)
        r = rng.random()
        if r < 0.07 and origin in ('de', 'nordic', 'baltic', 'south', 'ie'):
            second = rng.choice(firsts)
            if second != first:
                first = first + rng.choice(['-', ' ']) + second
        elif r < 0.1 and origin in ('ar', 'pk', 'af', 'dz'):
            first = first + ' ' + rng.choice(pool['male'])   # two given names (second often the father's)
        if last is None:
            last = rng.choice(pool['last_m' if gender == 'm' else 'last_f'])
            r = rng.random()
            if r < 0.05:
                other = rng.choice(pool['last_m' if gender == 'm' else 'last_f'])
                if other != last:
                    last = last + '-' + other
            elif r < 0.08 and origin in ('de', 'south'):
                last = rng.choice(PARTICLES) + ' ' + last
            elif r < 0.11 and origin in ('ar', 'dz', 'pk'):
                last = rng.choice(['bin', 'ould']) + ' ' + rng.choice(pool['male'])
        for t in re.split(r'[ -]', first):
            self.used_given.add(t)
        self.used_last.add(last)
        p = Person(first, last, gender, kind)
        if rng.random() < 0.12:
            p.nick = rng.choice(NICKS)
        return p


# ---------------------------------------------------------------- formatting (new spellings)


def fmt_phone(rng, mobile=None):
    mobile = rng.random() < 0.55 if mobile is None else mobile
    if mobile:
        pre = rng.choice(['151', '152', '157', '159', '160', '162', '170', '171', '173', '174', '175', '176', '177', '178', '179'])
        num = str(rng.randrange(1000000, 99999999))
    else:
        pre = rng.choice(['6421', '4921', '4421', '4721', '4321', '340', '3681', '3741', '3581', '3591', '9131', '911', '831',
                          '7121', '781', '621', '69', '6181', '8031', '9721', '6021', '4141', '4221', '3334', '3381', '3631',
                          '3691', '4841', '4821', '491', '4941', '5321', '3943', '3946', '3931', '3461', '3445', '3677', '9561'])
        num = str(rng.randrange(10000, 999999) if len(pre) == 4 else rng.randrange(100000, 9999999))
    k = rng.randrange(12)
    if k == 0:
        return f'0{pre} {num[:3]} {num[3:5]} {num[5:]}'.rstrip()
    if k == 1:
        return f'(0{pre}) {num}'
    if k == 2:
        return f'+49 (0) {pre} {num}'
    if k == 3:
        return f'0{pre}-{num[:3]} {num[3:]}'
    if k == 4:
        return f'0049 {pre} {num}'
    if k == 5:
        return f'+49 {pre} {num}'
    if k == 6:
        return f'0{pre}{num}'
    if k == 7:
        return f'0 {pre} / {num[:2]} {num[2:4]} {num[4:]}'
    if k == 8:
        return f'0{pre} / {num[:-2]}-{num[-2:]}'
    if k == 9:
        return f'+49{pre}{num}'
    if k == 10:
        return f'0{pre}/{num}'
    return f'0{pre} {num}'


def ascii_local(s):
    s = fold(s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue'))
    return re.sub(r'[^a-z0-9]', '', s.lower())


def make_email(rng, p, domain=None):
    f, l = ascii_local(p.first.split()[0].split('-')[0]), ascii_local(p.last.split()[-1])
    local = rng.choice([f'{f}.{l}', f'{f}{l}', f'{l}{rng.randrange(10, 99)}', f'{f[0]}.{l}', f'{f}_{l}', f'{l}.{f[0]}',
                        f'{f}{rng.randrange(1975, 2006)}', f'{f}.{l[:3]}', f'{l}-{f}'])
    return local + '@' + (domain or rng.choice(MAIL_DOM))


def obfuscate(rng, e):
    local, dom = e.split('@')
    k = rng.randrange(9)
    if k == 0:
        return f'{local}(at){dom}'
    if k == 1:
        return f'{local} (at) {dom.replace(".", " (dot) ")}'
    if k == 2:
        return f'{local} ät {dom}'
    if k == 3:
        return f'{local}@{dom}'.upper() if rng.random() < 0.5 else f'{local[:1].upper()}{local[1:]}@{dom}'
    return e


def fmt_iban(rng, iban):
    g = ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    k = rng.randrange(8)
    return [iban, g, g, g.lower(), iban[:4] + ' ' + iban[4:], g.replace(' ', '  ', 1), iban[:2] + ' ' + iban[2:4] + ' ' + iban[4:],
            g.replace(' ', '-')][k]


def fmt_tax(rng, t):
    return [t, t, f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}', f'{t[:2]}.{t[2:5]}.{t[5:8]}.{t[8:]}', f'{t[:3]} {t[3:7]} {t[7:]}',
            f'{t[:2]}/{t[2:5]}/{t[5:8]}/{t[8:]}', f'{t[:5]} {t[5:]}'][rng.randrange(7)]


def fmt_rv(rng, r):
    return [r, f'{r[:2]} {r[2:8]} {r[8]} {r[9:]}', f'{r[:2]} {r[2:8]} {r[8]}{r[9:]}', f'{r[:2]}{r[2:8]} {r[8]} {r[9:]}',
            r[:8] + r[8].lower() + r[9:], f'{r[:2]}/{r[2:8]}/{r[8]}/{r[9:]}', f'{r[:2]} {r[2:8]} {r[8:]}'][rng.randrange(7)]


def make_kdnr(rng, office=None):
    return f'{office or rng.randrange(100, 999)}D{rng.randrange(10 ** 6):06d}'


def fmt_kdnr(rng, k):
    return [k, k, f'{k[:3]} {k[3]} {k[4:]}', k.lower(), f'{k[:3]}-{k[3]}-{k[4:]}', f'{k[:3]} {k[3:]}', f'{k[:3]}.{k[3]}.{k[4:]}',
            f'{k[:3]}{k[3].lower()} {k[4:]}'][rng.randrange(8)]


def make_bgnr(rng, jc=None):
    return f'{jc or rng.randrange(10000, 99999)}BG{rng.randrange(10 ** 7):07d}'


def fmt_bgnr(rng, b):
    return [b, b, f'{b[:5]} BG {b[7:]}', f'{b[:5]}-BG-{b[7:]}', b.lower(), f'{b[:5]} BG{b[7:]}', f'{b[:5]}BG-{b[7:]}',
            f'{b[:5]} {b[5:7].lower()} {b[7:]}'][rng.randrange(8)]


def make_plate(rng, code):
    letters = ''.join(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(rng.choice((1, 2, 2))))
    num = str(rng.randrange(1, 9999))
    if len(code) + len(letters) + len(num) > 8:
        num = num[:1 if len(code) == 3 and len(letters) == 2 else 2]
    suf = rng.choice(['', '', '', '', '', '', 'E', 'H'])
    v = [f'{code}-{letters} {num}{suf}', f'{code} {letters} {num}{suf}', f'{code}-{letters}-{num}{suf}', f'{code} {letters}{num}{suf}',
         f'{code}:{letters} {num}{suf}', f'{code}-{letters}{num}{suf}', f'{code} - {letters} - {num}{suf}'][rng.randrange(7)]
    return v.lower() if rng.random() < 0.2 else v


def fmt_doc(rng, d):
    return [d, d, d.lower(), f'{d[:9]} {d[9]}', f'{d[:4]} {d[4:]}'][rng.randrange(5)]


def fmt_date(rng, d, birth=False):
    k = rng.randrange(9 if birth else 13)
    return [d.strftime('%d.%m.%Y'), f'{d.day}.{d.month}.{d.strftime("%y")}', f'{d.day}. {MONTHS[d.month - 1]} {d.year}',
            f'{d.day:02d}-{d.month:02d}-{d.year}', f'{d.day}.{d.month}.{d.year}', f'{d.day}. {MON3[d.month - 1]} {d.year}',
            f'{d.day:02d}.{d.month:02d}.{d.strftime("%y")}', f'{d.day} {MONTHS[d.month - 1]} {d.year}', f'{d.day:02d}/{d.month:02d}/{d.strftime("%y")}',
            f'{d.day}.{d.month:02d}.', f'{d.day}. {MONTHS[d.month - 1]}', d.isoformat(), f'{d.day:02d}.{d.month:02d}'][k]


def make_street(rng):
    if rng.random() < 0.2:
        st = rng.choice(STREET_FIXED)
    else:
        b, s = rng.choice(STREET_BASE), rng.choice(STREET_SUF)
        st = b + s if rng.random() < 0.8 or s.endswith('.') else f'{b}-{s.capitalize()}' if s != 'str.' else b + s
    no = str(rng.randrange(1, 180))
    r = rng.random()
    if r < 0.1:
        no += rng.choice(['a', 'b', 'd', ' a', ' B'])
    elif r < 0.15:
        no = f'{no}-{int(no) + 2}'
    return f'{st} {no}'


def fmt_address(rng, street, pc, city):
    v = rng.randrange(8)
    if v <= 1:
        return street
    if v == 2:
        return f'{street}, {pc} {city}'
    if v == 3:
        return f'{street}\n{pc} {city}'
    if v == 4:
        return f'{street} in {pc} {city}'
    if v == 5:
        return f'{street}, {city}'
    if v == 6:
        return f'{street} ({rng.choice(["Hinterhof", "1. OG rechts", "bei " + rng.choice(POOL["de"]["last_m"]), "Zi. 3", "Souterrain"])})'
    return f'{pc} {city} – {street}'


def genitive(n):
    return n + "'" if n[-1] in 'sßxzSXZ' else n + 's'


def typo(rng, s):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s
    k = rng.randrange(3)
    if k == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k == 1:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


# ---------------------------------------------------------------- templates
# Slots {ROLE[.form][|lc|uc|cap]}.
# People: C customer (kind customerName), CW case worker, TL team lead, S1..S3 other BA staff (staffName),
#   P1..P5 third persons, R1..R3 relatives (thirdPersonName; half share the customer's surname).  A lower-case m/f
#   after the letter forces the gender (Pm1, Sf1, Rf2).
# Name forms (span): '' full, s surname, f given name, i "F. Surname", ini "F.S.", inv "Surname, Given", ln "Surname Given",
#   up "Given SURNAME", gen genitive of the full name, sgen genitive of the surname, typo, nick, b birth name (C only).
# Value forms of C (span): addr, tel, mail, iban, tax, rv, kdnr, bg, bd; of CW: tel, mail.
# Text forms (no span): hr Hr./Fr., herr Herr/Frau, herrn Herrn/Frau, kd Kd./Kdn., kunde Kunde/Kundin, er, Er, sein, ihm, rel, relgen.
# Value slots (span): DATE, BDATE, ADDR, TEL, MOB, MAIL, FMAIL, IBAN, TAX, RV, KDNR, BG, PLATE, PA, PASS, EAT, FIRM, BRAND, SHOP,
#   INST, JC, AA, KK, DRV, SCHOOL, KITA; same slot name within one template = same value.
# A template starting with '~' is written all lower case, '^' all upper case.

TEMPLATES = [
    # --- telegram-style contact notes
    'Kd. {C.s} pünktl. erschienen, BU mitgebracht. EGV besprochen u. unterschrieben. Wv. in 4 Wo.',
    'Kdn. {C.up} tel. erreicht, hat Erkältung, neuer Termin {DATE}.',
    'tel. m. {C.hr} {C.s}: sucht weiter im Lager, Staplerschein vorhanden, AVGS Coaching angeboten',
    'heute MAT m. {C} bis {DATE} zugewiesen, Träger {FIRM}',
    '{C.inv} – ohne Entschuldigung nicht erschienen. Anhörung raus. z.K. {S1}',
    'KD war da mit {R1.rel} {R1} zum Übersetzen. Sprachniveau A2, VHS-Kurs läuft bis {DATE}.',
    'Rückruf Kdn. unter {C.tel} – mailbox, 2. Versuch morgen',
    'Kd hat neue Handynr.: {TEL}. Alte Nr. gelöscht.',
    'neue Mailadresse der Kundin: {C.mail} (bitte künftig nur noch dorthin)',
    '{C.f} kam ohne Termin, wollte Vorschuss. Auf {S1.f} ({S1.s}, Leistung) verwiesen.',
    'Termin verschoben auf {DATE} wg. Kita-Eingewöhnung Tochter {Rf1.f}.',
    'kd. nicht erreichbar, post kam zurück "unbekannt verzogen". anfrage ans einwohnermeldeamt raus.',
    'VV als Fachkraft Lagerlogistik an {C.hr} {C.s} versandt (Stelle bei {FIRM}, Ansprechp. {P1.herr} {P1.s}).',
    'Vorstellungsgespräch bei {BRAND} am {DATE} – Kd. hat zugesagt, Fahrtkosten beantragt',
    'Kd. {C.up} hat Arbeit aufgenommen ab {DATE} bei {FIRM}, Vollzeit, unbefristet. Abmeldung zum Monatsende.',
    'lt. {C.s} kein Interesse an Pflegehelfer, will nur Büro. Realistische Perspektiven besprochen, Kd. uneinsichtig',
    'Gespräch mit {C.kunde} {C} + {R1.rel} {R1.f}. Thema Schulden, Verweis an Schuldnerberatung.',
    'AU-Bescheinigung von {DATE} bis {DATE2} liegt vor, Praxis Dr. {P1.s}, {ADDR}.',
    '{C.s} bringt Arbeitsvertrag {FIRM}, Probezeit 6 Mon., Lohn 13,50/h. Kopie z.d.A.',
    'WICHTIG: Kd. nur vormittags erreichbar (Schicht), tel. {C.tel}',
    'Kunde {C|lc} meldet sich krank, aber keine AU. ggf. Meldeversäumnis prüfen.',
    # --- relatives and household
    'BG besteht aus {C}, {R1.rel} {R1} (geb. {R1.bd}) und {R2.rel} {R2.f} (geb. {R2.bd}).',
    'Kinder: {R1.f} ({R1.bd}), {R2.f} ({R2.bd}) – beide in der {SCHOOL}.',
    'Die {Rf1.rel} der Kdn., {Rf1}, ist ausgezogen (neue Anschrift: {ADDR}). BG-Änderung veranlasst.',
    'Antrag auf Mehrbedarf für Alleinerziehende, Kind {R1} * {R1.bd}',
    '{Rm1.rel} {Rm1.f} macht jetzt Ausbildung bei {FIRM}, Ausbildungsvergütung wird angerechnet.',
    '{C.f} kümmert sich um den pflegebedürftigen {Rm1.rel} ({Rm1}, Pflegegrad 3), daher nur TZ möglich.',
    '{C.hr} {C.s} teilt mit, dass {Rf1.rel} {Rf1.f} schwanger ist, ET {DATE}.',
    'Kdn. und {Rm1.rel} {Rm1.s} ({Rm1.f}) getrennt seit {DATE}, er wohnt jetzt bei {P1} in {CITY}.',
    'Nachweis Kindergeld für {R1.f} u. {R2.f} fehlt noch, Anfrage an {INST} raus',
    'Vater des Kindes: {Pm1.inv}, geb. {Pm1.bd}, Unterhalt wird nicht gezahlt, UVG beantragt.',
    'Schwiegermutter {Pf1.up} wohnt mit in der Wohnung, gehört nicht zur BG.',
    '{R1.rel} {R1.f|uc} hat Kita-Platz in der {KITA} ab {DATE}.',
    'Sohn {Rm1.f} (17) soll Praktikum machen, Kontakt zu {P1.hr} {P1.s} von der {SCHOOL} hergestellt.',
    # --- employers, landlords, third parties
    'AG-Kontakt: {FIRM}, {P1.herr} {P1} (Personal), tel. {TEL} – sucht 2 Helfer Produktion',
    'Arbeitgeber {FIRM} meldet: Kd. seit {DATE} unentschuldigt gefehlt. Kündigung in Probezeit.',
    'Vermieter {Pm1} ruft an, Mietrückstand 3 Monate, droht mit Räumungsklage. Direktzahlung KdU geprüft.',
    'Vermieterin {Pf1.herr} {Pf1.s} bestätigt Mietvertrag ab {DATE}, Whg. {ADDR}, 54 qm.',
    'Mietbescheinigung unterschrieben von Hausverwaltung {FIRM} (Sachbearbeiter {P1}).',
    'E-Mail von {P1} ({FIRM}): "Bewerber war pünktlich, sehr motiviert, wir wollen ihn nehmen."',
    'Inhaber {Pm1} ({SHOP}) bietet Minijob an, 538,- EUR, ab nächster Woche.',
    'Bewerbung bei {BRAND} Filiale {CITY} abgelehnt, Grund lt. Filialleiterin {Pf1.s}: keine Erfahrung Kasse',
    'Praktikum bei {FIRM} vereinbart ({DATE} – {DATE2}), Betreuer vor Ort: {P1.i}',
    'Arbeitgeberservice ({S1}) hat Stelle bei {FIRM} akquiriert, passt für {C.f}.',
    'Einstellungszusage von {P1.herr} {P1.s} ({FIRM}) liegt vor. EGZ beantragt, Höhe 40 % / 12 Mon.',
    'Zeugnis von {FIRM} vorgelegt, unterschrieben {P1.ln}, Note gut',
    'Ex-Chef {Pm1.s} schuldet Kd. noch Lohn für März. Verweis an Arbeitsgericht / {INST}.',
    # --- doctors, lawyers, counsellors, authorities
    'Attest von Dr. med. {P1} ({FIRM}): nicht in der Lage, schwer zu heben. ÄD eingeschaltet.',
    'Gutachten ÄD liegt vor: unter 3 h tägl. leistungsfähig. Weiterleitung an {DRV}.',
    'RA {P1} legt Widerspruch gg. Sanktionsbescheid vom {DATE} ein, Vollmacht liegt bei.',
    'Schreiben Kanzlei {P1.s} & {P2.s} Rechtsanwälte: Akteneinsicht beantragt, Frist {DATE}.',
    'Schuldnerberaterin {Pf1} ({INST}) bittet um Kopie des Bewilligungsbescheides, Einverständnis der Kdn. liegt vor.',
    'Gespräch mit der gesetzl. Betreuerin {Pf1.i}, tel. {TEL}, Aufgabenkreis Vermögenssorge + Behörden.',
    'Bewährungshelfer {Pm1} ({INST}) meldet sich, Kd. hat Auflage Arbeitssuche.',
    'Psychotherapeutin {Pf1.herr} Dipl.-Psych. {Pf1.s} bestätigt Behandlung seit {DATE}, 1x wöchentl.',
    'Anruf {INST}, {P1.herr} {P1.s}: Kd. ist dort seit {DATE} gemeldet, Akte wird angefordert.',
    'Die {INST} hat Aufenthaltserlaubnis verlängert bis {DATE}, eAT-Nr. {EAT}.',
    'Passkopie liegt vor: {PASS}, gültig bis {DATE}',
    'PA-Nr. des Kunden {PA} (ausgestellt {DATE}, Stadt {CITY})',
    'Identität geprüft anhand Personalausweis Nr. {PA}.',
    'Sachbearbeiterin {Pf1.s} vom {JC} übernimmt den Fall ab {DATE} (Umzug).',
    'Schulsozialarbeiter {Pm1} ({SCHOOL}) meldet häufige Fehlzeiten von {R1.f}.',
    'Krankenkasse: {KK}, Vers.-Nr. liegt vor. Mitgliedsbescheinigung angefordert.',
    'Reha-Antrag über {DRV} gestellt am {DATE}, Berater dort: {Pm1.inv}.',
    'Jugendamt (Fr. {Pf1.s}, {INST}) informiert über Hilfeplangespräch am {DATE}.',
    'Polizei hat angerufen (PK {P1.s}), Kd. sitzt in U-Haft. Termine ausgesetzt.',
    'Dolmetscher {Pm1} (Tigrinya/Arabisch) für {DATE} gebucht über {FIRM}.',
    # --- identifiers in various shapes
    'Kd. hat Konto gewechselt -> IBAN jetzt {C.iban}, Kontoinhaber ist {C}.',
    'Kd. möchte Auszahlung auf Konto der {Rf1.rel}: {IBAN} (Inh. {Rf1}). Abgelehnt, nur eigenes Konto.',
    'IBAN {IBAN} gehört lt. Bank nicht dem Kd., Überweisung zurückgebucht.',
    'Steuer-ID des Kd.: {C.tax}',
    'StID {TAX} von der {Rf1.rel} nachgereicht.',
    'Rentenvers.-Nr. {C.rv} lt. SV-Ausweis',
    'SV-Nummer der Ehefrau: {RV}',
    'Kundennummer alt {KDNR}, neu {C.kdnr} (Zusammenführung Doppelanlage).',
    'Verwechslung! Unterlagen von Kd. {KDNR} ({P1.inv}) lagen in dieser Akte, umgelegt.',
    'BG-Nr. {C.bg} – Folgeantrag eingegangen am {DATE}',
    'Die BG {BG} (Mutter der Kdn.) ist beim {JC} anhängig, kein Doppelbezug.',
    'Kfz: {PLATE} (VW Polo, Bj. 2009), Wert unter Freibetrag',
    'Fahrzeug auf {R1.rel} {R1} zugelassen, Kennzeichen {PLATE}.',
    'KFZ-Kennz. {PLATE} und {PLATE2} (zwei Autos in der BG!) – Vermögen prüfen',
    'Ident-Nr.: {TAX}, RV-Nr.: {RV}, Kd.-Nr.: {KDNR} – Angaben gehören zu {P1}, nicht zu unserem Kd.',
    'Kontoauszüge Konto {C.iban} ab {DATE} fehlen.',
    # --- forwarded e-mails
    'Von: {P1} <{MAIL}>\nGesendet: {DATE}\nAn: {CW.mail}\nBetreff: Bewerbung\n\nSehr geehrte Damen und Herren, anbei der Lebenslauf.',
    '-----Ursprüngliche Nachricht-----\nVon: {C.mail}\nBetreff: Termin\nHallo {CW.f}, ich kann am {DATE} nicht kommen, mein Kind ist krank. MfG {C.f}',
    'Weitergeleitet von {S1} <{S1.mail}>: Kd. war gestern bei uns in der Eingangszone, bitte melden.',
    'mail an {FMAIL} geschickt mit Bitte um Rückmeldung zum Probearbeiten',
    'Fwd: Stellenangebot – von {P1.i} ({FIRM}), tel. {TEL}, mail {FMAIL}',
    'Antwort-Mail von {Pf1.f} ({INST}): "Liebe/r {CW.herr} {CW.s}, die Anmeldung ist erfolgt. Gruß {Pf1.f}"',
    'E-Mail Kd. an {CW.mail}: "ich habe den Job bei {BRAND} bekommen!! danke {C.f}"',
    'cc: {S1.s}, {S2.s}, TL {TL.s} – Fallbesprechung zu {C.s} am {DATE}',
    # --- staff and internal
    'Vertretung für {CW} übernommen, {S1}.',
    'Rücksprache mit TL {TL}: Sanktion 10 % ok.',
    'Fallbesprechung mit {TL} und Koll. {S1.s} (Reha-Team): Antrag Teilhabe stellen.',
    'Koll.in {Sf1.f} aus der Eingangszone hat Kd. abgewiesen, weil kein Termin – Beschwerde der Kdn.',
    'an {S1.ini} z.K. – bitte Leistungsakte prüfen',
    'gez. {CW.i}, Fallmanagement',
    'Akte an {S1.inv} (Team 4) übergeben wg. Zuständigkeitswechsel',
    '~bitte rückruf an koll. {S1.s} unter {CW.tel}',
    'Info von {S1.herr} {S1.s} (Leistungsabteilung): Zahlung läuft wieder ab {DATE}.',
    'Hinweis {TL.s}: Beratungsvermerke sachlich halten!',
    'psychol. Dienst ({S1}) Termin {DATE}, Ergebnis abwarten',
    'Nach Absprache mit {CW.f} und {S1.f}: Fallmanagement weiter.',
    # --- letter heads and statements
    '{C}\n{C.addr}\n\nAntrag auf Übernahme der Mietkaution für die neue Wohnung.',
    '{P1}\n{ADDR}\nTel. {TEL}\n\nBestätigung: {C.herr} {C.s} wohnt seit {DATE} zur Untermiete bei mir.',
    'Stellungnahme des Kd. (wörtlich): "Ich war bei meinem Bruder {Rm1.f} in {CITY}, deshalb war ich nicht da."',
    'Kdn. sagt: "Mein Mann {Rm1.f} schlägt mich" – Kontakt {INST} vermittelt, Termin {DATE}.',
    'Aussage {Pf1.herr} {Pf1.typo} (Nachbarin): Kd. wohnt dort nicht mehr seit Sommer.',
    'Brief der {SCHOOL}: {R1} wird nicht versetzt, Gespräch mit Schulleitung ({P1}) am {DATE}.',
    'Mitteilung {INST}, Az. 4 F 112/24: Sorgerecht für {R1.f} beim Vater ({Pm1}).',
    'Bescheinigung {KITA}: {R1.f} besucht die Einrichtung seit {DATE} ganztags. gez. {Pf1.inv}, Leitung',
    # --- lists and enumerations
    'Teilnehmer Gruppeninfo heute: {P1}, {P2}, {P3.s} und {C.s}.',
    'Bewerbungen lt. Liste: {FIRM} (Absage), {BRAND} (offen), {FIRM2} (Gespräch {DATE}), {SHOP} (keine Antwort)',
    'Anwesend: {C}, {S1} (AV), {P1} ({INST}), {TL}',
    'Kontaktpersonen:\n- {R1.rel}: {R1}, {TEL}\n- Nachbar: {Pm1.s}\n- Betreuer: {P2.i}',
    '1) Lebenslauf {C.f} überarbeitet\n2) Bewerbung {FIRM} raus\n3) nächster Termin {DATE}',
    'Unterlagen fehlen: Kontoauszüge, Mietvertrag, Nachweis Kindergeld ({R1.f}, {R2.f}, {R3.f})',
    # --- name shapes
    '{C.gen} Antrag auf Weiterbewilligung ist vollständig.',
    'Laut {P1.sgen} Angaben hat der Kd. dort nie gearbeitet.',
    '{C.up} IST HEUTE AUSFÄLLIG GEWORDEN, SICHERHEITSDIENST GERUFEN.',
    '^ hausverbot für {C} bis {DATE} ausgesprochen, TL {TL.s} informiert',
    '~kd {C} war heute da, alles ok, nächster termin {DATE}',
    '~{P1} von {FIRM} hat zurückgerufen, stelle ist noch frei',
    'Kd. nennt sich selbst "{C.nick}", offizieller Name {C}.',
    '{R1.nick} (= {R1.rel} {R1.f}) hat für die Kdn. angerufen.',
    'Geburtsname der Kdn.: {C.b}, Heirat {DATE}.',
    'Schreibweise Name korrigiert: nicht "{C.typo}", sondern {C}.',
    'Übersetzung Urkunde: Name laut Pass {Pm1.up}, in der Akte bisher {Pm1.typo}',
    '{Pm1.ln} (so im Pass, Nachname zuerst) ist der Cousin der Kdn.',
    '{C.hr} {C.s}, {C.f} (geb. {C.bd}), {C.addr}',
    'Bei {P1.i} und {P2.ini} nachgefragt, niemand kennt den Kd.',
    # --- dates and birth dates
    'Geb.-Datum im System falsch, richtig: {C.bd}. Geändert.',
    '{C.kd} geboren {C.bd}, wird demnächst 25 – U25-Status endet.',
    'Termin am {DATE} um 9:30, danach erneut am {DATE2}',
    'Sperrzeit {DATE} bis {DATE2} (Eigenkündigung)',
    'Kind {R1.f} geb. am {R1.bd}, Mutterschutz endet {DATE}',
    'Meldeaufforderung (§ 59 SGB II) für den {DATE} raus, RFB erteilt.',
    'EGV-Verwaltungsakt erlassen am {DATE}, gültig bis {DATE2}.',
    # --- addresses
    'Umzug gemeldet: neue Adresse {ADDR}. Mietangebot liegt vor.',
    'Kd. wohnt jetzt bei {R1.rel} {R1.f} in der {ADDR}',
    'Post an {C.addr} kommt zurück. Kd. lebt angeblich bei Freundin {Pf1.f} ({ADDR}).',
    'Obdachlos seit {DATE}, Postadresse: {INST}, {ADDR}',
    'Hausbesuch {ADDR} durch Außendienst ({S1.s}) – niemand angetroffen.',
    # --- more identifiers
    'Kd.-Nr. {KDNR} und {KDNR2} gehören zur selben Person? Doppelanlage an Kundendaten-Team gemeldet.',
    'Anfrage {JC} wegen Kd. {C.kdnr}: wird dort nicht geführt.',
    'Kundennr. {C.kdnr|lc} auf allen Unterlagen notieren!',
    'BG-Nummer {C.bg} – WBA zum {DATE} fällig, Unterlagen angefordert.',
    'Bedarfsgem. {BG} (Ex-Partner {Pm1.s}) – Unterhaltsfrage klären',
    'Übernahme aus BG {BG}, jetzt eigene BG {C.bg}.',
    'RV-Nr {C.rv}, Versicherungsverlauf bei {DRV} angefordert',
    'Rentennummer der Mutter ({Pf1}): {RV} – Witwenrente wird angerechnet',
    'Steuer-IdNr {C.tax} für Lohnsteuerbescheinigung {FIRM} mitgeteilt',
    'IdNr. {TAX}? gehört nicht zum Kd., Zahlendreher – korrigiert auf {C.tax}',
    'Perso {PA} ist abgelaufen, neuer Perso beantragt, vorl. Ausweis Nr. {PA2}',
    'Reisepass {PASS} und Fiktionsbescheinigung vorgelegt, Kopie z.d.A.',
    'Überweisung Kaution an Vermieter {Pm1}, IBAN {IBAN}, Betrag 1.200 EUR',
    'Kennzeichen {PLATE} – Kd. fährt Firmenwagen von {FIRM}',
    'Ausweiskopie {C} (PA {PA}, Geb. {C.bd}) an {INST} übermittelt',
    # --- no PII / retention
    'Beratung zu Weiterbildung Berufskraftfahrer, Führerschein Klasse C/CE, Bildungsgutschein in Aussicht gestellt.',
    'Eingliederungsvereinbarung fortgeschrieben. Ziele: Bewerbungen 6 pro Monat, Teilnahme Maßnahme, Sprachkurs B1.',
    'Kd. hat Fragen zum Bürgergeld, Regelbedarf und Heizkosten erklärt. Keine weiteren Anliegen.',
    'Profiling aktualisiert: Stärken Handwerk, Schwächen Deutsch schriftlich. Mobilität: ÖPNV, kein Führerschein.',
    'Lebenslauf und Anschreiben mit Kd. am PC erstellt, Jobbörse-Profil freigeschaltet.',
    'Mitwirkungspflichten erläutert, Rechtsfolgenbelehrung ausgehändigt. Kd. hat Fragen, Antworten gegeben.',
]


def split_role(role):
    m = re.fullmatch(r'([A-Z]+)([mf]?)(\d?)', role)
    return m.group(1), m.group(2) or None, m.group(3)


SLOT = re.compile(r'\{([A-Za-z]+\d?)(?:\.([A-Za-z]+))?(?:\|(lc|uc))?\}')
TEXT = {'hr': ('Hr.', 'Fr.'), 'herr': ('Herr', 'Frau'), 'herrn': ('Herrn', 'Frau'), 'kd': ('Kd.', 'Kdn.'), 'kunde': ('Kunde', 'Kundin'),
        'er': ('er', 'sie'), 'Er': ('Er', 'Sie'), 'sein': ('sein', 'ihr'), 'ihm': ('ihm', 'ihr')}
SEPS = [' ', '\n', '\n\n', ' – ', '; ', '\n-- ', ' / ', '. ']


class Ctx:
    def __init__(self, g, rec, c, cw, tl, pc, city, plate_code, sgb2, mail_dom):
        self.g, self.rng, self.rec, self.c, self.cw, self.tl = g, g.rng, rec, c, cw, tl
        self.pc, self.city, self.plate_code, self.sgb2, self.mail_dom = pc, city, plate_code, sgb2, mail_dom
        self.people, self.vals = {}, {}


def person_of(role, ctx):
    if role == 'C':
        return ctx.c
    if role == 'CW':
        return ctx.cw
    if role == 'TL':
        return ctx.tl
    if role in ctx.people:
        return ctx.people[role]
    base, gender, _ = split_role(role)
    rng = ctx.rng
    if base == 'S':
        p = ctx.g.person('staffName', gender=gender)
        p.mail = f'{ascii_local(p.first.split()[0].split("-")[0])}.{ascii_local(p.last.split()[-1])}@{ctx.mail_dom}'
    elif base == 'R':
        gender = gender or rng.choice('mf')
        same = rng.random() < 0.5
        p = ctx.g.person('thirdPersonName', gender=gender, last=ctx.c.last if same else None)
        p.rel = rng.choice(REL_M if gender == 'm' else REL_F)
    else:
        p = ctx.g.person('thirdPersonName', gender=gender)
    if base in ('R', 'P'):
        p.birth = datetime.date(1945, 1, 1) + datetime.timedelta(days=rng.randrange(26000)) if base == 'P' else \
            datetime.date(1958, 1, 1) + datetime.timedelta(days=rng.randrange(23500))
    ctx.people[role] = p
    return p


def firm(ctx):
    rng = ctx.rng
    k = rng.randrange(6)
    if k == 0:
        return f'{ctx.g.person("thirdPersonName").last} {rng.choice(FIRM_BRANCH)} {rng.choice(LEGAL)}'
    if k == 1:
        return f'{rng.choice(FIRM_WORDS)} {rng.choice(FIRM_BRANCH)} {rng.choice(LEGAL)}'
    if k == 2:
        a, b = ctx.g.person('thirdPersonName'), ctx.g.person('thirdPersonName')
        return f'{a.last} & {b.last} {rng.choice(["GbR", "OHG", "KG", "PartG mbB"])}'
    if k == 3:
        return f'{rng.choice(FIRM_BRANCH)} {ctx.g.person("thirdPersonName").last}'
    if k == 4:
        p = ctx.g.person('thirdPersonName')
        return f'{rng.choice(FIRM_SHOP)} {p.first.split()[0]} {rng.choice(["e.K.", "Inh. " + p.first + " " + p.last, ""])}'.strip()
    return f'{rng.choice(FIRM_WORDS)} {rng.choice(LEGAL)}'


def inst(ctx):
    rng = ctx.rng
    if rng.random() < 0.6:
        return rng.choice(INST_CITY).format(c=rng.choice(CITIES)[1])
    return rng.choice(INST_FIXED)


def school(ctx):
    rng = ctx.rng
    return rng.choice(SCHOOL).format(c=rng.choice(CITIES)[1], p=rng.choice(PARTS), x=rng.choice(SCHOOL_X))


def name_form(p, form, rng):
    first, last = p.first, p.last
    if form == '':
        return f'{first} {last}'
    if form == 's':
        return last
    if form == 'f':
        return first
    if form == 'i':
        return f'{first[0]}. {last}'
    if form == 'ini':
        return f'{first[0]}.{fold(last.split()[-1])[0].upper()}.'
    if form == 'inv':
        return f'{last}, {first}'
    if form == 'ln':
        return f'{last} {first}'
    if form == 'up':
        return f'{first} {last.upper()}'
    if form == 'gen':
        return genitive(f'{first} {last}')
    if form == 'sgen':
        return genitive(last)
    if form == 'typo':
        t = typo(rng, last)
        return f'{first} {t if t != last else last + last[-1]}'
    if form == 'nick':
        if not p.nick:
            p.nick = rng.choice(NICKS)
        return p.nick
    if form == 'b':
        return p.birthname
    raise KeyError(form)


def value(key, form, ctx):
    """Returns (text, kind) for one slot; kind None = ordinary text."""
    rng = ctx.rng
    if key == 'CITY':
        return rng.choice(CITIES)[1], None   # bare city names are ordinary text (see SOURCE-heldout3.md)
    base = split_role(key)[0] if re.fullmatch(r'[A-Z]+[mf]?\d?', key) else key
    if base in ('C', 'CW', 'TL', 'S', 'P', 'R'):
        p = person_of(key, ctx)
        form = form or ''
        g = 0 if p.gender == 'm' else 1
        if form in TEXT:
            return TEXT[form][g], None
        if form == 'rel':
            return p.rel, None
        if form == 'bd':
            if p.birth is None:
                p.birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(27000))
            return fmt_date(rng, p.birth, birth=True), 'birthDate'
        if form == 'mail':
            if key == 'C':
                e = ctx.rec['customer']['email']
                return obfuscate(rng, e), 'email'
            if key == 'CW':
                return ctx.rec['caseWorker']['email'], 'email'
            return p.mail, 'email'
        if form == 'tel':
            if key == 'CW':
                return ctx.rec['caseWorker']['phone'], 'phone'
            t = ctx.rec['customer']['phone']
            d = t.replace('+49', '0')
            return rng.choice([t, d, f'{d[:4]} {d[4:]}', f'{d[:4]}/{d[4:]}', f'+49 {d[1:4]} {d[4:]}', f'{d[:4]}-{d[4:7]} {d[7:]}']), 'phone'
        if form == 'addr':
            a = ctx.rec['customer']['address']
            return fmt_address(rng, a['street'], a['postcode'], a['city']), 'address'
        if form == 'iban':
            return fmt_iban(rng, ctx.rec['customer']['iban']), 'iban'
        if form == 'tax':
            return fmt_tax(rng, ctx.rec['customer']['taxId']), 'taxId'
        if form == 'rv':
            return fmt_rv(rng, ctx.rec['customer']['pensionInsuranceNumber']), 'pensionNumber'
        if form == 'kdnr':
            return fmt_kdnr(rng, ctx.rec['customerNumber']), 'customerNumber'
        if form == 'bg':
            return fmt_bgnr(rng, ctx.bg_number), 'householdNumber'
        return name_form(p, form, rng), ('customerName' if key == 'C' else p.kind)
    if key in ctx.vals:
        return ctx.vals[key]
    k = re.sub(r'\d$', '', key)
    if k == 'DATE':
        d = ctx.event_date + datetime.timedelta(days=rng.randrange(-60, 120))
        v = (fmt_date(rng, d), 'date')
    elif k == 'BDATE':
        v = (fmt_date(rng, datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(27000)), birth=True), 'birthDate')
    elif k == 'ADDR':
        pc, city, _ = rng.choice(CITIES)
        v = (fmt_address(rng, make_street(rng), pc, city), 'address')
    elif k in ('TEL', 'MOB'):
        v = (fmt_phone(rng, True if k == 'MOB' else None), 'phone')
    elif k == 'MAIL':
        v = (obfuscate(rng, make_email(rng, ctx.g.person('thirdPersonName'))), 'email')
    elif k == 'FMAIL':
        dom = ascii_local(rng.choice(FIRM_WORDS)) + rng.choice(['-gmbh.de', '.de', '-service.com', '.eu'])
        v = (rng.choice(['info', 'bewerbung', 'personal', 'jobs', ascii_local(ctx.g.person('thirdPersonName').last)]) + '@' + dom, 'email')
    elif k == 'IBAN':
        v = (fmt_iban(rng, make_iban(rng)), 'iban')
    elif k == 'TAX':
        v = (fmt_tax(rng, make_taxid(rng)), 'taxId')
    elif k == 'RV':
        p = ctx.g.person('thirdPersonName')
        b = datetime.date(1955, 1, 1) + datetime.timedelta(days=rng.randrange(20000))
        v = (fmt_rv(rng, make_rvnr(rng, b, p.last, p.gender)), 'pensionNumber')
    elif k == 'KDNR':
        v = (fmt_kdnr(rng, make_kdnr(rng)), 'customerNumber')
    elif k == 'BG':
        v = (fmt_bgnr(rng, make_bgnr(rng)), 'householdNumber')
    elif k == 'PLATE':
        v = (make_plate(rng, rng.choice([ctx.plate_code] + [c[2] for c in CITIES])), 'licensePlate')
    elif k in ('PA', 'EAT'):
        v = (fmt_doc(rng, make_doc(rng, 'LMNPRTVWXYZ')), 'idCard')
    elif k == 'PASS':
        v = (fmt_doc(rng, make_doc(rng, 'CFGHJK')), 'idCard')
    elif k == 'FIRM':
        v = (firm(ctx), 'company')
    elif k == 'BRAND':
        v = (rng.choice(BRANDS), 'company')
    elif k == 'SHOP':
        v = (f'{rng.choice(FIRM_SHOP)} {rng.choice(POOL[rng.choice(["tr", "ar", "vi", "balkan", "de"])]["last_m"])}', 'company')
    elif k == 'INST':
        v = (inst(ctx), 'institution')
    elif k == 'JC':
        v = (f'Jobcenter {rng.choice(CITIES)[1]}', 'institution')
    elif k == 'KK':
        v = (rng.choice(INST_FIXED[:8]), 'institution')
    elif k == 'DRV':
        v = (rng.choice([x for x in INST_FIXED if x.startswith('DRV')]), 'institution')
    elif k == 'SCHOOL':
        v = (school(ctx), 'institution')
    elif k == 'KITA':
        v = (rng.choice(KITA) + ' ' + rng.choice(CITIES)[1], 'institution')
    else:
        raise KeyError(key)
    ctx.vals[key] = v
    return v


def render(template, ctx):
    casing = None
    if template[:1] in '~^':
        casing, template = template[0], template[1:]
    parts, pos = [], 0
    for m in SLOT.finditer(template):
        parts.append((template[pos:m.start()], None))
        text, kind = value(m.group(1), m.group(2), ctx)
        if m.group(3) == 'lc':
            text = text.lower()
        elif m.group(3) == 'uc':
            text = text.upper()
        parts.append((text, kind))
        pos = m.end()
    parts.append((template[pos:], None))
    if casing == '~':
        parts = [(t.lower(), k) for t, k in parts]
    elif casing == '^':
        parts = [(t.upper(), k) for t, k in parts]
    return [(t, k) for t, k in parts if t]


EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']
REGIONS = ['NSB', 'SAT', 'BY', 'BW', 'RPS', 'HE', 'NORD', 'BB', 'NRW']


def build():
    rng = random.Random(f'{SEED}-{SPLIT}')
    g = Gen(rng)
    records, truth = [], []
    offices = {}
    tpl_use = collections.Counter()
    order = []
    for ri in range(N_RECORDS):
        sgb2 = rng.random() < 0.75
        pc, city, plate_code = rng.choice(CITIES)
        office = offices.setdefault(city, (rng.randrange(100, 999), rng.randrange(10, 99)))
        origin = rng.choices([o[0] for o in ORIGINS], [o[2] for o in ORIGINS])[0]
        nat = next(o[3] for o in ORIGINS if o[0] == origin)
        c = g.person('customerName', origin=origin)
        c.birthname = c.last if (c.gender == 'm' or rng.random() < 0.5) else g.person('customerName', gender='f', origin=origin).last
        c.birth = datetime.date(1961, 1, 1) + datetime.timedelta(days=rng.randrange(15500))
        cw, tl = g.person('staffName'), g.person('staffName')
        org_id = f'{office[0]}{office[1]:02d}'
        mail_dom = 'jobcenter-ge.de' if sgb2 else 'arbeitsagentur.de'
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
                           'phone': rng.choice(['+49', '0']) + rng.choice(['151', '152', '160', '170', '176', '177']) + str(rng.randrange(1000000, 99999999)),
                           'email': make_email(rng, c), 'iban': make_iban(rng), 'taxId': make_taxid(rng),
                           'pensionInsuranceNumber': make_rvnr(rng, c.birth, c.birthname, c.gender)}
        rec['customerProcess'] = rng.choice(['placement', 'placement', 'placement', 'rehabilitation'])
        rec['customerGroup'] = rng.choice(GROUPS)
        rec['municipalServices16a'] = sgb2 and rng.random() < 0.25
        intake = datetime.date(2023, 1, 15) + datetime.timedelta(days=rng.randrange(500))
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
            k = rng.choices([1, 2, 3], [45, 40, 15])[0]
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
                    sep = rng.choice(SEPS)
                    if sep == '. ' and parts and parts[-1][0][-1:] in '.!?:"':
                        sep = ' '
                    parts.append((sep, None))
                parts.extend(render(t, ctx))
            if note_casing < 0.05:
                parts = [(t.lower(), k2) for t, k2 in parts]
            elif note_casing < 0.08:
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
    for r in records:
        assert ('householdNumber' in r) == (r['legalDomain'] == 'SGB2') and ('jobCentre' in r) == (r['legalDomain'] == 'SGB2')
        assert r['caseWorker']['name'] == ' '.join([r['caseWorker']['name']]) and r['customer']['lastName']
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
            assert e['channel'] in ('inPerson', 'phone', 'video')
    for t in truth:
        v = t['value']
        if t['kind'] == 'iban':
            assert iban_valid(v), v
        elif t['kind'] == 'taxId':
            assert taxid_valid(v), v
        elif t['kind'] == 'pensionNumber':
            assert rv_valid(v), v
        elif t['kind'] == 'idCard':
            c = v.replace(' ', '').upper()
            assert len(c) == 10 and id_check(c[:9]) == c[9], v
        elif t['kind'] == 'customerNumber':
            assert re.fullmatch(r'\d{3}[ .-]?[dD][ .-]?\d{6}', v), v
        elif t['kind'] == 'householdNumber':
            assert re.sub(r'[ -]', '', v).upper()[5:7] == 'BG' and len(re.sub(r'[ -]', '', v)) == 14, v


def main():
    self_check()
    assert len(TEMPLATES) >= 130 and len(set(TEMPLATES)) == len(TEMPLATES), len(TEMPLATES)
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
    summary = {SPLIT: {'records': len(records), 'events': sum(len(r['events']) for r in records), 'spans': len(truth),
                       'templates': len(TEMPLATES), 'templatesUsed': len(tpl_use),
                       'distinctGivenNamesInPool': len({n for o in srcs for k in ('male', 'female') for n in NAMES[o].get(k, [])}),
                       'distinctSurnamesInPool': len({n for o in srcs for k in ('last', 'last_male', 'last_female') for n in NAMES[o].get(k, [])}),
                       'distinctGivenNamesUsed': len(g.used_given), 'distinctSurnamesUsed': len(g.used_last),
                       'perKind': dict(sorted(cnt.items()))}}
    with open(os.path.join(HERE, 'counts-heldout3.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
