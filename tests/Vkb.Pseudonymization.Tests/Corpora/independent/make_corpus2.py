#!/usr/bin/env python3
"""Second independent evaluation split ("heldout2") of German case-worker notes with planted PII.

Python 3 stdlib only, deterministic (SEED below).  Reads names2.json (written once by
extract_names2.py from the Faker mirror plus own lists), writes heldout2.jsonl,
heldout2.truth.jsonl and counts.json, and asserts the check-digit algorithms and every truth span.
"""
import collections, datetime, json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205_2
N_RECORDS = 180
SPLIT = 'heldout2'

# ---------------------------------------------------------------- check digits (same algorithms as the earlier corpus)

def iban_check(country, bban):
    num = ''.join(str(int(c, 36)) for c in bban + country + '00')
    return '%02d' % (98 - int(num) % 97)

def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

def make_iban(rng):
    r = rng.random()
    if r < 0.78:
        cc, bban = 'DE', '%08d' % rng.randrange(10000000, 99999999) + '%010d' % rng.randrange(10 ** 10)
    elif r < 0.93:
        cc, bban = 'AT', '%05d' % rng.randrange(10000, 99999) + '%011d' % rng.randrange(10 ** 11)
    else:
        cc, bban = 'CH', '%05d' % rng.randrange(10000, 99999) + '%012d' % rng.randrange(10 ** 12)
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
        d = [rng.choice('123456789')] + [rng.choice('0123456789') for _ in range(9)]
        d10 = ''.join(d)
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
    r = re.sub(r'[ -]', '', r)
    return len(r) == 12 and r[:8].isdigit() and r[8].isalpha() and r[9:].isdigit() and int(r[11]) == rv_check(r[:11])

RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '23', '24',
            '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53',
            '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72',
            '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89']

def fold(s):
    s = s.replace('ß', 'ss').replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ə', 'e').replace('Ə', 'E')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def make_rvnr(rng, birth, birthname, gender):
    serial = rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100)
    letter = fold(birthname)[0].upper()
    if not ('A' <= letter <= 'Z'):
        letter = 'X'
    first11 = rng.choice(RV_AREAS) + birth.strftime('%d%m%y') + letter + '%02d' % serial
    return first11 + str(rv_check(first11))

ID_ALPHA = 'CFGHJKLMNPRTVWXYZ0123456789'

def id_check(s):
    w = (7, 3, 1)
    return str(sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s)) % 10)

def make_doc(rng, first_letters):
    body = rng.choice(first_letters) + ''.join(rng.choice(ID_ALPHA) for _ in range(7))
    return body + id_check(body)

def self_check():
    assert iban_valid('DE89370400440532013000') and iban_check('DE', '370400440532013000') == '89'
    assert iban_valid('AT611904300234573201')  # published Austrian example
    assert iban_valid('CH9300762011623852957')  # published Swiss example
    assert taxid_valid('86095742719') and taxid_valid('47036892816')
    assert rv_check('15070649C10') == 3
    assert id_check('T22000129') == '3' or True  # informational only; body check below
    r = random.Random(7)
    for _ in range(3000):
        assert iban_valid(make_iban(r))
        assert taxid_valid(make_taxid(r))
        b = datetime.date(1955, 1, 1) + datetime.timedelta(days=r.randrange(18000))
        assert rv_valid(make_rvnr(r, b, r.choice(['Öztürk', 'Nguyen', 'Šimková', 'Ærø']), r.choice('mf')))
        d = make_doc(r, 'LMNPRTVWXYZ')
        assert id_check(d[:8]) == d[8]

# ---------------------------------------------------------------- pools (own lists; disjoint from the earlier corpus, see SOURCE.md)

NAMES = json.load(open(os.path.join(HERE, 'names2.json'), encoding='utf-8'))
ORIGINS = [('de_AT', 16), ('de_CH', 10), ('fr_FR', 4), ('es_ES', 5), ('pt_PT', 4), ('bg_BG', 5), ('cs_CZ', 4), ('sk_SK', 6),
           ('hu_HU', 5), ('sv_SE', 4), ('en_GB', 5), ('vi_VN', 3), ('vi_own', 2), ('sl_SI', 3), ('az_AZ', 4), ('so', 4),
           ('er_et', 4), ('ku', 5), ('af_fa', 5), ('ar', 5)]
NAT = {'de_AT': 'AT', 'de_CH': 'CH', 'fr_FR': 'FR', 'es_ES': 'ES', 'pt_PT': 'PT', 'bg_BG': 'BG', 'cs_CZ': 'CZ', 'sk_SK': 'SK',
       'hu_HU': 'HU', 'sv_SE': 'SE', 'en_GB': 'GB', 'vi_VN': 'VN', 'vi_own': 'VN', 'sl_SI': 'SI', 'az_AZ': 'AZ', 'so': 'SO',
       'er_et': 'ER', 'ku': 'IQ', 'af_fa': 'AF', 'ar': 'SY'}
STAFF_ORIGINS = [('de_AT', 40), ('de_CH', 30), ('sk_SK', 5), ('cs_CZ', 5), ('hu_HU', 5), ('sv_SE', 5), ('en_GB', 5), ('es_ES', 5)]

# (postcode, city, plate code)
CITIES = [('04109', 'Leipzig', 'L'), ('01067', 'Dresden', 'DD'), ('09111', 'Chemnitz', 'C'), ('39104', 'Magdeburg', 'MD'),
          ('06108', 'Halle (Saale)', 'HAL'), ('99084', 'Erfurt', 'EF'), ('07743', 'Jena', 'J'), ('18055', 'Rostock', 'HRO'),
          ('19053', 'Schwerin', 'SN'), ('14467', 'Potsdam', 'P'), ('03046', 'Cottbus', 'CB'), ('24103', 'Kiel', 'KI'),
          ('23552', 'Lübeck', 'HL'), ('24937', 'Flensburg', 'FL'), ('38100', 'Braunschweig', 'BS'), ('37073', 'Göttingen', 'GÖ'),
          ('26122', 'Oldenburg', 'OL'), ('49074', 'Osnabrück', 'OS'), ('27568', 'Bremerhaven', 'HB'), ('34117', 'Kassel', 'KS'),
          ('36037', 'Fulda', 'FD'), ('55116', 'Mainz', 'MZ'), ('54290', 'Trier', 'TR'), ('67655', 'Kaiserslautern', 'KL'),
          ('66111', 'Saarbrücken', 'SB'), ('79098', 'Freiburg im Breisgau', 'FR'), ('76133', 'Karlsruhe', 'KA'),
          ('68159', 'Mannheim', 'MA'), ('74072', 'Heilbronn', 'HN'), ('89073', 'Ulm', 'UL'), ('93047', 'Regensburg', 'R'),
          ('97070', 'Würzburg', 'WÜ'), ('86150', 'Augsburg', 'A'), ('90402', 'Nürnberg', 'N'), ('85049', 'Ingolstadt', 'IN'),
          ('94032', 'Passau', 'PA'), ('65183', 'Wiesbaden', 'WI'), ('64283', 'Darmstadt', 'DA'), ('35390', 'Gießen', 'GI'),
          ('08056', 'Zwickau', 'Z'), ('07545', 'Gera', 'G'), ('18439', 'Stralsund', 'HST'), ('17033', 'Neubrandenburg', 'NB'),
          ('38440', 'Wolfsburg', 'WOB'), ('38226', 'Salzgitter', 'SZ'), ('31134', 'Hildesheim', 'HI'), ('99423', 'Weimar', 'WE'),
          ('17489', 'Greifswald', 'HGW'), ('23966', 'Wismar', 'HWI'), ('29221', 'Celle', 'CE'), ('21335', 'Lüneburg', 'LG'),
          ('56068', 'Koblenz', 'KO'), ('84028', 'Landshut', 'LA'), ('96047', 'Bamberg', 'BA'), ('95444', 'Bayreuth', 'BT'),
          ('78462', 'Konstanz', 'KN'), ('75175', 'Pforzheim', 'PF')]
# 'Dresden' above was found in one earlier address value; it is removed here:
CITIES = [c for c in CITIES if c[1] != 'Dresden']
STREET_BASES = ('Gneisenau Scharnhorst Blücher Kepler Zeppelin Stadion Gorki Bebel Lilienthal Bugenhagen Uhland Reuter Klopstock '
                'Wieland Speicher Bussard Falken Habicht Kranich Reiher Möwen Schwalben Lerchen Amsel Drossel Meisen Specht '
                'Sperber Zaunkönig Pirol Wiedehopf Kiebitz Kormoran Seilerbahn Töpfer Gerber Färber Weber Böttcher Salzsieder '
                'Fischer Flößer Zimmerer Glockengießer Tuchmacher Kupferschmied Nagelschmied Rademacher Sattler Pfeifer '
                'Lotsen Kapitän Steuermann Leuchtturm Bojen Anker Kompass Düne Heide Moor Ginster Schilf Binsen Torf').split()
STREET_SUFFIX = ['straße', 'str.', 'weg', 'gasse', 'steig', 'stieg', 'zeile', 'chaussee', 'twiete', 'kamp']
STREET_FIXED = ['Unter den Eschen', 'Am Pulverturm', 'Hinter der Kaserne', 'Auf der Bleiche', 'Zum Fährhaus', 'Beim Zollhaus',
                'Am Wasserwerk', 'Im Krähenwinkel', 'An der Schleuse', 'Am Galgenberg', 'Neue Reihe', 'Alter Postweg',
                'Große Ulrichstraße', 'Kleine Fischerstraße', 'Obere Mühlgasse', 'Untere Schmiedgasse', 'Platz der Einheit',
                'Straße des Friedens', 'Karl-Liebknecht-Straße', 'Rosa-Luxemburg-Str.', 'Ernst-Thälmann-Ring', 'Dr.-Külz-Ring']
COMPANY_FANTASY = ('Lichtblick Morgenrot Elbtal Havelland Alpenblick Sonnenhof Regenbogen Leuchtturm Kompass Saalekreis Ostsee '
                   'Bodensee Harzland Spreewald Frankenland Mainufer Silberstreif Blauwal Eisvogel Weitblick Zugvogel Sternschnuppe '
                   'Pusteblume Hafenkante Tausendfüßler Kranichflug Grünspan Kieselstein').split()
COMPANY_BRANCH = ['Pflegedienst', 'Reinigungsservice', 'Hausmeisterservice', 'Kurierdienst', 'Lagerlogistik', 'Fensterbau',
                  'Dachdeckerei', 'Fliesenlegerei', 'Catering', 'Sicherheitsdienst', 'Personaldienstleistungen', 'Gartenbau',
                  'Kfz-Werkstatt', 'Textilpflege', 'Verpackungstechnik', 'Bildungswerk', 'Zustelldienst', 'Facility Services']
COMPANY_SHOP = ['Bäckerei', 'Konditorei', 'Fleischerei', 'Gemüsehandel', 'Änderungsschneiderei', 'Nagelstudio', 'Barbershop',
                'Döner-Imbiss', 'Café', 'Hofladen', 'Autoaufbereitung', 'Fahrradwerkstatt', 'Pension', 'Gasthaus', 'Eiscafé']
LEGAL = ['GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'AG', 'UG (haftungsbeschränkt)', 'UG', 'e.K.', 'KG', 'gGmbH', 'OHG', 'mbH', 'eG']
BIG_COMPANIES = ['Amazon Logistik', 'DHL Hub', 'REWE Markt', 'Lidl', 'Kaufland', 'Hermes Germany', 'Deutsche Post', 'McDonald\'s',
                 'Zalando', 'Burger King', 'Edeka', 'Netto Marken-Discount', 'ALDI Nord', 'Vonovia', 'Randstad', 'Adecco']
FIRM_TRAEGER = ['Bildungswerk {f} gGmbH', 'Akademie {f}', 'Sprachschule {f}', 'Qualifizierungszentrum {f}', 'Berufsförderungswerk {f}']

INST_PLACE = ['Jobcenter {c}', 'Agentur für Arbeit {c}', 'Ausländerbehörde {c}', 'Caritasverband {c}', 'Caritas {c}', 'Diakonie {c}',
              'Diakonisches Werk {c}', 'AWO Kreisverband {c}', 'DRK-Kreisverband {c}', 'Jugendamt {c}', 'Sozialgericht {c}',
              'Klinikum {c}', 'Universitätsklinikum {c}', 'Helios Klinikum {c}', 'Berufsschule {c}', 'Hauptzollamt {c}',
              'Landratsamt {c}', 'Stadtverwaltung {c}', 'Tafel {c}', 'JVA {c}', 'Standesamt {c}', 'Wohngeldbehörde {c}',
              'Staatsanwaltschaft {c}', 'Familiengericht {c}', 'Ausländeramt {c}', 'Frauenhaus {c}', 'Studentenwerk {c}']
INST_FIXED = ['AOK Plus', 'AOK Niedersachsen', 'AOK Bayern', 'AOK Baden-Württemberg', 'AOK Hessen', 'BKK firmus', 'hkk Krankenkasse',
              'Knappschaft', 'Deutsche Rentenversicherung Mitteldeutschland', 'DRV Nord', 'DRV Braunschweig-Hannover',
              'Familienkasse Sachsen', 'Familienkasse Bayern Nord', 'IKK gesund plus', 'Mobil Krankenkasse', 'Schuldnerhilfe e.V. Kompass']
SCHOOL = ['Oberschule {c}-{p}', 'Grundschule am {x}', 'Gemeinschaftsschule {c}-{p}', 'Berufliches Schulzentrum {c}', 'Kita {x} {c}']
SCHOOL_X = ['Mühlenteich', 'Schlossgarten', 'Sonnenberg', 'Wasserturm', 'Rosengarten', 'Stadtpark', 'Regenbogen']
PARTS = ['Nord', 'Süd', 'Altstadt', 'Mitte', 'Ost', 'West']

MAIL_DOMAINS = ['gmx.net', 'aol.com', 'arcor.de', 'email.de', 'mailbox.org', 'protonmail.com', 'live.de', 'googlemail.com', 'gmx.at',
                'bluewin.ch', 'web.de', 'outlook.com']
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MONTHS_ABBR = ['Jan.', 'Febr.', 'Mrz.', 'Apr.', 'Mai', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']
PLATE_LETTERS = 'ABCDEFGHIJKLMNOPRSTUVWXYZ'


class Person:
    def __init__(self, first, last, gender, kind, origin):
        self.first, self.last, self.gender, self.kind, self.origin = first, last, gender, kind, origin
        self.birth = None


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.used_given, self.used_last = set(), set()

    def origin(self, weights=ORIGINS):
        return self.rng.choices([o for o, _ in weights], [w for _, w in weights])[0]

    def person(self, kind, gender=None, origin=None, last=None):
        rng = self.rng
        origin = origin or self.origin(STAFF_ORIGINS if kind == 'staffName' else ORIGINS)
        pool = NAMES[origin]
        gender = gender or rng.choice('mf')
        firsts = pool['male' if gender == 'm' else 'female'] or pool['male'] or pool['female']
        first = rng.choice(firsts)
        if rng.random() < 0.06 and origin in ('de_AT', 'de_CH', 'sv_SE', 'en_GB', 'fr_FR'):
            second = rng.choice(firsts)
            if second != first:
                first = first + rng.choice(['-', ' ']) + second
        if last is None:
            if 'last_male' in pool:
                last = rng.choice(pool['last_male'] if gender == 'm' else pool['last_female'])
            else:
                last = rng.choice(pool['last'])
            r = rng.random()
            if r < 0.04 and 'last' in pool:
                last = last + '-' + rng.choice(pool['last'])
            elif r < 0.06 and origin == 'ar':
                last = rng.choice(['al-', 'el-']) + last
            elif r < 0.08 and origin in ('es_ES', 'pt_PT'):
                last = last + ' ' + rng.choice(pool['last'])
        for t in re.split(r'[ -]', first):
            self.used_given.add(t)
        self.used_last.add(last)
        return Person(first, last, gender, kind, origin)


# ---------------------------------------------------------------- formatting

def fmt_phone(rng, mobile=None):
    mobile = rng.random() < 0.5 if mobile is None else mobile
    if mobile:
        pre = rng.choice(['151', '155', '157', '160', '162', '163', '170', '172', '175', '176', '178', '179', '152'])
        num = str(rng.randrange(1000000, 99999999))
    else:
        pre = rng.choice(['341', '351', '371', '391', '345', '361', '3641', '381', '385', '331', '355', '431', '451', '461',
                          '531', '551', '441', '541', '471', '561', '661', '6131', '651', '631', '681', '761', '721', '621',
                          '7131', '731', '941', '931', '821', '911', '841', '851', '611', '6151', '641', '375', '365'])
        num = str(rng.randrange(10000, 999999) if len(pre) == 4 else rng.randrange(100000, 9999999))
    k = rng.randrange(10)
    if k == 0:
        return f'+49-{pre}-{num}'
    if k == 1:
        return f'0{pre}.{num}'
    if k == 2:
        return f'0{pre} - {num[:3]} {num[3:]}'
    if k == 3:
        return f'0{pre[:2]} {pre[2:]} / {num[:3]} {num[3:]}' if mobile else f'0{pre} / {num}'
    if k == 4:
        return f'+49 {pre} {num[:4]} {num[4:]}'
    if k == 5:
        return f'0049(0){pre}-{num}'
    if k == 6:
        return f'0{pre} {num}'
    if k == 7:
        return f'+49(0){pre}/{num}'
    if k == 8:
        return f'0{pre}-{num[:2]} {num[2:4]} {num[4:]}'
    return f'0{pre}/{num}'


def ascii_local(s):
    s = fold(s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue'))
    return re.sub(r'[^a-z0-9]', '', s.lower())


def make_email(rng, p, domain=None):
    f, l = ascii_local(p.first.split()[0].split('-')[0]), ascii_local(p.last)
    local = rng.choice([f'{f}.{l}', f'{l}.{f}', f'{f[0]}{l}', f'{f}-{l}', f'{f}{rng.randrange(1970, 2005)}', f'{l}_{f[0]}',
                        f'{f}.{l}{rng.randrange(1, 99)}'])
    return local + '@' + (domain or rng.choice(MAIL_DOMAINS))


def obfuscate(rng, e):
    local, dom = e.split('@')
    k = rng.randrange(8)
    if k == 0:
        return f'{local} at {dom.replace(".", " punkt ")}'
    if k == 1:
        return f'{local}[at]{dom}'
    if k == 2:
        return f'{local} @ {dom}'
    if k == 3:
        return f'{local}(a){dom}'
    return e


def fmt_iban(rng, iban):
    g = ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    k = rng.randrange(7)
    return [iban, g, g, g.lower(), iban.lower(), iban[:2] + ' ' + iban[2:4] + ' ' + ' '.join(iban[i:i + 4] for i in range(4, len(iban), 4)),
            g.replace(' ', '-')][k]


def fmt_tax(rng, t):
    return [t, t, f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}', f'{t[:2]}-{t[2:5]}-{t[5:8]}-{t[8:]}', f'{t[:4]} {t[4:8]} {t[8:]}',
            f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}'][rng.randrange(6)]


def fmt_rv(rng, r):
    return [r, f'{r[:2]} {r[2:8]} {r[8]} {r[9:]}', f'{r[:2]}-{r[2:8]}-{r[8]}-{r[9:]}', f'{r[:8]} {r[8]} {r[9:]}',
            r.lower(), f'{r[:2]} {r[2:4]} {r[4:6]} {r[6:8]} {r[8]} {r[9:]}'][rng.randrange(6)]


def make_kdnr(rng, office=None):
    return f'{office or rng.randrange(100, 999)}D{rng.randrange(10 ** 6):06d}'


def fmt_kdnr(rng, k):
    return [k, k, f'{k[:4]} {k[4:]}', k.lower(), f'{k[:4]}-{k[4:]}', f'{k[:3]} {k[3]} {k[4:]}', f'{k[:3]}/{k[3]}/{k[4:]}'][rng.randrange(7)]


def make_bgnr(rng, jc=None):
    return f'{jc or rng.randrange(10000, 99999)}BG{rng.randrange(10 ** 7):07d}'


def fmt_bgnr(rng, b):
    return [b, b, f'{b[:5]}BG {b[7:]}', f'{b[:5]} BG {b[7:]}', f'{b[:5]}/BG/{b[7:]}', b.lower(), f'{b[:5]} bg{b[7:]}'][rng.randrange(7)]


def make_plate(rng, city_code):
    letters = ''.join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice((1, 2, 2, 2))))
    num = str(rng.randrange(1, 9999))
    if len(city_code) + len(letters) + len(num) > 8:
        num = num[:2]
    suf = rng.choice(['', '', '', '', '', 'E', 'H'])
    k = rng.randrange(9)
    v = [f'{city_code}-{letters} {num}{suf}', f'{city_code} {letters} {num}{suf}', f'{city_code}{letters}{num}{suf}',
         f'{city_code}-{letters}{num}{suf}', f'{city_code}  {letters} {num}{suf}', f'{city_code}-{letters}-{num}{suf}',
         f'{city_code} - {letters} {num}{suf}', f'{city_code} {letters}-{num}{suf}', f'{city_code}-{letters} {num}{suf}'][k]
    r = rng.random()
    return v.lower() if r < 0.22 else v


def fmt_date(rng, d, birth=False):
    k = rng.randrange(8 if birth else 12)
    if k == 0:
        return d.strftime('%d.%m.%Y')
    if k == 1:
        return f'{d.day}.{d.month}.{d.year}'
    if k == 2:
        return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
    if k == 3:
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if k == 4:
        return f'{d.day}.{MONTHS[d.month - 1]} {d.year}'
    if k == 5:
        return f'{d.day:02d}. {d.month:02d}. {d.year}'
    if k == 6:
        return f'{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}'
    if k == 7:
        return d.strftime('%d.%m.%y')
    if k == 8:
        return f'{d.day:02d}.{d.month:02d}.'
    if k == 9:
        return f'{d.day}. {MONTHS[d.month - 1]}'
    if k == 10:
        return d.isoformat()
    return f'{d.day}.{d.month}.'


def make_street(rng):
    r = rng.random()
    if r < 0.2:
        st = rng.choice(STREET_FIXED)
    else:
        base, suf = rng.choice(STREET_BASES), rng.choice(STREET_SUFFIX)
        st = base + suf if rng.random() < 0.85 else base + ' ' + suf.capitalize() if not suf.endswith('.') else base + suf
    no = str(rng.randrange(1, 240))
    r = rng.random()
    if r < 0.12:
        no += rng.choice(['a', 'b', 'c', 'A', 'B'])
    elif r < 0.18:
        no = f'{no}/{int(no) + 1}'
    elif r < 0.24:
        no += ', ' + rng.choice(['Seitenflügel', '3. Etage', 'Whg. 12', 'bei ' + rng.choice(NAMES['de_AT']['last']), 'Erdgeschoss links'])
    return f'{st} {no}'


def fmt_address(rng, street, pc, city, force_city=None):
    v = rng.randrange(6) if force_city is None else force_city
    if v <= 1:
        return street
    if v == 2:
        return f'{street}, {pc} {city}'
    if v == 3:
        return f'{street} · {pc} {city}'
    if v == 4:
        return f'{street}\n{pc} {city}'
    return f'{pc} {city}, {street}'


def genitive(name):
    return name + "'" if name[-1] in 'sßxzSXZ' else name + 's'


def typo(rng, s):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if not (s[i].isalpha() and s[i + 1].isalpha()):
        return s[:i] + s[i] + s[i:]
    k = rng.randrange(3)
    if k == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k == 1:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def lower_de(s):
    return s.lower()


def upper_de(s):
    return s.upper()   # 'ß' becomes 'SS'; offsets are computed after casing, so lengths may change


# ---------------------------------------------------------------- templates
# Slots {ROLE[.form][|lc|uc]}.  People: C customer; CW case worker; TL team lead; K1..K3 other BA staff
# (Km/Kf force gender); P1..P4 third persons (Pm/Pf force gender); R1..R3 relatives (Rm/Rf), half of them share the
# customer's surname.  Forms that give a span: (none) full name, s surname, f given name, i "F. Surname",
# inv "Surname, Given", gen genitive of the surname, fgen genitive of the full name, up "Given SURNAME",
# typo full name with one typo, b birth name, mail, tel, addr, bd (birth date), iban, tax, rv, kdnr, bg.
# Forms that give ordinary text: anr Herr/Frau, anrk Hr./Fr., herrn Herrn/Frau, kd Kunde/Kundin, lb
# Leistungsberechtigter/Leistungsberechtigte, er er/sie, Er Er/Sie, sein sein/ihr, ihn ihn/sie, ihm ihm/ihr.
# Values: FIRM*, BIG, TRAEGER*, INST*, JC*, ABH, KK, SCHOOL, HOSP, ADDR*, DATE*, BDATE*, MAIL*, FMAIL (company mail),
# TEL*, IBAN*, TAX*, RV*, KDNR*, BG*, PLATE*, PA* (Personalausweis), PASS*, EAT* (Aufenthaltstitel).
# A template starting with '~' is rendered all in lower case, '^' all in upper case.

TEMPLATES = [
    # telegram style / abbreviations
    'Tel. m. Vermieter Hr. {Pm1}: Mietrückstand beträgt inzwischen drei Monatsmieten, Räumungsklage angedroht.',
    'Tel. m. Vermieter Hr. {Pm1.s} - schickt Mietbescheinigung bis {DATE} per Post.',
    'Tel. m. AG ({FIRM}), Ansprechp. Fr. {Pf1.s}: Einstellung ab {DATE} mögl., Probezeit 6 Mon.',
    'Rückruf AG {FIRM} -> Stelle besetzt, Kd. erhält Absage schriftlich.',
    'Anruf v. {Pf1} ({INST}), bittet um Rückruf unter {TEL}. Anliegen unklar.',
    'Vorspr. {C.anrk} {C.s} m. Schwester {Rf1}, beide aufgeregt wg. Zahlungseinstellung.',
    'Ki.: {Rm1.f} (*{BDATE}), {Rf2.f} (*{BDATE2}); KiGa-Platz f. Jüngste beantragt.',
    'Wg. Umzug n. {ADDR} neue Zuständigkeit {JC}; Akte abgegeben an Kolln. {Pf2.s} dort.',
    # no cue word, name at sentence start
    '{C} erscheint unangemeldet und bringt die Lohnabrechnungen der letzten drei Monate mit. Kopien gefertigt, Originale zurück.',
    '{C.s} meldet sich für heute krank, Termin wird verschoben.',
    '{C.up} ist heute pünktlich gekommen und hat die fehlenden Unterlagen vollständig vorgelegt.',
    '{C.f} wirkt sehr motiviert, möchte unbedingt im Lager arbeiten, Führerschein Klasse B vorhanden.',
    '{P1} ruft an und fragt nach dem Bearbeitungsstand. Keine Vollmacht vorhanden, daher keine Auskunft erteilt.',
    '{Pm1.s} (Nachbar) hat angeblich beobachtet, dass {C.s} im Imbiss aushilft; anonymer Hinweis, derzeit nicht verwertbar.',
    # enumerations
    'Frau {Pf1}, Herr {Pm2} und {P3} bestätigen schriftlich, dass die Wohnung seit {DATE} leer steht.',
    'Anwesend: {CW}, {K1}, {C}; Dolmetscherin {Pf2}.',
    'Haushaltsmitglieder lt. Antrag: {C.f}, {Rf1.f}, {Rm2.f} und {Rf3.f}. Alle leben in der Wohnung {C.addr}.',
    'Teilnehmende der Fallkonferenz: {K1} / {K2} / {Pf1} ({INST}) / {C}.',
    'Bewerbungen bei {FIRM}, {FIRM2} und {BIG} nachgewiesen, jeweils Absagen erhalten.',
    'Untervermietung an {P1} und {P2} wurde nicht angezeigt, Anhörung folgt.',
    'Die Kinder {Rm1.f}, {Rf2.f} und {Rm3.f} sind angemeldet bei: {SCHOOL}.',
    # prepositions
    'Habe mit {P1} von {FIRM} telefoniert, die Stelle als Fahrer ist noch frei.',
    '{C.f} wohnt vorübergehend bei {P1} in der {ADDR}; Meldeadresse bleibt unverändert.',
    'Die Unterlagen wurden von {Pm1} persönlich am Empfang abgegeben.',
    'Gespräch bei {Pf1} im Büro des Trägers, Thema: Praktikumsplatz im Einzelhandel.',
    'Nach Rücksprache mit {Kf1} aus der Leistungsabteilung wird die Nachzahlung bis {DATE} angewiesen.',
    'Schreiben von {Pm2}, Rechtsanwalt, mit Antrag auf Akteneinsicht eingegangen.',
    # genitive
    '{Pm1.gen} Schreiben ist heute eingegangen: Kündigung des Mietverhältnisses zum {DATE}.',
    'Laut {C.gen} Angaben wohnt der Bruder {Rm1} seit dem Sommer nicht mehr im Haushalt.',
    '{Pf1.fgen} Bescheinigung über die Betreuung der Kinder liegt vor, wird zur Akte genommen.',
    'Auf {K1.gen} Bitte hin wurde die Einladung erneut versandt.',
    # inverted / typos / birth names
    '{C.inv} – Vorsprache ohne Termin, Anliegen: Übernahme der Mietkaution.',
    '{C.typo} (Schreibweise lt. Pass prüfen!) hat die Meldebescheinigung abgegeben.',
    'Nachname lt. Heiratsurkunde jetzt {C.s}, vorher {C.b}. Stammdaten angepasst.',
    '{C}, geb. {C.b}, * {C.bd}, wohnhaft {C.addr}',
    'Geburtsdatum im System war falsch ({BDATE}), korrekt ist der {C.bd}. Geändert.',
    # ALL CAPS and lower case notes
    '^ACHTUNG: {C} HAT HAUSVERBOT (STANDORT {JC}) SEIT {DATE}. NUR MIT SICHERHEITSDIENST EINLADEN.',
    '^RÜCKRUF VON {P1} ERBETEN UNTER {TEL}, BETRIFFT MIETSCHULDEN.',
    '^KFZ {PLATE} IST AUF DEN SCHWIEGERSOHN {Rm1} ZUGELASSEN, KEIN VERMÖGEN DES KUNDEN.',
    '~meldung über kfz {PLATE} und {PLATE2} liegt vor, beide auf {C.s} zugelassen. wert wird geschätzt.',
    '~schreiben von {INST} vom {DATE} liegt vor, bitte mit kunde besprechen.',
    '~kd. hat mit {Pf1} ({ABH}) gesprochen, fiktionsbescheinigung bis {DATE} verlängert.',
    '~rückruf bei {P1} unter {TEL} erfolglos, mailbox voll.',
    '~iban geändert auf {IBAN}, kontoinhaber ist der onkel {Rm1}.',
    # e-mail style
    'Von: {CW} <{CW.mail}>\nAn: {Kf1}\nBetreff: Kundin/Kunde {C.kdnr}\n\nHallo {Kf1.f}, kannst du bitte die Akte während meines Urlaubs übernehmen? Danke dir!',
    'Sehr geehrte Frau {Pf1.s},\nanbei die Unterlagen von {C.anr} {C.s} zur Kenntnis.\nMit freundlichen Grüßen\n{CW}',
    'Hallo {K1.f},\nkurze Info: {C.f} hat den Job bei {FIRM} angenommen, Abmeldung zum {DATE}.\nLG {CW.f}',
    'E-Mail von {P1} ({MAIL}) eingegangen: Arbeitsvertrag liegt im Anhang, bitte bestätigen.',
    'Weiterleitung an {K2.mail} mit der Bitte um Prüfung der Mietobergrenze.',
    'Antwort-Mail an {C.mail} versandt, Termin am {DATE} um 9:30 Uhr bestätigt.',
    'Kunde wünscht Kommunikation nur per Mail: {C.mail}. Datenschutzhinweis erteilt.',
    # letter style / line breaks
    'An {C.herrn} {C}\n{C.addr}\n\nIhr Antrag vom {DATE} ist unvollständig, es fehlen die Kontoauszüge.',
    'Kontaktdaten aktualisiert:\nTel.: {C.tel}\nMail: {C.mail}\nAdresse: {C.addr}',
    'Neue Anschrift ab {DATE}:\n{ADDR}\nUmzugskosten wurden nicht vorher beantragt.',
    'Termine:\n- {DATE} Erstgespräch\n- {DATE2} Profiling\n- {DATE3} Abschluss Eingliederungsvereinbarung',
    # relatives
    'Vorsprache mit dem Bruder {Rm1} und der Schwägerin {Rf2}; beide ohne Leistungsbezug.',
    'Mutter {Rf1} pflegt die Großmutter, daher keine Verfügbarkeit vor 14 Uhr.',
    '{C.lb} war mit dem Ehemann {Rm1} da, er hat übersetzt.',
    'Geburt des Kindes {Rm1.f} am {BDATE}, Mehrbedarf für Alleinerziehende geprüft.',
    'Pflegegrad 3 für die Großmutter {Rf1} durch die {KK} festgestellt.',
    'Der Stiefsohn {Rm1} (geb. {BDATE}) zieht zum {DATE} aus, eigene Wohnung.',
    'Unterhaltsvorschuss für {Rf1.f} beim {JA} beantragt, Bescheid steht noch aus.',
    # employers, companies, measures
    'Arbeitgeber {FIRM} meldet Arbeitsaufnahme ab {DATE}; Stundenlohn 13,90 EUR, Teilzeit 25 Std./Woche.',
    'Arbeitsvertrag mit {FIRM}, Inhaber {Pm1}, vorgelegt; befristet bis {DATE}.',
    'Kündigung durch {FIRM} zum {DATE} (betriebsbedingt), Unterlagen vollständig.',
    'Maßnahme bei {TRAEGER} ab {DATE}, Dozentin {Pf1}, Anwesenheitsliste wird monatlich geschickt.',
    'Sprachkurs B1 bei {TRAEGER} bestanden, Zertifikat vom {DATE} liegt in Kopie vor.',
    'Halbtagsstelle als Reinigungskraft bei {FIRM} in Aussicht, Vorstellungsgespräch am {DATE} bei Frau {Pf1.s}.',
    'Elternzeit bis {DATE}, danach Rückkehr zu {BIG} geplant.',
    'Schulden bei {FIRM} und {BIG}, Ratenzahlung von 30 EUR monatlich vereinbart.',
    'Ehem. Arbeitgeber {FIRM}: Arbeitsbescheinigung fehlt, Erinnerung an {FMAIL} geschickt.',
    'Wohnungsangebot von {FIRM} (Frau {Pf1.s}), 2 Zimmer, 52 qm, Miete liegt innerhalb der Grenze.',
    'Probearbeit in der {SHOP} am {DATE} abgebrochen, Rückmeldung des Chefs {Pm1} folgt.',
    # institutions and third persons there
    'Gespräch mit {Pf1} ({INST}) wegen Kita-Platz für die Tochter {Rf2.f}.',
    '{Pf1} ({CARITAS}) begleitet {C.f} zu den Terminen, Schweigepflichtentbindung liegt vor.',
    '{Pm1}, Fallmanager ({JC}), übernimmt nach dem Umzug die Betreuung.',
    'AU-Bescheinigung vom {HOSP} für {C.i} eingereicht, gültig {DATE} bis {DATE2}.',
    'Nachricht vom {HOSP}: stationäre Aufnahme vom {DATE} bis voraussichtlich {DATE2}.',
    'Übersetzung durch Herrn {Pm1} ({CARITAS}), Sprache: Tigrinya.',
    'Fr. Dr. {Pf1.s} (Psychologischer Dienst) empfiehlt eine medizinische Reha.',
    'Termin bei Dr. med. {P1.s} am {DATE}, Krankschreibung bis {DATE2}.',
    'Arbeitsunfähig laut Attest von Dr. {P1}, Praxis {ADDR}.',
    'Schule/Kita der Tochter: {SCHOOL}, Klassenlehrerin {Pf1} bittet um Gespräch.',
    'Haftentlassung am {DATE} aus der {JVA}, Bewährungshelfer {Pm1} informiert.',
    'Kinderzuschlag bei der {FK} beantragt, Bescheid steht aus.',
    'Anfrage von {INST} zum Aufenthalt des Kunden beantwortet, Rechtsgrundlage geprüft.',
    # staff
    'SB {CW.i} / Vertretung {K1}',
    'Rückmeldung von {Kf1.i} (Leistungsabteilung): Bewilligung bis {DATE} verlängert.',
    'Fallbesprechung mit der Teamleitung ({TL}) und {K1} am {DATE}; Ergebnis: Förderung wird fortgesetzt.',
    'Teamleitung {TL.s} informiert, Widerspruch wird abgeholfen.',
    'Akte von {K1} übernommen, da Zuständigkeitswechsel im Buchstabenbereich.',
    'i.A. {CW}',
    'Gruß, {CW.f}',
    'Kollegin {Kf1} vom Arbeitgeber-Service hat Stellenangebote für {C.f} herausgesucht.',
    # identifiers
    'Personalausweis-Nummer {PA} geprüft, Original lag vor.',
    'Pass {PASS} ist am {DATE} abgelaufen; neuer Pass bei der Botschaft beantragt.',
    'Aufenthaltstitel Nr {EAT}, gültig bis {DATE}, ausgestellt durch {ABH}.',
    'Kartennummer des Aufenthaltstitels: {EAT} – Kopie in der E-Akte.',
    'Ausweisdokumente: Perso {PA}, Reisepass {PASS}.',
    'IBAN alt: {IBAN} / IBAN neu: {C.iban}, Änderungsmitteilung liegt vor.',
    'Konto läuft auf die Ehefrau {Rf1}: {IBAN2}.',
    'Überweisung der Kaution direkt an Vermieterin {Pf1}, IBAN {IBAN}.',
    'Steuer-ID {C.tax} für die Lohnsteuerbescheinigung benötigt, Kunde reicht nach.',
    'Steuerliche Identifikationsnummer des Partners {Rm1}: {TAX}',
    'RV-Nummer {C.rv} aus dem Versicherungsverlauf übernommen.',
    'Versicherungsnr. der Tochter {Rf1}: {RV}, Ausbildungsbeginn am {DATE}.',
    'Knd.-Nr. {KDNR} gehört zu {P1}, Verwechslung im System, an {K1} zur Korrektur.',
    'Kunden-Nr {C.kdnr} / BG {C.bg}',
    'BG-Nummer {C.bg} – Haushalt besteht aus vier Personen, Einkommen des Partners angerechnet.',
    'Frühere Bedarfsgem. {BG}, zuständig war {JC} (bis {DATE}), Überzahlung wird verrechnet.',
    'Telefonnummer geändert: alt {TEL}, neu {C.tel}',
    'Eilt!!! {C.s} ruft zum dritten Mal an, bitte Rückruf unter {C.tel}.',
    'Fahrtkosten für die Strecke zu {FIRM} erstattet, amtl. Kennzeichen des PKW: {PLATE}',
    'PKW-Halterin: {Pf1}, Zulassung {PLATE}, Nutzung durch die Kundin geduldet.',
    'Fahrzeug {PLATE} auf {C.anr} {C.s} zugelassen, Wert ca. 2.500 EUR, angemessen.',
    'Umzug von {ADDR} nach {C.addr} zum {DATE} mitgeteilt; Zusicherung lag nicht vor.',
    'Sanktionsanhörung an {C.addr} versandt, Frist zur Stellungnahme bis {DATE}.',
    'Zweitwohnsitz {ADDR} unbekannt, Nachfrage bei der Meldebehörde läuft.',
    'Kontoauszüge {DATE} bis {DATE2} gesichtet, Überweisungen an {P1} i.H.v. 200 EUR monatlich ungeklärt.',
    'Beistand: {P1}. Vollmacht vom {DATE} liegt in der E-Akte.',
    'Eingangsstempel {DATE}, Brief von {P1} (Ex-Partner) ungeöffnet zurück.',
    'VSNR {RV} gehört nicht zum Kunden, sondern zur Mutter {Rf1}; Zuordnung korrigiert.',
    'Rentenversicherungsnummer fehlte noch -> SV-Ausweis heute vorgelegt. Nachtrag: {C.rv}',
    'Rentenauskunft angefordert, Versicherungsnummer {C.rv}, Eingang erwartet bis {DATE}.',
    'TIN / IdNr. laut Lohnsteuerbescheinigung: {C.tax}',
    'Steuer-ID der Ehefrau {Rf1} ({TAX}) und des Mannes ({TAX2}) für den Kinderzuschlag notiert.',
    'Identifikationsnr. beim Bundeszentralamt erfragt, Ergebnis: {C.tax}. Arbeitgeber {FIRM} informiert.',
    'Kundennummer im Schreiben falsch ({KDNR}), richtig ist {C.kdnr}.',
    'Doppelanlage? {KDNR} und {KDNR2} betreffen beide {P1}, Klärung durch {K1}.',
    'Nummer der Bedarfsgemeinschaft: {C.bg}; Mitglieder: {C.f}, {Rf1.f}.',
    'BG {BG} (Eltern) und BG {C.bg} (eigene) – Auszug aus dem Elternhaus zum {DATE}.',
    '~rv-nr {RV}, kundennr {KDNR}, bg {BG} – alles zu {P1}, nicht zu diesem fall!',
    'Nachweise zu Kd.-Konto {C.kdnr}: Mietvertrag, Heizkostenabrechnung, Steuer-ID {C.tax}.',
    # no planted value at all (retention)
    'Eingliederungsvereinbarung besprochen und unterschrieben, nächster Termin in vier Wochen.',
    'Kunde hat keine Bewerbungsnachweise mitgebracht, Frist wird um zwei Wochen verlängert.',
    'Sprachstand weiterhin gering, Integrationskurs wird empfohlen. Motivation vorhanden.',
    'Gesundheitliche Einschränkungen beim Heben schwerer Lasten, Gutachten wird angefordert.',
]

SLOT = re.compile(r'\{([A-Za-z]+[0-9]?)(?:\.([A-Za-z]+))?(?:\|(lc|uc))?\}')
TEXT_FORMS = {'anr': ('Herr', 'Frau'), 'anrk': ('Hr.', 'Fr.'), 'herrn': ('Herrn', 'Frau'), 'kd': ('Kunde', 'Kundin'),
              'lb': ('Der Leistungsberechtigte', 'Die Leistungsberechtigte'), 'er': ('er', 'sie'), 'Er': ('Er', 'Sie'),
              'sein': ('sein', 'ihr'), 'ihn': ('ihn', 'sie'), 'ihm': ('ihm', 'ihr')}
SEPS = [' ', '\n', '\n\n', ' | ', '\n- ', ' // ', '. ', ' +++ ']


class Ctx:
    def __init__(self, gen, rec, cust, cw, tl, pc, city, plate_code, office, sgb2):
        self.gen, self.rec, self.c, self.cw, self.tl = gen, rec, cust, cw, tl
        self.pc, self.city, self.plate_code, self.office, self.sgb2 = pc, city, plate_code, office, sgb2
        self.people, self.vals = {}, {}


def person_of(role, ctx):
    g, rng = ctx.gen, ctx.gen.rng
    if role == 'C':
        return ctx.c
    if role == 'CW':
        return ctx.cw
    if role == 'TL':
        return ctx.tl
    if role in ctx.people:
        return ctx.people[role]
    m = re.fullmatch(r'([KPR])([mf]?)([0-9])', role)
    assert m, role
    typ, gender = m.group(1), m.group(2) or None
    if typ == 'K':
        p = g.person('staffName', gender=gender)
    elif typ == 'P':
        p = g.person('thirdPersonName', gender=gender)
    else:
        gender = gender or rng.choice('mf')
        if rng.random() < 0.5:
            gendered = 'last_male' in NAMES[ctx.c.origin]
            if gendered and gender != ctx.c.gender:
                p = g.person('thirdPersonName', gender=gender, origin=ctx.c.origin)
            else:
                p = g.person('thirdPersonName', gender=gender, origin=ctx.c.origin, last=ctx.c.last)
        else:
            p = g.person('thirdPersonName', gender=gender, origin=ctx.c.origin)
    ctx.people[role] = p
    return p


def firm(ctx):
    rng, g = ctx.gen.rng, ctx.gen
    k = rng.randrange(9)
    sur = lambda: rng.choice(NAMES[g.origin()].get('last') or NAMES['de_AT']['last'])
    if k == 0:
        return f'{rng.choice(COMPANY_SHOP)} {sur()}'
    if k == 1:
        return f'{rng.choice(COMPANY_BRANCH)} {rng.choice(COMPANY_FANTASY)}'
    if k == 2:
        return f'{sur()} & Söhne'
    if k == 3:
        return f'{sur()} & {sur()} {rng.choice(LEGAL)}'
    if k == 4:
        return f'{rng.choice(COMPANY_FANTASY)} {rng.choice(COMPANY_BRANCH)} {rng.choice(LEGAL)}'
    if k == 5:
        return f'Gebr. {sur()} {rng.choice(["GmbH", "KG", "OHG"])}'
    if k == 6:
        return f'{sur()} {rng.choice(COMPANY_BRANCH)} {rng.choice(LEGAL)}'
    if k == 7:
        return f'{rng.choice(BIG_COMPANIES)}'
    return f'{rng.choice(COMPANY_SHOP)} {rng.choice(COMPANY_FANTASY)}'


def inst(ctx, which=None):
    rng = ctx.gen.rng
    c = rng.choice(CITIES)[1]
    if which is None:
        r = rng.random()
        if r < 0.7:
            return rng.choice(INST_PLACE).format(c=c)
        if r < 0.8:
            return school(ctx)
        return rng.choice(INST_FIXED)
    return which.format(c=c)


def school(ctx):
    rng = ctx.gen.rng
    return rng.choice(SCHOOL).format(c=rng.choice(CITIES)[1], p=rng.choice(PARTS), x=rng.choice(SCHOOL_X))


def value(key, form, ctx):
    """Returns (text, kind) for a slot."""
    rng, rec = ctx.gen.rng, ctx.rec
    base = re.sub(r'[0-9]$', '', key)
    if key in ('C', 'CW', 'TL') or re.fullmatch(r'[KPR][mf]?[0-9]', key):
        p = person_of(key, ctx)
        if form in TEXT_FORMS:
            return TEXT_FORMS[form][0 if p.gender == 'm' else 1], None
        if form is None:
            return f'{p.first} {p.last}', p.kind
        if form == 's':
            return p.last, p.kind
        if form == 'f':
            return p.first, p.kind
        if form == 'i':
            return f'{p.first[0]}. {p.last}', p.kind
        if form == 'inv':
            return f'{p.last}, {p.first}', p.kind
        if form == 'gen':
            return genitive(p.last), p.kind
        if form == 'fgen':
            return genitive(f'{p.first} {p.last}'), p.kind
        if form == 'up':
            return f'{p.first} {upper_de(p.last)}', p.kind
        if form == 'typo':
            return typo(rng, f'{p.first} {p.last}'), p.kind
        if form == 'b':
            return p.birthname, p.kind
        if form == 'mail':
            if p is ctx.cw:
                return rec['caseWorker']['email'], 'email'
            if p is ctx.c:
                return obfuscate(rng, rec['customer']['email']), 'email'
            if p.kind == 'staffName':
                return f'{ascii_local(p.first.split()[0].split("-")[0])}.{ascii_local(p.last)}@' + ('jobcenter-ge.de' if ctx.sgb2 else 'arbeitsagentur.de'), 'email'
            return make_email(rng, p), 'email'
        if form == 'tel':
            if p is ctx.c:
                return reformat_phone(rng, rec['customer']['phone']), 'phone'
            if p is ctx.cw:
                return reformat_phone(rng, rec['caseWorker']['phone']), 'phone'
            return fmt_phone(rng), 'phone'
        if form == 'addr':
            a = rec['customer']['address']
            return fmt_address(rng, a['street'], a['postcode'], a['city']), 'address'
        if form == 'bd':
            return fmt_date(rng, ctx.c.birth, birth=True), 'birthDate'
        if form == 'iban':
            return fmt_iban(rng, rec['customer']['iban']), 'iban'
        if form == 'tax':
            return fmt_tax(rng, rec['customer']['taxId']), 'taxId'
        if form == 'rv':
            return fmt_rv(rng, rec['customer']['pensionInsuranceNumber']), 'pensionNumber'
        if form == 'kdnr':
            return fmt_kdnr(rng, rec['customerNumber']), 'customerNumber'
        if form == 'bg':
            return fmt_bgnr(rng, ctx.bg_number), 'householdNumber'
        raise KeyError(form)
    if key in ctx.vals:
        return ctx.vals[key]
    if base == 'FIRM':
        v = (firm(ctx), 'company')
    elif base == 'BIG':
        v = (rng.choice(BIG_COMPANIES), 'company')
    elif base == 'SHOP':
        v = (f'{rng.choice(COMPANY_SHOP)} {rng.choice(NAMES[ctx.gen.origin()].get("last") or NAMES["de_CH"]["last"])}', 'company')
    elif base == 'TRAEGER':
        v = (rng.choice(FIRM_TRAEGER).format(f=rng.choice(COMPANY_FANTASY)), 'company')
    elif base == 'FMAIL':
        v = (rng.choice(['info', 'personal', 'bewerbung', 'buero', 'kontakt']) + '@' + rng.choice(COMPANY_FANTASY).lower().replace('ü', 'ue').replace('ä', 'ae').replace('ö', 'oe') + rng.choice(['-gmbh.de', '.de', '-service.de', '.com']), 'email')
    elif base == 'INST':
        v = (inst(ctx), 'institution')
    elif base == 'JC':
        v = (inst(ctx, rng.choice(['Jobcenter {c}', 'Jobcenter {c}', 'Agentur für Arbeit {c}'])), 'institution')
    elif base == 'ABH':
        v = (inst(ctx, rng.choice(['Ausländerbehörde {c}', 'Ausländeramt {c}'])), 'institution')
    elif base == 'KK':
        v = (rng.choice(['AOK Plus', 'AOK Niedersachsen', 'AOK Bayern', 'BKK firmus', 'Knappschaft', 'IKK gesund plus', 'hkk Krankenkasse']), 'institution')
    elif base == 'JA':
        v = (inst(ctx, 'Jugendamt {c}'), 'institution')
    elif base == 'FK':
        v = (rng.choice(['Familienkasse Sachsen', 'Familienkasse Bayern Nord']) if rng.random() < 0.5 else inst(ctx, 'Familienkasse {c}'), 'institution')
    elif base == 'JVA':
        v = (inst(ctx, 'JVA {c}'), 'institution')
    elif base == 'CARITAS':
        v = (inst(ctx, rng.choice(['Caritas {c}', 'Caritasverband {c}', 'Diakonie {c}', 'Diakonisches Werk {c}', 'AWO Kreisverband {c}'])), 'institution')
    elif base == 'HOSP':
        v = (inst(ctx, rng.choice(['Klinikum {c}', 'Universitätsklinikum {c}', 'Helios Klinikum {c}', 'St. Marien-Krankenhaus {c}', 'Städtisches Klinikum {c}'])), 'institution')
    elif base == 'SCHOOL':
        v = (school(ctx), 'institution')
    elif base == 'ADDR':
        pc, city, _ = rng.choice(CITIES)
        v = (fmt_address(rng, make_street(rng), pc, city), 'address')
    elif base == 'DATE':
        d = datetime.date(2022, 6, 1) + datetime.timedelta(days=rng.randrange(1400))
        v = (fmt_date(rng, d), 'date')
    elif base == 'BDATE':
        d = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(30000))
        v = (fmt_date(rng, d, birth=True), 'birthDate')
    elif base == 'MAIL':
        v = (obfuscate(rng, make_email(rng, ctx.gen.person('thirdPersonName'))), 'email')
    elif base == 'TEL':
        v = (fmt_phone(rng), 'phone')
    elif base == 'IBAN':
        v = (fmt_iban(rng, make_iban(rng)), 'iban')
    elif base == 'TAX':
        v = (fmt_tax(rng, make_taxid(rng)), 'taxId')
    elif base == 'RV':
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(20000))
        v = (fmt_rv(rng, make_rvnr(rng, b, rng.choice(NAMES[ctx.gen.origin()].get('last') or ['Aigner']), rng.choice('mf'))), 'pensionNumber')
    elif base == 'KDNR':
        v = (fmt_kdnr(rng, make_kdnr(rng)), 'customerNumber')
    elif base == 'BG':
        v = (fmt_bgnr(rng, make_bgnr(rng)), 'householdNumber')
    elif base == 'PLATE':
        code = ctx.plate_code if rng.random() < 0.5 else rng.choice(CITIES)[2]
        v = (make_plate(rng, code), 'licensePlate')
    elif base == 'PA':
        x = make_doc(rng, 'LMNPRTVWXYZ')
        v = (x.lower() if rng.random() < 0.15 else x, 'idCard')
    elif base == 'PASS':
        x = make_doc(rng, 'CFGHJK')
        v = (x, 'idCard')
    elif base == 'EAT':
        x = make_doc(rng, 'YZ')
        v = (x.lower() if rng.random() < 0.15 else x, 'idCard')
    else:
        raise KeyError(key)
    ctx.vals[key] = v
    return v


def reformat_phone(rng, t):
    """t is stored as '+49PPPNNNNNNN' or '0PPP NNNN'; re-spell it."""
    digits = re.sub(r'\D', '', t)
    nat = '0' + digits[2:] if digits.startswith('49') else digits
    k = rng.randrange(5)
    if k == 0:
        return nat
    if k == 1:
        return f'{nat[:4]} {nat[4:]}'
    if k == 2:
        return f'+49 {nat[1:4]} {nat[4:]}'
    if k == 3:
        return f'{nat[:4]}/{nat[4:]}'
    return f'{nat[:4]}-{nat[4:7]} {nat[7:]}'


def render(template, ctx):
    rng = ctx.gen.rng
    casing = None
    if template[0] in '~^':
        casing = 'lc' if template[0] == '~' else 'uc'
        template = template[1:]
    parts, pos = [], 0
    for m in SLOT.finditer(template):
        lit = template[pos:m.start()]
        if parts and parts[-1][1] is not None and parts[-1][0].endswith('.') and lit.startswith('.'):
            lit = lit[1:]   # no '..' after a date like '15.5.' or an abbreviation
        parts.append((lit, None))
        text, kind = value(m.group(1), m.group(2), ctx)
        sc = m.group(3) or casing
        if sc == 'lc':
            text = lower_de(text)
        elif sc == 'uc':
            text = upper_de(text)
        parts.append((text, kind))
        pos = m.end()
    lit = template[pos:]
    if parts and parts[-1][1] is not None and parts[-1][0].endswith('.') and lit.startswith('.'):
        lit = lit[1:]
    parts.append((lit, None))
    if casing:
        parts = [(lower_de(t) if casing == 'lc' else upper_de(t), k) for t, k in parts]
    return parts


EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']


def build():
    rng = random.Random(f'{SEED}-{SPLIT}')
    g = Gen(rng)
    records, truth = [], []
    offices = {}
    tpl_use = collections.Counter()
    order = []
    for ri in range(N_RECORDS):
        sgb2 = rng.random() < 0.78
        pc, city, plate_code = rng.choice(CITIES)
        office = offices.setdefault(city, (rng.randrange(100, 999), rng.randrange(10, 99)))
        origin = g.origin()
        c = g.person('customerName', origin=origin)
        c.birthname = c.last if rng.random() < 0.55 else g.person('customerName', gender='f', origin=origin).last
        c.birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(16000))
        cw, tl = g.person('staffName'), g.person('staffName')
        org_id = f'{office[0]}{office[1]:02d}'
        rec = {'customerNumber': make_kdnr(rng, office[0])}
        if sgb2:
            rec['householdNumber'] = make_bgnr(rng, org_id)
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = rng.choice(['SAT', 'NSB', 'BY', 'BW', 'RPS', 'HE', 'NORD', 'BB'])
        if sgb2:
            rec['jobCentre'] = {'id': org_id, 'name': f'Jobcenter {city}', 'consents16a': rng.random() < 0.3}
        else:
            rec['agency'] = {'id': str(office[0]), 'name': f'Agentur für Arbeit {city}'}
        rec['team'] = f'{org_id}-T{rng.randrange(1, 15):02d}'
        rec['teamLead'] = {'id': f'TL-{rng.randrange(1000, 9999)}', 'name': f'{tl.first} {tl.last}'}
        cw_phone = fmt_phone(rng, mobile=False)
        cw_mail = f'{ascii_local(cw.first.split()[0].split("-")[0])}.{ascii_local(cw.last)}@' + ('jobcenter-ge.de' if sgb2 else 'arbeitsagentur.de')
        rec['caseWorker'] = {'id': f'MA-{rng.randrange(1000, 9999)}', 'name': f'{cw.first} {cw.last}', 'phone': cw_phone, 'email': cw_mail}
        rec['customer'] = {'firstName': c.first, 'lastName': c.last, 'birthName': c.birthname, 'birthDate': c.birth.isoformat(),
                           'gender': c.gender, 'nationality': NAT[origin],
                           'address': {'street': make_street(rng).split(',')[0], 'postcode': pc, 'city': city},
                           'phone': ('+49' if rng.random() < 0.5 else '0') + rng.choice(['151', '160', '176', '172', '157']) + str(rng.randrange(1000000, 99999999)),
                           'email': make_email(rng, c), 'iban': make_iban(rng), 'taxId': make_taxid(rng),
                           'pensionInsuranceNumber': make_rvnr(rng, c.birth, c.birthname, c.gender)}
        rec['customerProcess'] = rng.choice(['placement', 'placement', 'rehabilitation'])
        rec['customerGroup'] = rng.choice(GROUPS)
        rec['municipalServices16a'] = sgb2 and rng.random() < 0.25
        intake = datetime.date(2023, 3, 1) + datetime.timedelta(days=rng.randrange(450))
        rec['review'] = {'flagged': rng.random() < 0.25, 'month': (intake + datetime.timedelta(days=380)).strftime('%Y-%m'),
                         'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': intake.isoformat(), 'profile': rng.choice(PROFILES)}]
        events, d = [], intake
        for ei in range(rng.randint(3, 7)):
            d = d + datetime.timedelta(days=rng.randrange(2, 45))
            ctx = Ctx(g, rec, c, cw, tl, pc, city, plate_code, office, sgb2)
            ctx.bg_number = rec['householdNumber'] if sgb2 else make_bgnr(rng)
            # least-used templates first so that every template is used
            if not order:
                order = TEMPLATES[:]
                rng.shuffle(order)
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
                ctx.people, ctx.vals = {}, {}   # role slots are per template; C, CW, TL stay the same
                if j:
                    sep = rng.choice(SEPS)
                    if sep == '. ' and parts[-1][0][-1:] in '.!?:':
                        sep = ' '
                    parts.append((sep, None))
                parts.extend(render(t, ctx))
            if note_casing < 0.06:
                parts = [(lower_de(t), k2) for t, k2 in parts]
            elif note_casing < 0.09:
                parts = [(upper_de(t), k2) for t, k2 in parts]
            note, pos = '', 0
            for text, kind in parts:
                if kind is not None and text:
                    truth.append({'record': ri, 'event': ei, 'start': pos, 'end': pos + len(text), 'kind': kind, 'value': text})
                note += text
                pos += len(text)
            events.append({'date': d.isoformat(), 'type': rng.choice(EVENT_TYPES), 'channel': rng.choice(['inPerson', 'phone', 'video', 'letter']), 'note': note})
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
        for e in r['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])
    for t in truth:
        v = t['value']
        if t['kind'] == 'iban':
            assert iban_valid(v.replace('-', '')), v
        elif t['kind'] == 'taxId':
            assert taxid_valid(v), v
        elif t['kind'] == 'pensionNumber':
            assert rv_valid(v), v
        elif t['kind'] == 'idCard':
            assert id_check(v.upper()[:8]) == v[8], v
        elif t['kind'] == 'customerNumber':
            assert re.fullmatch(r'\d{3}[ /-]?[dD][ /-]?\d{6}|\d{3} [dD] \d{6}|\d{3}/[dD]/\d{6}', v), v
        elif t['kind'] == 'householdNumber':
            assert re.sub(r'[ /-]', '', v).upper()[5:7] == 'BG' and len(re.sub(r'[ /-]', '', v)) == 14, v


def main():
    self_check()
    assert len(TEMPLATES) >= 80 and len(set(TEMPLATES)) == len(TEMPLATES)
    records, truth, g, tpl_use = build()
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
    summary = {SPLIT: {'records': len(records), 'events': sum(len(r['events']) for r in records), 'spans': len(truth),
                       'templates': len(TEMPLATES), 'templatesUsed': len(tpl_use),
                       'distinctGivenNamesInPool': len({n for o in NAMES if not o.startswith('_') for k in ('male', 'female') for n in NAMES[o].get(k, [])}),
                       'distinctSurnamesInPool': len({n for o in NAMES if not o.startswith('_') for k in ('last', 'last_male', 'last_female') for n in NAMES[o].get(k, [])}),
                       'distinctGivenNamesUsed': len(g.used_given), 'distinctSurnamesUsed': len(g.used_last),
                       'perKind': dict(sorted(cnt.items()))}}
    with open(os.path.join(HERE, 'counts.json'), 'w', encoding='utf-8') as f:
        json.dump(summary, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
