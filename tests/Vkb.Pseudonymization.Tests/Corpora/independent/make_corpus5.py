# -*- coding: utf-8 -*-
"""Core of make_corpus5.py: check digits, value formatters, pools.  Python 3 stdlib only."""
import json, os, random, re, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- check digits
def iban_check(cc, bban):
    s = ''.join(str(int(c, 36)) for c in (bban + cc + '00').upper())
    return '%02d' % (98 - int(s) % 97)

def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

def fr_rib_key(bank, branch, acct):
    return '%02d' % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def make_iban(rng, cc='DE'):
    if cc == 'DE':
        bban = ''.join(rng.choice('0123456789') for _ in range(18))
    elif cc == 'FR':
        bank = '%05d' % rng.randrange(10000, 99999); br = '%05d' % rng.randrange(100000)
        acct = '%011d' % rng.randrange(10 ** 11)
        bban = bank + br + acct + fr_rib_key(bank, br, acct)
    elif cc == 'LU':
        bban = '%03d' % rng.randrange(1000) + ''.join(rng.choice('0123456789') for _ in range(13))
    elif cc == 'GR':
        bban = ''.join(rng.choice('0123456789') for _ in range(23))
    elif cc == 'IE':
        bban = rng.choice(['AIBK', 'BOFI', 'IPBS']) + ''.join(rng.choice('0123456789') for _ in range(14))
    elif cc == 'SE':
        bban = ''.join(rng.choice('0123456789') for _ in range(20))
    iban = cc + iban_check(cc, bban) + bban
    assert iban_valid(iban)
    return iban

def taxid_check(d10):
    prod = 10
    for c in d10:
        s = (int(c) + prod) % 10
        if s == 0: s = 10
        prod = (s * 2) % 11
    chk = 11 - prod
    return 0 if chk == 10 else chk

def taxid_valid(t):
    if not re.fullmatch(r'[1-9]\d{10}', t): return False
    first = t[:10]
    cnt = {c: first.count(c) for c in set(first)}
    multi = [c for c, n in cnt.items() if n > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3): return False
    if cnt[multi[0]] == 3 and multi[0] * 3 in first: return False
    return taxid_check(first) == int(t[10])

def make_taxid(rng):
    while True:
        first = str(rng.randrange(1, 10)) + ''.join(rng.choice('0123456789') for _ in range(9))
        t = first + str(taxid_check(first))
        if taxid_valid(t):
            return t

def rv_check(num11):  # num11 like 12120784M50
    area, bd, letter, ser = num11[:2], num11[2:8], num11[8], num11[9:11]
    digits = area + bd + '%02d' % (ord(letter.upper()) - 64) + ser
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum(sum(divmod(int(d) * wi, 10)) for d, wi in zip(digits, w))
    return str(tot % 10)

def rv_valid(rv):
    rv = re.sub(r'[\s./-]', '', rv).upper()
    return bool(re.fullmatch(r'\d{8}[A-Z]\d{3}', rv)) and rv_check(rv[:11]) == rv[11]

def fold_initial(name):
    import unicodedata
    c = unicodedata.normalize('NFD', name)[0].upper()
    return c if 'A' <= c <= 'Z' else 'X'

def make_rv(rng, birth, birthname, gender):
    area = rng.choice(['12', '13', '14', '15', '16', '17', '18', '19', '21', '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89'])
    ser = '%02d' % (rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100))
    n = area + birth.strftime('%d%m%y') + fold_initial(birthname) + ser
    r = n + rv_check(n)
    assert rv_valid(r)
    return r

ID_ALPHA = '0123456789CFGHJKLMNPRTVWXYZ'
def id_check(s):
    w = [7, 3, 1]
    return str(sum((int(c) if c.isdigit() else ord(c) - 55) * w[i % 3] for i, c in enumerate(s)) % 10)

def make_id(rng, kind):
    first = rng.choice('LMNPRTVWXYZ' if kind != 'pass' else 'CFGHJK')
    body = first + ''.join(rng.choice(ID_ALPHA) for _ in range(8))
    return body + id_check(body)

def id_valid(v):
    v = v.replace(' ', '').upper()
    return len(v) == 10 and all(c in ID_ALPHA for c in v) and id_check(v[:9]) == v[9]

def self_check():
    assert iban_valid('DE89370400440532013000')
    assert taxid_valid('86095742719') and taxid_valid('47036892816')
    assert rv_check('15070649C10') == '3'
    assert id_check('T22000129') == '3'

    rng = random.Random(1)
    for _ in range(300):
        assert taxid_valid(make_taxid(rng))
        assert id_valid(make_id(rng, 'pa')) and id_valid(make_id(rng, 'pass'))
        for cc in ('DE', 'FR', 'LU', 'GR', 'IE', 'SE'):
            assert iban_valid(make_iban(rng, cc))

# ---------------------------------------------------------------- cities: name, postcode, plate, region
CITIES = [
    ('Attendorn', '57439', 'OE', 'NRW'),
    ('Brilon', '59929', 'HSK', 'NRW'),
    ('Rheine', '48431', 'ST', 'NRW'),
    ('Emmerich am Rhein', '46446', 'KLE', 'NRW'),
    ('Geldern', '47608', 'KLE', 'NRW'),
    ('Erkelenz', '41812', 'HS', 'NRW'),
    ('Heinsberg', '52525', 'HS', 'NRW'),
    ('Wipperfürth', '51688', 'GM', 'NRW'),
    ('Waldbröl', '51545', 'GM', 'NRW'),
    ('Schleiden', '53937', 'EU', 'NRW'),
    ('Lübbecke', '32312', 'MI', 'NRW'),
    ('Lemgo', '32657', 'LIP', 'NRW'),
    ('Warburg', '34414', 'HX', 'NRW'),
    ('Beckum', '59269', 'WAF', 'NRW'),
    ('Ibbenbüren', '49477', 'ST', 'NRW'),
    ('Dülmen', '48249', 'COE', 'NRW'),
    ('Kamen', '59174', 'UN', 'NRW'),
    ('Schwerte', '58239', 'UN', 'NRW'),
    ('Plettenberg', '58840', 'MK', 'NRW'),
    ('Lingen', '49808', 'EL', 'NSB'),
    ('Quakenbrück', '49610', 'OS', 'NSB'),
    ('Diepholz', '49356', 'DH', 'NSB'),
    ('Sulingen', '27232', 'DH', 'NSB'),
    ('Soltau', '29614', 'HK', 'NSB'),
    ('Walsrode', '29664', 'HK', 'NSB'),
    ('Buxtehude', '21614', 'STD', 'NSB'),
    ('Osterholz-Scharmbeck', '27711', 'OHZ', 'NSB'),
    ('Einbeck', '37574', 'NOM', 'NSB'),
    ('Rendsburg', '24768', 'RD', 'NORD'),
    ('Elmshorn', '25335', 'PI', 'NORD'),
    ('Mölln', '23879', 'RZ', 'NORD'),
    ('Parchim', '19370', 'PCH', 'NORD'),
    ('Ludwigslust', '19288', 'LUP', 'NORD'),
    ('Waren (Müritz)', '17192', 'MÜR', 'NORD'),
    ('Anklam', '17389', 'VG', 'NORD'),
    ('Pasewalk', '17309', 'VG', 'NORD'),
    ('Bergen auf Rügen', '18528', 'VR', 'NORD'),
    ('Prenzlau', '17291', 'UM', 'BB'),
    ('Schwedt/Oder', '16303', 'UM', 'BB'),
    ('Luckenwalde', '14943', 'TF', 'BB'),
    ('Königs Wusterhausen', '15711', 'LDS', 'BB'),
    ('Lübben (Spreewald)', '15907', 'LDS', 'BB'),
    ('Finsterwalde', '03238', 'EE', 'BB'),
    ('Rathenow', '14712', 'HVL', 'BB'),
    ('Oranienburg', '16515', 'OHV', 'BB'),
    ('Döbeln', '04720', 'DL', 'SAT'),
    ('Annaberg-Buchholz', '09456', 'ERZ', 'SAT'),
    ('Weißwasser', '02943', 'GR', 'SAT'),
    ('Sangerhausen', '06526', 'MSH', 'SAT'),
    ('Zeitz', '06712', 'BLK', 'SAT'),
    ('Sonneberg', '96515', 'SON', 'SAT'),
    ('Mühlhausen', '99974', 'UH', 'SAT'),
    ('Pößneck', '07381', 'SOK', 'SAT'),
    ('Büdingen', '63654', 'FB', 'HE'),
    ('Gelnhausen', '63571', 'MKK', 'HE'),
    ('Bensheim', '64625', 'HP', 'HE'),
    ('Erbach', '64711', 'ERB', 'HE'),
    ('Frankenberg (Eder)', '35066', 'KB', 'HE'),
    ('Kusel', '66869', 'KUS', 'RPS'),
    ('Montabaur', '56410', 'WW', 'RPS'),
    ('Sankt Wendel', '66606', 'WND', 'RPS'),
    ('Sigmaringen', '72488', 'SIG', 'BW'),
    ('Rottweil', '78628', 'RW', 'BW'),
    ('Waldshut-Tiengen', '79761', 'WT', 'BW'),
    ('Cham', '93413', 'CHA', 'BY'),
    ('Regen', '94209', 'REG', 'BY'),
    ('Dingolfing', '84130', 'DGF', 'BY'),
    ('Kronach', '96317', 'KC', 'BY'),
    ('Kulmbach', '95326', 'KU', 'BY'),
    ('Marktredwitz', '95615', 'WUN', 'BY'),
    ('Neustadt an der Aisch', '91413', 'NEA', 'BY'),
    ('Gunzenhausen', '91710', 'WUG', 'BY'),
    ('Donauwörth', '86609', 'DON', 'BY'),
    ('Lohr am Main', '97816', 'MSP', 'BY'),
    ('Haßfurt', '97437', 'HAS', 'BY'),
    ('Mindelheim', '87719', 'MN', 'BY'),
]

STREET_BASES = ['Goldammer', 'Bussard', 'Sanddorn', 'Berberitzen', 'Liguster', 'Kürschner', 'Kupferschmiede', 'Zinngießer', 'Köhler', 'Pottasche', 'Gradierwerk', 'Imker', 'Droste-Hülshoff-', 'Annette-Kolb-', 'Ricarda-Huch-', 'Lise-Meitner-', 'Otto-Hahn-', 'Max-Planck-', 'Carl-Benz-', 'Rudolf-Diesel-', 'Wolfsschlucht', 'Dachsbau', 'Otterbach', 'Forellen', 'Karpfenteich', 'Mauersegler', 'Rotkehlchen', 'Fink', 'Haselnuss', 'Walnuss', 'Mohnblumen', 'Lupinen', 'Heckenrosen', 'Seidelbast', 'Brombeer', 'Johannisbeer', 'Stachelbeer', 'Mirabellen', 'Zwetschgen', 'Leineweber', 'Strumpfwirker', 'Seifensieder', 'Ölmühlen', 'Walkmühlen', 'Sägewerks']
STREET_SUFFIX = [('straße', 'str.'), ('weg', 'weg'), ('gasse', 'g.'), ('ring', 'ring'), ('allee', 'allee'), ('platz', 'pl.'), ('damm', 'damm')]
STREET_FIXED = ['Am Markt', 'An der Kirche', 'Unter der Burg', 'Hinterm Zaun', 'Hinter den Gärten', 'Am Lindenbühl', 'Zum Sportplatz',
    'Alter Postweg', 'Lange Reihe', 'Neue Straße', 'Obere Bleichgasse', 'Untere Bachgasse', 'Kleiner Anger', 'Am Wasserturm',
    'In der Aue', 'Zur Alten Ziegelei', 'Auf der Heide', 'Am Schlossberg', 'Marktplatz', 'Kirchplatz', 'Rathausplatz',
    'Hauptstraße', 'Bahnhofstraße', 'Dorfstraße', 'Schulstraße', 'Gartenstraße', 'Am Hang', 'Brückenstraße']

FOREIGN_ADDR = [
    ('ul. {w} {n}/{m}', '{pl} {c}', ['Kwiatowa', 'Ogrodowa', 'Lipowa', 'Polna', 'Słoneczna'], ['Opole', 'Zielona Góra', 'Legnica'], 'PL'),
    ('str. {w} nr. {n}', '{pl} {c}', ['Florilor', 'Mihai Eminescu', 'Libertății', 'Unirii'], ['Suceava', 'Bacău', 'Craiova'], 'RO'),
    ('{w} {n}', '{pl} {c}', ['Rue des Tilleuls', 'Rue de la Gare', 'Avenue Foch', 'Chemin des Vignes'], ['Thionville', 'Nancy', 'Colmar'], 'FR'),
    ('{w} {n}', 'A-{pl} {c}', ['Kaiserstraße', 'Linzer Gasse', 'Grazer Straße'], ['Wels', 'Villach', 'Wiener Neustadt'], 'AT'),
    ('{w} {n}', '{pl} {c}', ['Atatürk Cad.', 'Cumhuriyet Mah. Gül Sok.', 'İnönü Bulvarı'], ['Kayseri', 'Konya', 'Samsun'], 'TR'),
    ('{w} {n}', '{c}', ['Al-Nasr Street', 'Baghdad Street'], ['Aleppo', 'Hama', 'Erbil'], 'SY'),
]

INST_TYPES = ['Jobcenter {c}', 'Agentur für Arbeit {c}', 'Amtsgericht {c}', 'Landgericht {c}', 'Sozialgericht {c}', 'Arbeitsgericht {c}',
    'Ausländerbehörde {c}', 'Ausländeramt {c}', 'Sozialamt {c}', 'Jugendamt {c}', 'Wohngeldstelle {c}', 'Bürgeramt {c}',
    'Finanzamt {c}', 'Familienkasse {c}', 'Kreisverwaltung {c}', 'Landratsamt {c}', 'Stadtverwaltung {c}', 'Gesundheitsamt {c}',
    'Klinikum {c}', 'Kreiskrankenhaus {c}', 'St.-Elisabeth-Krankenhaus {c}', 'LVR-Klinik {c}', 'Suchtberatung {c}',
    'Caritasverband {c}', 'Diakonisches Werk {c}', 'AWO Kreisverband {c}', 'DRK-Kreisverband {c}', 'VHS {c}',
    'Volkshochschule {c}', 'Berufskolleg {c}', 'Berufsbildende Schulen {c}', 'Handwerkskammer {c}', 'IHK {c}',
    'Polizeiinspektion {c}', 'JVA {c}', 'Tafel {c}', 'Frauenhaus {c}', 'Schuldnerberatung der Diakonie {c}',
    'Pro Familia {c}', 'Bewährungshilfe {c}', 'Staatsanwaltschaft {c}', 'Kreishandwerkerschaft {c}']
INST_NAMED = ['DRV Schleswig-Holstein', 'Techniker-Krankenkasse Landesvertretung', 'Energie-BKK', 'BKK24', 'Mobil Krankenkasse', 'Continentale BKK', 
    'Berufsförderungswerk Bad Wildbad',
    'Sozialverband SoVD', 'Bundesamt für Justiz', 'Bundeszentralamt für Steuern', 'Kinderschutzbund', 'Paritätischer Wohlfahrtsverband',
    'Arbeiter-Samariter-Bund', 'Berufsbildungswerk Waiblingen', 'Grone-Schule', 'TÜV Rheinland Akademie', 'Deutsche Angestellten-Akademie',
    'Johanniter-Unfall-Hilfe', 'Lebenshilfe Unterfranken', 'Mieterverein Ostholstein', 'VdK Sozialverband', 'Weißer Ring', 'Zoll (FKS)',
    'Landesamt für Asyl und Rückführungen', 'Integrationsfachdienst Ostwestfalen', 'Berufsförderungswerk Dortmund', 'HEK']
SCHOOLS = ['Grundschule Sonnenhügel', 'Anne-Frank-Realschule', 'Pestalozzi-Förderschule', 'Gesamtschule Am Kreuzberg',
    'Kita Waldwichtel', 'Kita Wiesenstrolche', 'Gymnasium St. Ursula', 'Erich-Kästner-Grundschule', 'Hauptschule Am Stadtpark',
    'Kindergarten Zwergenburg', 'Montessori-Kinderhaus Löwenzahn']

COMP_TRADE = ['Bau', 'Logistik', 'Gebäudereinigung', 'Pflegedienst', 'Zeitarbeit', 'Personaldienstleistungen', 'Metallbau',
    'Spedition', 'Sicherheitsdienst', 'Gastronomie', 'Transporte', 'Haustechnik', 'Elektro', 'Malerbetrieb', 'Fleischwaren',
    'Verpackung', 'Kunststofftechnik', 'Garten- und Landschaftsbau', 'Autoteile', 'Kurierdienst']
COMP_FANTASY = ['Moorwind', 'Weserland', 'Sauerlandblick', 'Alpenglanz', 'Novatec', 'Primaflex', 'Optiwork', 'Brightclean',
    'Kieselgrund', 'Fjordgrün', 'Silberdistel', 'Tannenhof', 'Solaris', 'Mainbogen', 'Elbkante', 'Heidekraut', 'Sternkraft',
    'Vitapur', 'Maxiserv', 'Adlerhorst', 'Lindwurm', 'Leuchtfeuer', 'Bergquell', 'Talwerk']
COMP_LEGAL = ['GmbH', 'GmbH & Co. KG', 'KG', 'AG', 'UG (haftungsbeschränkt)', 'e.K.', 'OHG', 'GbR', 'mbH', 'SE', 'gGmbH', 'Ltd.']
COMP_SHOP = ['Bäckerei', 'Fleischerei', 'Friseursalon', 'Imbiss', 'Pizzeria', 'Autohaus', 'Blumenhaus', 'Reinigung', 'Kiosk',
    'Getränkemarkt', 'Schreinerei', 'Dachdeckerei', 'Hotel', 'Gasthof', 'Änderungsschneiderei', 'Fahrschule']
BRANDS = ['Thomas Philipps', 'NKD', 'Marktkauf', 'Bünting', 'Wasgau', 'Feneberg',
    'Nahkauf', 'Poco', 'Sconto', 'Kodi', 'Tedox', 'B1 Discount Baumarkt', 'Hagebaumarkt', 'Bauhaus', 'Bahlsen', 'Haribo',
    'Dr. Oetker', 'Miele', 'Claas', 'Stihl', 'Trigema', 'Vapiano', 'Backwerk', 'Subway', "Domino's", 
    'Picnic', 'Rusta', 'Hit Ulrich', 'Combi Markt']
FOREIGN_PLATES = [('PL', lambda r: r.choice(['WA', 'KR', 'PO', 'WR', 'GD']) + ' ' + '%05d' % r.randrange(100000)),
    ('NL', lambda r: '%02d-%s-%d' % (r.randrange(100), ''.join(r.choice('BDFGHJKLNPRSTXZ') for _ in range(3)), r.randrange(1, 10))),
    ('A', lambda r: r.choice(['W', 'L', 'G', 'S', 'I']) + '-' + '%d%s' % (r.randrange(100, 99999), r.choice('ABCDEFGHKLMNP'))),
    ('F', lambda r: '%s-%03d-%s' % (''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)), r.randrange(1000), ''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2)))),
    ('CH', lambda r: r.choice(['ZH', 'BE', 'SG', 'AG', 'BS']) + ' ' + str(r.randrange(1000, 999999))),
    ('RO', lambda r: r.choice(['B', 'SV', 'BC', 'DJ', 'IS']) + ' %02d %s' % (r.randrange(1, 100), ''.join(r.choice('ABCDEFGHJKLMNPRSTVXYZ') for _ in range(3)))),
    ('CZ', lambda r: '%d%s%d %04d' % (r.randrange(1, 10), r.choice('ABCEHJKLMPSTUZ'), r.randrange(10), r.randrange(10000)))]

MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']
ORD = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten', 'elften',
    'zwölften', 'dreizehnten', 'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten', 'achtzehnten', 'neunzehnten',
    'zwanzigsten', 'einundzwanzigsten', 'zweiundzwanzigsten', 'dreiundzwanzigsten', 'vierundzwanzigsten', 'fünfundzwanzigsten',
    'sechsundzwanzigsten', 'siebenundzwanzigsten', 'achtundzwanzigsten', 'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten']

def fmt_date(rng, d, birth=False):
    f = rng.randrange(15 if not birth else 11)
    if f == 0: return d.strftime('%d.%m.%Y')
    if f == 1: return '%d.%d.%s' % (d.day, d.month, d.strftime('%y'))
    if f == 2: return '%d.%d.%d' % (d.day, d.month, d.year)
    if f == 3: return d.strftime('%d.%m.%y')
    if f == 4: return '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year)
    if f == 5: return '%02d.%02d. %d' % (d.day, d.month, d.year)
    if f == 6: return '%d.%s %d' % (d.day, MON_ABBR[d.month - 1], d.year)
    if f == 7: return d.strftime('%d/%m/%Y')
    if f == 8: return '%d %s %d' % (d.day, MONTHS[d.month - 1].lower() if rng.random() < .5 else MONTHS[d.month - 1], d.year)
    if f == 9: return d.strftime('%d-%m-%Y')
    if f == 10: return d.strftime('%Y-%m-%d')
    if f == 11: return '%d. %s' % (d.day, MONTHS[d.month - 1])
    if f == 12: return d.strftime('%d.%m.')
    if f == 13: return '%s %s' % (ORD[d.day - 1], MONTHS[d.month - 1])
    return '%d.%d.' % (d.day, d.month)

# ================================================================ engine (make_corpus5.py)
SEED = '20261206-5'
NAMES = json.load(open(os.path.join(HERE, 'names5.json'), encoding='utf-8'))
DROP = set()  # nothing extra dropped so far
ORIGINS = [('en_US', 8), ('en_NZ', 7), ('es_CL', 8), ('es_CA', 1), ('fr_BE', 8), ('en_TH', 4), ('zh_CN', 3), ('en_PK', 9),
           ('is_IS', 4), ('ir_own', 6), ('mn_kz_own', 3), ('ne_own', 3), ('nd_own', 6)]
SURNAME_FALLBACK = {'es_CA': 'es_CL'}


class P:
    def __init__(self, given, surname, gender, kind):
        self.given, self.surname, self.gender, self.kind = given, surname, gender, kind

    @property
    def full(self):
        return self.given + ' ' + self.surname


def pick_person(rng, kind, gender=None, surname=None):
    o = rng.choices([o for o, _ in ORIGINS], [w for _, w in ORIGINS])[0]
    d = NAMES[o]
    g = gender or rng.choice('mf')
    pool = d.get(g) or d.get('u') or []
    if not pool or (d.get('u') and rng.random() < .5):
        pool = d.get('u') or pool
    if not pool:
        return pick_person(rng, kind, gender, surname)
    given = rng.choice(pool)
    if surname is None:
        sp = d.get('s') or NAMES[SURNAME_FALLBACK.get(o, 'es_CL')]['s']
        surname = rng.choice(sp)
        if o == 'is_IS':
            surname = surname if (surname.endswith('son') if g == 'm' else surname.endswith('dóttir')) else surname
        if rng.random() < .06:  # double surname
            surname = surname + '-' + rng.choice(NAMES[rng.choice(['en_US', 'fr_BE', 'es_CL'])]['s'])
    if rng.random() < .05 and o not in ('zh_CN', 'en_TH'):
        given = given + '-' + rng.choice(pool)
    return P(given, surname, g, kind)


def name_form(rng, p, style=None):
    s = style or rng.choices(['full', 'sur', 'inv', 'ini', 'SUR', 'FULLUC', 'given', 'lc', 'supper'],
                             [40, 25, 7, 7, 5, 3, 5, 4, 4])[0]
    if s == 'full': return p.full
    if s == 'sur': return p.surname
    if s == 'inv': return p.surname + ', ' + p.given
    if s == 'ini': return p.given[0] + '. ' + p.surname
    if s == 'SUR': return p.given + ' ' + p.surname.upper()
    if s == 'FULLUC': return p.surname.upper() + ', ' + p.given
    if s == 'given': return p.given
    if s == 'lc': return p.full.lower()
    if s == 'supper': return p.surname.upper()
    raise ValueError(s)


def rand_date(rng, base, lo, hi):
    return base + dt.timedelta(days=rng.randrange(lo, hi))


def fmt_iban(rng, iban):
    f = rng.randrange(9)
    g = ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if f == 0: return iban
    if f == 1: return g
    if f == 2: return iban.lower()
    if f == 3: return g.lower()
    if f == 4: return iban[:2] + ' ' + iban[2:4] + ' ' + ' '.join(iban[i:i + 4] for i in range(4, len(iban), 4))
    if f == 5: return '-'.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if f == 6:
        parts = g.split(' ')
        return ' '.join(parts[:3]) + '\n' + ' '.join(parts[3:])
    if f == 7: return iban[:4] + ' ' + iban[4:]
    return g.replace(' ', '  ', 2)


def fmt_taxid(rng, t):
    return rng.choice([t, t[:2] + ' ' + t[2:5] + ' ' + t[5:8] + ' ' + t[8:], t[:3] + ' ' + t[3:6] + ' ' + t[6:9] + ' ' + t[9:],
                       t[:2] + '/' + t[2:5] + '/' + t[5:8] + '/' + t[8:], t[:4] + ' ' + t[4:8] + ' ' + t[8:], t[:5] + '-' + t[5:]])


def fmt_rv(rng, r):
    a, b, c, d = r[:2], r[2:8], r[8], r[9:]
    return rng.choice([r, a + ' ' + b + ' ' + c + ' ' + d, a + ' ' + b + ' ' + c + d, a + b + ' ' + c + ' ' + d, (a + b + c + d).lower(),
                       a + ' ' + b[:2] + ' ' + b[2:4] + ' ' + b[4:] + ' ' + c + ' ' + d, a + '-' + b + '-' + c + '-' + d])


def fmt_id(rng, v):
    return rng.choice([v, v, v.lower(), v[:4] + ' ' + v[4:], v[:9] + ' ' + v[9], v[:3] + ' ' + v[3:6] + ' ' + v[6:]])


def fmt_kdnr(rng, k):
    a, b = k[:3], k[4:]
    return rng.choice([k, a + ' D ' + b, k.lower(), a + ' D' + b, a + '-D-' + b, a + 'd ' + b, a + ' / D / ' + b, a + 'D ' + b[:3] + ' ' + b[3:]])


def fmt_bg(rng, b):
    a, c = b[:5], b[7:]
    return rng.choice([b, a + ' BG ' + c, b.lower(), a + '-BG-' + c, a + ' bg ' + c, a + 'BG ' + c, a + '/BG/' + c])


def fmt_phone(rng, area, sub, mobile=False):
    s = sub
    f = rng.randrange(16)
    if f == 0: return '0%s %s' % (area, s)
    if f == 1: return '0%s/%s' % (area, s)
    if f == 2: return '(0%s) %s' % (area, s)
    if f == 3: return '+49 %s %s' % (area, s)
    if f == 4: return '+49 (0) %s %s' % (area, s)
    if f == 5: return '0049 %s %s' % (area, s)
    if f == 6: return '0%s-%s' % (area, s)
    if f == 7: return '+49-%s-%s' % (area, s)
    if f == 8: return '0%s / %s %s' % (area, s[:3], s[3:])
    if f == 9: return '0%s %s-%s' % (area, s[:-2], s[-2:])
    if f == 10: return '0%s %s' % (area, ' '.join(s[i:i + 2] for i in range(0, len(s), 2)))
    if f == 11: return '+49%s%s' % (area, s)
    if f == 12: return '0%s%s' % (area, s)
    if f == 13: return '+49 (%s) %s' % (area, s)
    if f == 14: return '0%s.%s' % (area, s)
    return '0 %s - %s' % (area, s)


def phone_digits(rng, mobile):
    if mobile:
        return rng.choice(['151', '152', '157', '160', '162', '163', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179', '1512', '1590']), ''.join(rng.choice('0123456789') for _ in range(rng.choice([7, 8])))
    c = rng.choice(CITIES)
    area = rng.choice(['291', '2761', '2941', '2581', '2821', '2162', '2271', '2241', '2351', '5221', '5271', '2541', '4471', '4441',
                       '5021', '4261', '581', '5531', '491', '4941', '4231', '4221', '5371', '4141', '4841', '481', '4521', '4541',
                       '3841', '3843', '395', '3831', '3877', '3334', '355', '3573', '3361', '3391', '3591', '3581', '375', '3731',
                       '3525', '340', '3941', '3931', '3461', '3631', '3621', '3671', '6441', '661', '6621', '6431', '6181', '6781',
                       '6331', '2631', '671', '6341', '6831', '6841', '791', '7461', '751', '7621', '7321', '7721', '6261', '7161',
                       '851', '9421', '961', '9281', '8341', '8031', '9721', '981', '991', '8331'])
    return area, ''.join(rng.choice('123456789')) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([4, 5, 6])))


def foreign_phone(rng):
    return rng.choice(['+48 %d %03d %03d' % (rng.randrange(500, 899), rng.randrange(1000), rng.randrange(1000)),
                       '+40 7%02d %03d %03d' % (rng.randrange(100), rng.randrange(1000), rng.randrange(1000)),
                       '+90 5%02d %03d %02d %02d' % (rng.randrange(100), rng.randrange(1000), rng.randrange(100), rng.randrange(100)),
                       '+43 664 %07d' % rng.randrange(10 ** 7), '+33 6 %02d %02d %02d %02d' % tuple(rng.randrange(100) for _ in range(4)),
                       '00963 9%02d %03d %03d' % (rng.randrange(100), rng.randrange(1000), rng.randrange(1000)),
                       '+977 98%08d' % rng.randrange(10 ** 8)])


def street(rng, abbrev_ok=True):
    if rng.random() < .3:
        s = rng.choice(STREET_FIXED)
        if abbrev_ok and s.endswith('straße') and rng.random() < .4:
            s = s[:-6] + rng.choice(['str.', 'str', 'str.'])
        return s
    base = rng.choice(STREET_BASES)
    suf, ab = rng.choice(STREET_SUFFIX)
    if base.endswith('-'):
        suf = suf.capitalize(); ab = ab.capitalize()
    if abbrev_ok and rng.random() < .35:
        r = rng.random()
        if suf == 'straße' and r < .3 and not base.endswith('-'):
            return base + '-Str.'
        return base + ab
    if rng.random() < .06:
        return (base + suf).lower()
    return base + suf


def house_no(rng, rng2=None):
    n = rng.randrange(1, 140)
    f = rng.randrange(12)
    if f < 5: return str(n)
    if f == 5: return '%d%s' % (n, rng.choice('abcd'))
    if f == 6: return '%d %s' % (n, rng.choice('abc'))
    if f == 7: return '%d-%d' % (n, n + rng.choice([1, 2, 4]))
    if f == 8: return '%d/%d' % (n, n + 1)
    if f == 9: return '%d%s' % (n, rng.choice(['a', 'b']))
    if f == 10: return '%d-%d%s' % (n, n + 2, rng.choice(['', 'a']))
    return str(n)


def addr_suffix(rng, gen):
    f = rng.randrange(14)
    if f == 0: return ', Hinterhaus'
    if f == 1: return ' (Hinterhaus)'
    if f == 2: return ', Whg. %d' % rng.randrange(1, 40)
    if f == 3: return ', %d. OG %s' % (rng.randrange(1, 6), rng.choice(['links', 'rechts', 'Mitte', 'li.', 're.']))
    if f == 4: return ' c/o ' + gen.other_person().surname
    if f == 5: return ', Whg %d, EG' % rng.randrange(1, 30)
    if f == 6: return ', App. %d' % rng.randrange(1, 90)
    if f == 7: return ', Seiteneingang'
    return ''


def fmt_address(rng, gen, st, no, plz, city, mode=None):
    suffix = addr_suffix(rng, gen) if rng.random() < .35 else ''
    core = st + ' ' + no + suffix
    m = mode if mode is not None else rng.randrange(9)
    if m == 0: return core
    if m == 1: return core + ', ' + plz + ' ' + city
    if m == 2: return core + ' in ' + plz + ' ' + city
    if m == 3: return core + '\n' + plz + ' ' + city
    if m == 4: return plz + ' ' + city + ', ' + core
    if m == 5: return core + ', ' + city
    if m == 6: return core + ' ' + plz + ' ' + city
    if m == 7: return 'c/o ' + gen.other_person().full + ', ' + st + ' ' + no + ', ' + plz + ' ' + city
    return plz + ' ' + city + ' - ' + core


def plate(rng, code=None):
    code = code or rng.choice(CITIES)[2]
    letters = ''.join(rng.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') for _ in range(rng.choice([1, 2, 2])))
    num = str(rng.randrange(1, 10 ** rng.choice([2, 3, 4])))
    while len(code + letters + num) > 8:
        num = num[:-1] or '1'
    suf = rng.choice(['', '', '', '', '', 'E', 'H'])
    f = rng.randrange(9)
    if f == 0: v = '%s-%s %s%s' % (code, letters, num, suf)
    elif f == 1: v = '%s %s %s%s' % (code, letters, num, suf)
    elif f == 2: v = '%s-%s-%s' % (code, letters, num)
    elif f == 3: v = '%s %s%s' % (code, letters, num)
    elif f == 4: v = '%s:%s %s' % (code, letters, num)
    elif f == 5: v = ('%s-%s %s' % (code, letters, num)).lower()
    elif f == 6: v = '%s - %s %s' % (code, letters, num)
    elif f == 7: v = '%s%s%s' % (code, letters, num)
    else: v = '%s-%s%s' % (code, letters, num)
    return v


def email_of(rng, p, domain=None):
    import unicodedata
    f = lambda s: ''.join(c for c in unicodedata.normalize('NFD', s.lower().replace('ß', 'ss').replace('ð', 'd').replace('þ', 'th').replace('æ', 'ae').replace('ø', 'o').replace('ł', 'l')) if unicodedata.category(c) != 'Mn' and (c.isalnum() or c in '.-_'))
    dom = domain or rng.choice(['gmx.de', 'web.de', 't-online.de', 'posteo.de', 'freenet.de', 'outlook.de', 'gmail.com', 'yahoo.de', 'icloud.com', 'mailbox.org', 'aol.com'])
    loc = rng.choice(['%s.%s', '%s_%s', '%s%s', '%s-%s', '%.1s.%s', '%s.%s%d']).replace('%d', str(rng.randrange(70, 100)))
    return (loc % (f(p.given.split('-')[0]), f(p.surname.split('-')[0]))) + '@' + dom


def obf_mail(rng, m):
    f = rng.randrange(8)
    if f == 0: return m.replace('@', ' at ').replace('.', ' dot ', 1) if m.count('.') else m
    if f == 1: return m.replace('@', '(at)')
    if f == 2: return m.replace('@', ' [at] ')
    if f == 3: return m.upper()
    if f == 4: return m.replace('@', ' @ ')
    return m


class Rec:
    pass


def make_record(rng, idx):
    r = Rec()
    r.sgb = 'SGB2' if rng.random() < .78 else 'SGB3'
    r.city = rng.choice(CITIES)
    r.gender = rng.choice('mf')
    r.cust = pick_person(rng, 'customerName', r.gender)
    r.birthname = r.cust.surname if (r.gender == 'm' or rng.random() < .5) else pick_person(rng, 'customerName', 'f').surname
    r.birth = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 43))
    r.sb = pick_person(rng, 'staffName')
    r.tl = pick_person(rng, 'staffName')
    r.jc_id = r.city[1][:3] + '%02d' % rng.randrange(1, 99)
    r.kdnr = r.jc_id[:3] + 'D' + '%06d' % rng.randrange(10 ** 6)
    r.bg = r.jc_id + 'BG' + '%07d' % rng.randrange(10 ** 7)
    r.iban = make_iban(rng, 'DE' if rng.random() < .85 else rng.choice(['FR', 'LU', 'GR', 'IE', 'SE']))
    r.taxid = make_taxid(rng)
    r.rv = make_rv(rng, r.birth, r.birthname, r.gender)
    r.idno = make_id(rng, 'pa')
    r.passno = make_id(rng, 'pass')
    r.mobile = rng.random() < .7
    r.ph = phone_digits(rng, r.mobile)
    r.mail = email_of(rng, r.cust)
    r.street, r.no = street(rng, abbrev_ok=False), str(rng.randrange(1, 120)) + rng.choice(['', '', '', 'a', 'b'])
    r.sb_ph = phone_digits(rng, False)
    r.sb_mail = email_of(rng, r.sb, 'jobcenter-ge.de' if r.sgb == 'SGB2' else 'arbeitsagentur.de').replace('_', '.')
    r.plate = plate(rng, r.city[2])
    r.intake = dt.date(2023, 1, 5) + dt.timedelta(days=rng.randrange(0, 420))
    return r


class Gen:
    """renders one note; slot results are cached per note so {p1} twice is the same person"""
    def __init__(self, rng, rec, when):
        self.rng, self.r, self.when, self.cache = rng, rec, when, {}

    def other_person(self, gender=None):
        return pick_person(self.rng, 'thirdPersonName', gender)

    def person(self, key, kind, gender=None, surname=None):
        if key not in self.cache:
            self.cache[key] = pick_person(self.rng, kind, gender, surname)
        return self.cache[key]

    def slot(self, name):
        rng, r = self.rng, self.r
        base, _, form = name.partition('_')
        cust = r.cust
        # ---- gendered cue words (not planted)
        cues = {'kd': ('Kd.', 'Kdn.'), 'Kd': ('Kunde', 'Kundin'), 'er': ('er', 'sie'), 'Er': ('Er', 'Sie'), 'sein': ('sein', 'ihr'),
                'hr': ('Herr', 'Frau'), 'hrk': ('Hr.', 'Fr.'), 'ihm': ('ihm', 'ihr'), 'ihn': ('ihn', 'sie'), 'der': ('der', 'die'),
                'KD': ('KD', 'KDN'), 'HR': ('HERR', 'FRAU')}
        if name in cues:
            return cues[name][r.gender == 'f'], None
        # ---- people
        forms = {'': None, 'f': 'full', 's': 'sur', 'g': 'given', 'i': 'inv', 'u': 'SUR', 'lc': 'lc', 'ini': 'ini', 'U': 'supper'}
        if base == 'kn':
            if form == 'b':
                return r.birthname, 'customerName'
            return name_form(rng, cust, forms[form]), 'customerName'
        if base in ('sb', 'tl'):
            p = r.sb if base == 'sb' else r.tl
            return name_form(rng, p, forms[form]), 'staffName'
        if re.fullmatch(r'ma\d', base):
            p = self.person(base, 'staffName')
            return name_form(rng, p, forms[form]), 'staffName'
        m = re.fullmatch(r'([pmfr])(\d)', base)
        if m:
            g = {'p': None, 'm': 'm', 'f': 'f'}.get(m.group(1)) or ({'1': 'f', '2': 'm'}.get(m.group(2)) if m.group(1) == 'r' else None)
            sur = cust.surname if m.group(1) == 'r' and rng.random() < .5 else None
            p = self.person(base, 'thirdPersonName', g, sur)
            if form in ('hr', 'hrk'):
                return {'hr': ('Herr', 'Frau'), 'hrk': ('Hr.', 'Fr.')}[form][p.gender == 'f'], None
            if form == 'gx':  # given name only, for relatives that share the customer's surname
                return p.given, 'thirdPersonName'
            return name_form(rng, p, forms[form]), 'thirdPersonName'
        # ---- identifiers
        if name == 'kdnr': return fmt_kdnr(rng, r.kdnr), 'customerNumber'
        if name == 'kdnrx': return fmt_kdnr(rng, r.jc_id[:3] + 'D' + '%06d' % rng.randrange(10 ** 6)), 'customerNumber'
        if name == 'bg':
            v = r.bg if r.sgb == 'SGB2' else r.jc_id + 'BG' + '%07d' % rng.randrange(10 ** 7)
            return fmt_bg(rng, v), 'householdNumber'
        if name == 'bgx': return fmt_bg(rng, '%05dBG%07d' % (rng.randrange(10000, 99999), rng.randrange(10 ** 7))), 'householdNumber'
        if name == 'iban': return fmt_iban(rng, r.iban), 'iban'
        if name == 'ibanx': return fmt_iban(rng, make_iban(rng, 'DE')), 'iban'
        if name == 'ibanf': return fmt_iban(rng, make_iban(rng, rng.choice(['FR', 'LU', 'GR', 'IE', 'SE']))), 'iban'
        if name == 'stid': return fmt_taxid(rng, r.taxid), 'taxId'
        if name == 'stidx': return fmt_taxid(rng, make_taxid(rng)), 'taxId'
        if name == 'rv': return fmt_rv(rng, r.rv), 'pensionNumber'
        if name == 'rvx':
            g = rng.choice('mf'); p = self.other_person(g)
            return fmt_rv(rng, make_rv(rng, dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(15000)), p.surname, g)), 'pensionNumber'
        if name == 'pa': return fmt_id(rng, r.idno), 'idCard'
        if name == 'pax': return fmt_id(rng, make_id(rng, 'pa')), 'idCard'
        if name == 'pass': return fmt_id(rng, r.passno), 'idCard'
        if name == 'eat': return fmt_id(rng, make_id(rng, 'pa')), 'idCard'
        if name == 'tel': return fmt_phone(rng, r.ph[0][1:] if r.ph[0].startswith('0') else r.ph[0], r.ph[1]), 'phone'
        if name == 'telx':
            a, s = phone_digits(rng, rng.random() < .5)
            return fmt_phone(rng, a, s), 'phone'
        if name == 'mob':
            a, s = phone_digits(rng, True)
            return fmt_phone(rng, a, s), 'phone'
        if name == 'telsb':
            a, s = r.sb_ph
            v = fmt_phone(rng, a, s)
            if rng.random() < .4: v = v + '-' + str(rng.randrange(10, 999))
            return v, 'phone'
        if name == 'telf': return foreign_phone(rng), 'phone'
        if name == 'mail': return obf_mail(rng, r.mail), 'email'
        if name == 'mailx':
            return obf_mail(rng, email_of(rng, self.person('p1', 'thirdPersonName'))), 'email'
        if name == 'mailsb': return r.sb_mail, 'email'
        if name == 'adr':
            return fmt_address(rng, self, r.street, r.no, r.city[1], r.city[0]), 'address'
        if name == 'adrs':
            return r.street + ' ' + r.no, 'address'
        if name in ('adrx', 'adrx2'):
            c = rng.choice(CITIES)
            return fmt_address(rng, self, street(rng), house_no(rng), c[1], c[0]), 'address'
        if name == 'adrxs':
            return street(rng) + ' ' + house_no(rng), 'address'
        if name == 'adrf':
            sf, cf, ws, cs, cc = rng.choice(FOREIGN_ADDR)
            st = sf.format(w=rng.choice(ws), n=rng.randrange(1, 90), m=rng.randrange(1, 30))
            pl = {'PL': '%02d-%03d' % (rng.randrange(100), rng.randrange(1000)), 'RO': '%06d' % rng.randrange(10 ** 6),
                  'FR': '%05d' % rng.randrange(10000, 99999), 'AT': '%04d' % rng.randrange(1000, 9999),
                  'TR': '%05d' % rng.randrange(10000, 99999), 'SY': ''}[cc]
            return st + ', ' + cf.format(pl=pl, c=rng.choice(cs)).strip(), 'address'
        if name == 'kfz': return r.plate if rng.random() < .4 else plate(rng, r.city[2]), 'licensePlate'
        if name == 'kfzx': return plate(rng), 'licensePlate'
        if name == 'kfzf': return rng.choice(FOREIGN_PLATES)[1](rng), 'licensePlate'
        # ---- dates
        if name == 'd': return fmt_date(rng, rand_date(rng, self.when, -60, 60)), 'date'
        if name == 'dpast': return fmt_date(rng, rand_date(rng, self.when, -400, -3)), 'date'
        if name == 'dfut': return fmt_date(rng, rand_date(rng, self.when, 2, 90)), 'date'
        if name == 'dw':
            d = rand_date(rng, self.when, -40, 60)
            return rng.choice(['%d. %s' % (d.day, MONTHS[d.month - 1]), '%s %s' % (ORD[d.day - 1], MONTHS[d.month - 1]),
                               '%d. %s %d' % (d.day, MONTHS[d.month - 1], d.year), '%d.%s' % (d.day, MON_ABBR[d.month - 1])]), 'date'
        if name == 'dday':
            d = rand_date(rng, self.when, 1, 28)
            return '%d.' % d.day, 'date'
        if name == 'gd': return fmt_date(rng, r.birth, True), 'birthDate'
        if name == 'gdk':
            return fmt_date(rng, dt.date(2006, 1, 1) + dt.timedelta(days=rng.randrange(6000)), True), 'birthDate'
        if name == 'gdx':
            return fmt_date(rng, dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(20000)), True), 'birthDate'
        # ---- organisations
        if name == 'inst':
            if rng.random() < .7:
                return rng.choice(INST_TYPES).format(c=rng.choice(CITIES)[0]), 'institution'
            return rng.choice(INST_NAMED), 'institution'
        if name == 'instc': return rng.choice(INST_TYPES).format(c=r.city[0]), 'institution'
        if name == 'instn': return rng.choice(INST_NAMED), 'institution'
        if name == 'jva': return 'JVA ' + rng.choice(CITIES)[0], 'institution'
        if name == 'school': return rng.choice(SCHOOLS) + rng.choice(['', '', ' ' + r.city[0]]), 'institution'
        if name in ('comp', 'comp2'):
            f = rng.randrange(7)
            if f == 0: v = rng.choice(COMP_FANTASY) + ' ' + rng.choice(COMP_TRADE) + ' ' + rng.choice(COMP_LEGAL)
            elif f == 1: v = self.other_person().surname + ' ' + rng.choice(COMP_TRADE) + ' ' + rng.choice(COMP_LEGAL)
            elif f == 2: v = self.other_person().surname + ' & ' + self.other_person().surname + ' ' + rng.choice(COMP_LEGAL)
            elif f == 3: v = rng.choice(COMP_SHOP) + ' ' + rng.choice([self.other_person().surname, rng.choice(COMP_FANTASY)])
            elif f == 4: v = rng.choice(BRANDS)
            elif f == 5: v = rng.choice(COMP_FANTASY) + ' ' + rng.choice(COMP_TRADE)
            else: v = rng.choice(COMP_SHOP) + ' ' + rng.choice(COMP_FANTASY) + ', Inh. ' + self.other_person().full
            return v, 'company'
        if name == 'brand': return rng.choice(BRANDS), 'company'
        if name == 'city': return r.city[0], None  # bare town name: ordinary text by convention
        raise KeyError(name)


SLOT = re.compile(r'\{([A-Za-z0-9_]+)(?:\|(lc|uc))?\}')


def render(gen, tpl):
    segs, pos = [], 0
    for m in SLOT.finditer(tpl):
        if m.start() > pos:
            segs.append((tpl[pos:m.start()], None))
        text, kind = gen.slot(m.group(1))
        if m.group(2) == 'lc': text = text.lower()
        if m.group(2) == 'uc': text = text.upper()
        segs.append((text, kind))
        pos = m.end()
    if pos < len(tpl):
        segs.append((tpl[pos:], None))
    return segs


def upper_seg(s):
    return s.upper()


def assemble(segs):
    note, spans, pos = '', [], 0
    for text, kind in segs:
        if kind:
            spans.append((len(note), len(note) + len(text), kind, text))
        note += text
    return note, spans

TEMPLATES = [
# --- telegraphic contact notes
"{kd} heute pers. vorgespr., Unterlagen vollst. Nächster Termin {dfut}.",
"TE mit {kd} {kn}: krank bis {dfut}, AU folgt per Post.",
"Anruf {Kd} {kn_s} ({tel}) – fragt nach Stand Weiterbewilligung. Rückruf zugesagt.",
"kd ruft an, handy neu: {mob}. bitte in VerBIS ändern!",
"{kd} mobil nur noch unter {tel} erreichbar, Festnetz abgemeldet.",
"Neuer Termin {dfut} (Verlegung), Grund: Vorstellungsgespräch bei {comp}.",
"Vorsprache o. Termin. {kd} legt Mietvertrag vor, neue Whg. {adr}.",
"EGV besprochen u. unterschrieben. Gültig bis {dfut}. Kopie an {kd} ausgehändigt.",
"Meldeversäumnis {d}. Anhörung raus, Frist 2 Wochen.",
"{kd} nicht erschienen. Kein Anruf, keine Mail. Wv. {dfut}",
"Kd. telefonisch nicht erreichbar (mehrfach versucht: {tel}). Brief raus.",
"Rückruf bei {kn_f} unter {tel} – Mailbox. Nachricht hinterlassen.",
"Kdn erscheint mit Sohn {r2_gx} (geb. {gdk}), Kinderbetreuung ab {dfut} über {school} geklärt.",
"Vorlage Kontoauszüge, neues Konto: {iban}. An LA weitergeleitet.",
"Bankverbindung geändert -> IBAN {iban} (Kontoinhaber {kn_f}).",
"kd. hat kein eigenes konto, auszahlung auf konto der schwester {r1} iban {ibanx}",
"Steuer-ID für AG benötigt: {stid}.",
"SV-Ausweis vorgelegt, RV-Nr. {rv}.",
"PA kontrolliert, Nr. {pa}, gültig bis {dfut}.",
"Identität geprüft anhand Reisepass {pass}.",
"eAT vorgelegt (Kartennr. {eat}), Aufenthaltserlaubnis bis {dfut}, Auflage Beschäftigung gestattet.",
"Kd wohnt jetzt bei Freundin, Postadresse: {adrx}",
"neue Adresse: {adr}",
"Umzug zum {dfut}. Zieht in die {adrx}.",
"{kd} ist wohnhaft {adr} und seit {dpast} dort gemeldet.",
"Hausbesuch durch AD am {d}: unter {adrxs} niemand angetroffen, Klingelschild fehlt.",
"Mietbescheinigung vom Vermieter {m1_hrk} {m1} ({telx}) liegt vor.",
"KfZ vorhanden: {kfz}, Bj. 2011, Wert lt. Kd. ca. 1.800 €.",
"Fahrzeug angemeldet auf Ehepartner, Kennzeichen {kfz}.",
"kd fährt mit dem Auto der Mutter ({kfzx|lc}) zur Maßnahme, Fahrtkosten beantragt.",
"PKW mit poln. Kennzeichen {kfzf} steht lt. Hinweis dauerhaft vor dem Haus – Prüfung Vermögen.",
"Termin beim ÄD am {dfut} um 9:30, {kd} informiert.",
"MAT bei {comp} von {d} bis {dfut}, 3 Tage Probearbeit.",
"Stellenvorschlag: Lagerhelfer bei {comp}, Bewerbung bis {dfut}.",
"VV an {kd} verschickt (Helfer Gastro, {comp}).",
"Bewerbung bei {comp} abgesagt, Grund lt. AG: keine Fahrerlaubnis.",
"{kd} hat Zusage von {comp} zum {dfut}. Abmeldung aus dem Bezug vorbereiten.",
"Arbeitsvertrag liegt vor: {comp}, Helfer, 30 Std./Woche, Beginn {dfut}.",
"AG-Kontakt: {p1_hrk} {p1} ({comp}) meldet, dass {kd} seit {d} fehlt.",
"Rücksprache mit Personalabteilung {comp}, AP {p1}, Tel. {telx}.",
# --- relatives / household
"BG besteht aus: {kn_f} (geb. {gd}), Ehefrau {f1} (geb. {gdx}), Kind {r2_gx} ({gdk}).",
"Tochter {r1} (*{gdk}) besucht die {school}.",
"Sohn {r2} wird am {dfut} eingeschult ({school}).",
"Kindsvater {m2} zahlt keinen Unterhalt, UVG bei {instc} beantragt.",
"Ehem. Partner {m1} wohnhaft {adrx} – Unterhaltsvorschuss läuft.",
"Bruder des Kd. ({r2}) lebt in Polen: {adrf}.",
"Eltern wohnen in Rumänien ({adrf}), {kd} will im Sommer 3 Wochen hin – OAW beantragen!",
"Mutter {f2} pflegebedürftig, PG 3, {kd} übernimmt Pflege teilweise.",
"Schwiegervater {m2} (geb. {gdx}) zieht mit ein, BG-Änderung zum {dfut}.",
"Enkelin {r1_gx} lebt seit {dpast} im HH.",
"Lebensgefährtin {f1} verdient 1.100 € netto bei {comp}.",
"{kd} getrennt lebend seit {dpast}. Ehemann {m1} wohnt {adrx}.",
"Patenonkel {m2} bürgt für Mietkaution (Tel. {telx}).",
"Cousine {f1_f} übersetzt, Sprachniveau Kd. A2.",
# --- institutions
"Schreiben vom {instc} liegt vor, Az. 12 C 345/24.",
"Anfrage {inst} wegen Bedarfsberechnung beantwortet.",
"Kd. ist am {dfut} zur Beratung bei der {inst} bestellt.",
"Zuweisung Sprachkurs B1 bei der {inst}, Beginn {dfut}.",
"Reha-Antrag bei der {instn} gestellt ({d}).",
"{inst} hat Kostenübernahme abgelehnt, Widerspruch läuft.",
"Stellungnahme {instc}: Kd. war vom {dpast} bis {d} stationär.",
"Klage vor dem SG eingereicht (S 7 AS 912/24), Kd. vertreten durch {inst}.",
"Kontakt zu {inst} hergestellt, Suchtberatung läuft seit {dpast}.",
"Bescheid der {instn} vom {dpast} über Erwerbsminderungsrente (befristet).",
"KV-Wechsel zur {instn} zum {dfut}.",
"Mitteilung der Familienkasse: KG für Sohn {r2_gx} eingestellt.",
"Anmeldung Integrationskurs über {inst}, Berechtigungsschein {d} ausgestellt.",
"Meldung der {jva}: Haftantritt {dfut}, vsl. 6 Monate.",
"Frauenhaus nimmt {kn_g} auf; Adresse wird nicht mitgeteilt (Sperrvermerk).",
# --- e-mails pasted
"Von: {mailx}\nAn: {mailsb}\nBetreff: Bewerbung\n\nGuten Tag {sb_s}, anbei mein Lebenslauf. MfG {kn_f}",
"-----Original-----\nFrom: {p1_f} <{mailx}>\nSent: {d}\nSubject: AW: Termin\n> bitte Termin verschieben, Kind krank.",
"Mail von {kn_f} ({mail}) eingegangen: schickt Foto der AU.",
"E-Mail des Trägers ({inst}): TN {kn} fehlt unentschuldigt seit {d}. Gruß {p1_f}",
"Mail an {sb_f} weitergeleitet, bitte Leistungsseite prüfen. i.A. {ma1}",
"Antwort per Mail an {mail} verschickt, Kopie an Vertretung {ma1_f}.",
"weitergeleitet von {ma1_f} (Eingangszone): kd. hat neue mailadresse {mail}",
"Hallo {sb_g}, kannst du bitte den Kd. {kn_f} mal anrufen? {Er} hat sich über den Bescheid beschwert. LG {ma2_g}",
"AW: Rückfrage Bewerbung\n\nGuten Tag,\n{hr} {kn_s} war am {d} zum Vorstellungsgespräch bei uns. Wir melden uns.\nMit freundlichen Grüßen\n{p1_f}\n{comp}\nTel. {telx}",
"Fwd: Kündigung\n---\n{comp} kündigt das Arbeitsverhältnis mit {kn_f} fristgerecht zum {dfut}.",
# --- letters quoted
"Aus dem Schreiben des Vermieters: \"Hiermit kündigen wir das Mietverhältnis für die Wohnung {adr} zum {dfut}.\"",
"Zitat Kd.: \"ich habe das Geld von meinem Bruder geliehen, er heißt {r2}\"",
"Kd. reicht Attest von Dr. {p1_s} ein (Praxis {adrx}), AU bis {dfut}.",
"Betreuerin {f1} (Betreuungsverein) teilt mit: Kd. unter Betreuung seit {dpast}, AZ 4 XVII 88/23.",
"Schreiben RA {p2} vom {d}: Akteneinsicht beantragt.",
"Gerichtsvollzieher {m1} hat Pfändung angekündigt, Kd. legt P-Konto-Bescheinigung vor ({iban}).",
"Lt. Bescheid {instc} vom {dpast} Wohngeld abgelehnt.",
"\"Sehr geehrte Damen und Herren, ich {kn_f}, geb. {gd}, wohnhaft {adr}, beantrage hiermit…\"",
# --- lists
"Daten Kd.:\n- Name: {kn_i}\n- geb.: {gd}\n- Tel: {tel}\n- Mail: {mail}\n- Adresse: {adr}",
"Checkliste:\n1. Ausweis ({pa}) – ok\n2. Kontoauszüge – fehlt\n3. Mietvertrag – ok",
"Unterlagen fehlen noch: Lohnabrechnung {comp}, Nebenkostenabrechnung, Kita-Bescheid.",
"Stammdaten aktualisiert:\nTel.: {tel}\nIBAN: {iban}\nSt-ID: {stid}",
"Personalien:\n{kn_i}\n{adr}\nTel {tel}",
"HH-Mitglieder:\n* {kn_f} ({gd})\n* {r1} ({gdk})\n* {r2} ({gdk})",
"To-do: 1) Rückruf {p1_hr} {p1} 2) Bescheid an {kd} 3) Wv. {dfut}",
"offene Punkte: RV-Nr fehlt noch (angebl. {rv}), Steuer-ID {stid} ok",
# --- dialogue
"SB: Haben Sie sich beworben?\nKd.: \"Ja, bei {comp}, aber keine Antwort.\"\nSB: Bitte Nachweis bis {dfut}.",
"Kd. sagt: \"Mein Nachbar {m1} hat mir die Arbeit bei {comp} vermittelt.\"",
"Frage Kd: Warum Sanktion? – Erklärt, Termin {dpast} versäumt.",
"{kn_g}: \"ich kann nicht vor 9 Uhr, wegen Kita\" – Termine daher ab 10 Uhr.",
# --- ALL CAPS
"KD {kn_s|uc} HEUTE VORGESPR. NEUE TEL {tel}.",
"ACHTUNG: KD. HAT HAUSVERBOT SEIT {d|uc}! NUR TELEFONISCH.",
"ANSCHRIFT GEÄNDERT: {adr|uc}",
"DRINGEND RÜCKRUF AN {ma1_s|uc} ({telsb}).",
"KENNZEICHEN {kfz|uc} GEHÖRT DEM SCHWAGER, NICHT DER BG.",
"SPERRVERMERK! KEINE ADRESSE AN DRITTE.",
"EGV ABGELEHNT. ERSETZENDER VA AM {d|uc} RAUS.",
# --- lower case
"kd. war da, alles ok. nächster termin {dfut}.",
"kdn {kn_s|lc} hat angerufen wg. kita-platz, {school|lc} hat zusage geschickt.",
"neue iban lt. kd: {iban|lc}",
"handy {mob} / festnetz {telx}",
"kd wohnt ab sofort {adrx|lc}",
"rv-nr nachgereicht {rv|lc}",
"termin ärztl. dienst {dfut}, kd informiert",
# --- phone variety
"Tel. priv.: {tel}, dienstl. über AG: {telx}",
"erreichbar: Mo–Fr ab 14 Uhr unter {tel}",
"Dolmetscher {m1} erreichbar unter {mob}.",
"Rückrufbitte an Fr. {ma1_s}, Durchwahl {telsb}.",
"Kd. hat nur türk. Handynummer: {telf}",
"Kontakt Schwester im Ausland: {telf}",
"Mobilnr. d. Kd. {tel} (WhatsApp möglich).",
"Notfallkontakt: {p1} ({p1_hr}), Tel {telx}",
"Festnetz (Mutter): {telx}",
# --- IBAN variety
"Überweisung der Kaution an Vermieter {m1}, IBAN {ibanx}.",
"Kd. hat Konto in Frankreich, IBAN {ibanf}. Auszahlung dorthin nicht möglich, Basiskonto empfohlen.",
"Abtretung an Stadtwerke: IBAN {ibanx}, Verwendungszweck Vertragskonto 77812.",
"kontoinhaber {p1|lc}, iban {ibanx|lc} – abzweigung miete genehmigt",
"Darlehen Erstausstattung wird an {comp} überwiesen (IBAN {ibanx}).",
"IBAN (alt): {ibanx}\nIBAN (neu): {iban}",
"Konto beim Bruder in Luxemburg? Kd. nennt {ibanf}. Klären!",
# --- IDs
"Reisepass abgelaufen ({pass}), neuer beantragt bei {instc}.",
"Fiktionsbescheinigung statt eAT, Nr. des alten Titels {eat}.",
"Ausweis-Nr. Ehemann: {pax}",
"Kopie PA ({pa}) und Meldebescheinigung zur Akte.",
"Passnummer {pass|lc}, Ausstellungsdatum {dpast}",
"eAT (Nr {eat}) läuft aus am {dfut}; Verlängerung bei {inst} beantragt.",
# --- tax / RV / customer numbers
"Steuer-IdNr. Ehefrau: {stidx}",
"SV-Nummer Partner {rvx}, lt. DRV korrekt.",
"Doppelte Kundennummer bereinigt: {kdnrx} auf {kdnr} zusammengeführt.",
"Kd.-Nr. {kdnr}, BG-Nr. {bg}",
"Partner hat eigene BG ({bgx}), keine Einstandsgemeinschaft.",
"Vermerk für Akte {kdnr}: Unterlagen per Post.",
"Fremde Kundennr. {kdnrx} versehentlich eingetragen, korrigiert.",
"BG {bg|lc} – Weiterbewilligung ab {dfut}",
# --- dates variety
"Beginn Maßnahme am {dw}, Ende vsl. Mitte März.",
"nächster Kontakt am {dday} d.M. per Telefon",
"Krankmeldung vom {d} bis {dfut}.",
"Arbeitsunfähig seit {dpast}. Wv. Anfang nächsten Monats.",
"Urlaub (OAW) {d} – {dfut} genehmigt.",
"Geburtsdatum korrigiert: {gd} statt {gdx}.",
"Kd. ist am {gd} geboren und damit U25.",
"Sohn {r2_gx}, geboren am {gdk}, wird volljährig – eigene BG prüfen.",
"Schulabschluss am {dw} (Hauptschule).",
"Gespräch am {dw} um 10h bei Fr. {ma1_s}.",
"Maßnahme lief vom {dpast} bis {d}, erfolgreich beendet.",
"WV zum {dfut}",
# --- staff
"Vertretung {ma1_f}: Kd. anwesend, nichts Neues.",
"Übergabe an Kollegin {ma1_f} (Fallmanagement) ab {dfut}.",
"Rücksprache TL {tl_s}: Sanktion nicht angezeigt.",
"Fallbesprechung mit {tl_f} und {ma1_f} am {d}.",
"Kd. möchte nicht mehr von {sb_s} betreut werden, Wunsch auf Wechsel an TL {tl} weitergeleitet.",
"AGS ({ma2_f}) hat VV geschickt, Stelle bei {comp}.",
"psych. Dienst ({ma1}) empfiehlt Tagesstruktur, keine Vermittlung vor {dfut}.",
"Berufsberatung durch Fr. {ma2_s} am {dfut}.",
"Zuständigkeit ab {dfut}: {sb_f}, Tel. {telsb}, {mailsb}",
# --- no PII, name-like ordinary words (retention)
"Kd. möchte als Koch oder Bäcker arbeiten, hat aber keine Ausbildung.",
"Wunschberuf Maler und Lackierer, Praktikum beim Schneider abgebrochen.",
"Der Richter hat im Eilverfahren zugunsten des JC entschieden.",
"Kd. ist im Winter nicht mobil, Bus fährt nur bis zum Markt.",
"Kd. spricht von großem Glück: hat endlich eine Wohnung gefunden.",
"Kein Neuigkeiten. Hoffnung auf Festanstellung im Sommer.",
"Bewerbungstraining abgeschlossen. Kd. motiviert, Ziel: Lager oder Fahrer.",
"Ziel lt. EGV: 5 Bewerbungen/Monat, Nachweis zur Mitte des Monats.",
"Zimmermann-Ausbildung (Handwerk) wäre denkbar, Eignung prüfen.",
"Schwarzarbeit wurde bestritten. Kein Anhaltspunkt.",
"Kd. sammelt Pfandflaschen, Zuverdienst < 100 €.",
"Förderung § 16i SGB II besprochen, Kd. hat Interesse.",
"Kd. lehnt Nachtschicht ab (Kinderbetreuung).",
"Sprachkurs läuft, Lehrerin lobt Fortschritt, Niveau B1 angestrebt.",
"Führerschein Klasse B vorhanden, Stapler-Schein fehlt.",
"Bewerbungsmappe überarbeitet, Foto fehlt noch.",
# --- mixed, running text with inflection
"Beim Vorstellungsgespräch in der Filiale von {brand} wurde {kd} sofort genommen.",
"Die Firma {comp} sucht Fahrer, Kd. hat Interesse.",
"Kd. arbeitet auf Minijob-Basis im {comp}, 520 €.",
"Nebenbeschäftigung bei {comp}: Verdienstbescheinigung fehlt.",
"Praktikum im Betrieb {comp} ab {dfut}, Ansprechpartnerin {f1_hrk} {f1}.",
"Kd. war bis {dpast} bei {comp} beschäftigt, Kündigung durch AG (betriebsbedingt).",
"{comp} bestätigt Einstellung, Lohnkostenzuschuss beantragt.",
"Zeitarbeitsfirma {comp} bietet Einsatz bei {comp2} an.",
# --- foreign family / addresses
"Ehefrau lebt noch in der Türkei: {adrf}, Familiennachzug beantragt.",
"Sohn {r2} studiert in Österreich, Anschrift {adrf}.",
"Kd. war von {dpast} bis {d} in Syrien bei der Familie (Adresse lt. Kd.: {adrf}).",
"Onkel {m1} in Polen ({adrf}) schickt monatlich Geld, 150 €.",
# --- c/o, Hinterhaus, misc address notes
"Post bitte an c/o {p1_s}, {adrxs}, da Briefkasten defekt.",
"Kd. zieht vorübergehend zu {p1} ({adrx}).",
"Obdachlos seit {dpast}, Postanschrift über {inst}: {adrx}.",
"Wohnungsangebot: {adrx}, 2 ZKB, 54 m², KM 410 €.",
"Anmietung {adrxs} genehmigt, angemessen.",
"Gewerbeanmeldung Kd.: Kiosk in der {adrxs}.",
"AG-Adresse für Fahrtkosten: {comp}, {adrx}",
"Kd. meldet Einbruch in die Wohnung ({adr}), Polizei war da.",
# --- mixed multi-PII
"{kn_i}, geb. {gd}, RV {rv}, St-IdNr {stid}, Tel. {tel}.",
"Datenabgleich: {kn_f} / {gd} / {adr} – stimmt mit Melderegister überein.",
"Kd. {kn_f} ({kdnr}) + Partnerin {f1} ({kdnrx})",
"Unterhaltspflichtiger: {m1_f}, geb. {gdx}, wohnhaft {adrx}, AG: {comp}.",
"Vermieterin {f2}, {adrx}, IBAN {ibanx}, Tel. {telx}",
"Zulassungsstelle: auf {p2} läuft das Kfz {kfzx}.",
"Unfall am {d} mit Fahrzeug {kfz}, Gegner {kfzf}. Keine Leistungsrelevanz.",
"ABM-Fahrt mit Dienstwagen {kfzx}, Fahrer {ma1_f}.",
"Laut Bußgeldbescheid war {kd} am {dpast} mit {kfz|lc} zu schnell.",
"Kfz-Halter: {kn_f}, amtl. Kennz. {kfz}, HU fällig {dfut}.",
# --- typos / sloppy
"kd hat termin vergesen, neuer termin {dfut}",
"Kdin war pünktlich, hat Bewerbugen mitgebracht (3 St.)",
"Tel. Kontakt mit Frau {f1_s} vom {inst} – Platz frei ab {dfut}",
"rücksprche mit ag {comp|lc}: kd kann anfangen",
"Adresse: {adrx} (lt. Kd, noch nicht umgemeldet)",
"Kd ist umgezogen nach {city}, neue Anschrift folgt.",
"Mail an Träger {inst}: bitte Anwesenheitsliste bis {dfut} an {mailsb}.",
"Einladung zum {dfut} raus, Rechtsfolgenbelehrung beigefügt.",
"Gutachten PD liegt vor (Dr. {p1_s}): vollschichtig leistungsfähig.",
"Kd. bringt Nachbarin {f1} als Beistand mit.",
"Beistand {m1_hrk} {m1_ini} von {inst} anwesend.",
"Kd. verweist auf Schreiben des Anwalts {p2_f}, Kanzlei {adrx}.",
"Hinweis von {inst}: Kd. heißt jetzt {kn_f} (Heirat), Geburtsname {kn_b}.",

# --- extra: plates
"Parkverstoß: Fzg. {kfzx} gehört lt. Kd. dem Mitbewohner.",
"Kd. kauft Transporter (Kennz. {kfz}) für Selbständigkeit, Businessplan fehlt.",
"Zwei Fahrzeuge auf BG zugelassen: {kfz} und {kfzx}.",
"Nachweis Fahrtkosten: privater PKW {kfz|lc}, 38 km einfach.",
"Schwager fährt Kd. täglich mit seinem Wagen, NL-Kennzeichen {kfzf}.",
"Kd. hat Auto aus Rumänien mitgebracht ({kfzf}), Ummeldung auf {kfz} geplant.",
"das auto mit dem kennzeichen {kfzx|lc} ist abgemeldet, kfz-steuer-bescheid liegt vor",
# --- extra: addresses
"Neue Anschrift ab {dfut}:\n{adrx}",
"Kd. wohnt zur Untermiete (Zimmer) bei {p1_f}, {adrxs}.",
"Wohnung {adr} ist zu groß (78 m²), Kostensenkungsaufforderung raus.",
"Treffpunkt für Außendienst: vor dem Haus {adrxs}.",
"Tochter zieht aus, neue Adresse {adrx2} – eigene BG ab {dfut}.",
"Anschrift Arbeitgeber (Lager): {adrx}",
"Vermieter {m1_hrk} {m1_s}, wohnhaft {adrx}, verweigert Mietbescheinigung.",
"Meldeadresse lt. EMA: {adr}; tatsächlicher Aufenthalt unklar.",
# --- extra: IBAN / phone / ids
"Rückzahlung Überzahlung an BA-Service-Haus, Kd. überweist von IBAN {iban}.",
"Konto gepfändet. Neues Konto (P-Konto) {iban}, Bank bestätigt am {d}.",
"Kd. bittet um Zahlung auf Konto der Lebensgefährtin: {ibanx}. Abgelehnt.",
"Tel. Kd. neu: {tel} (alt: {telx} – abgeschaltet)",
"Bitte um RR: {mob} oder abends {telx}.",
"Erreichbarkeit Träger {inst}: Zentrale {telx}, Fax {telx}.",
"Kd. nennt Ausweis-Nr. {pa} am Telefon, Abgleich ok.",
"Pass des Ehemanns {pass} liegt in Kopie vor.",
# --- extra: institutions / companies inflected
"Der Antrag wurde an das {instc} weitergeleitet.",
"Beim {instn} ist ein Reha-Verfahren anhängig.",
"Teilnahme an Infoveranstaltung der {inst} am {dfut}.",
"Kd. hat eine Zusage der {comp} erhalten und beim {comp2} abgesagt.",
"Über die {comp} (Zeitarbeit) eingesetzt bei {brand}.",
"Einstellungszusage des {comp}, Arbeitsbeginn {dw}.",

# --- extra: customer identifiers
"Akte {kn_i} ({kdnr}) an Leistung zur Prüfung, BG {bg}.",
"{kn_U}, {kn_g|uc} – RV-NR {rv|uc}, STEUER-ID {stid}",
"Kunde/Kundin: {kn_f}, Kundennummer {kdnr}, Geburtsname {kn_b}",
"Frage zur Steuer-ID ({stid}): Kd. hat zwei Nummern erhalten, Finanzamt informiert.",
"Antrag WBA {kn_s}: BG-Nummer {bg}, Kontoverbindung unverändert.",
"Zweitakte angelegt für {kn}, verwechselt mit Kd.-Nr. {kdnrx}.",
]


JOINERS = [' ', '\n', '\n\n', ' // ', '; ', ' -- ', '\n* ', ' | ']
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact',
               'caseConference', 'hearing', 'missedAppointment', 'statusUpdate']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']
NATS = ['DE', 'DE', 'DE', 'PL', 'RO', 'SY', 'AF', 'TR', 'IR', 'NP', 'FR', 'CL', 'PK', 'MN', 'TH']
N_RECORDS = 165


def build():
    rng = random.Random(SEED)
    order = list(range(len(TEMPLATES)))
    rng.shuffle(order)
    queue = list(order)
    records, truth, used = [], [], set()
    for i in range(N_RECORDS):
        r = make_record(rng, i)
        c = r.city
        rec = {'customerNumber': r.kdnr}
        if r.sgb == 'SGB2':
            rec['householdNumber'] = r.bg
        rec['legalDomain'] = r.sgb
        rec['regionalDirectorate'] = c[3]
        if r.sgb == 'SGB2':
            rec['jobCentre'] = {'id': r.jc_id, 'name': 'Jobcenter ' + c[0], 'consents16a': rng.random() < .3}
        else:
            rec['agency'] = {'id': r.jc_id[:3], 'name': 'Agentur für Arbeit ' + c[0]}
        rec['team'] = r.jc_id + '-T%02d' % rng.randrange(1, 9)
        rec['teamLead'] = {'id': 'TL-%04d' % rng.randrange(10000), 'name': r.tl.full}
        a, s = r.sb_ph
        rec['caseWorker'] = {'id': 'MA-%04d' % rng.randrange(10000), 'name': r.sb.full, 'phone': '0%s %s' % (a, s), 'email': r.sb_mail}
        ph = ('+49' + r.ph[0] + r.ph[1]) if rng.random() < .5 else ('0' + r.ph[0] + ' ' + r.ph[1])
        rec['customer'] = {'firstName': r.cust.given, 'lastName': r.cust.surname, 'birthName': r.birthname,
                           'birthDate': r.birth.isoformat(), 'gender': r.gender, 'nationality': rng.choice(NATS),
                           'address': {'street': r.street + ' ' + r.no, 'postcode': c[1], 'city': c[0]},
                           'phone': ph, 'email': r.mail, 'iban': r.iban, 'taxId': r.taxid, 'pensionInsuranceNumber': r.rv}
        rec['customerProcess'] = rng.choice(['placement'] * 6 + ['rehabilitation', 'employerService'])
        rec['customerGroup'] = rng.choice(GROUPS)
        rec['municipalServices16a'] = r.sgb == 'SGB2' and rng.random() < .2
        n_ev = rng.choice([4, 5, 5, 5, 6])
        day = r.intake
        events = []
        for e in range(n_ev):
            day = day + dt.timedelta(days=rng.randrange(5, 50))
            gen = Gen(rng, r, day)
            k = 1 if rng.random() < .55 else 2
            segs = []
            for j in range(k):
                if queue:
                    t = TEMPLATES[queue.pop()]
                else:
                    t = rng.choice(TEMPLATES)
                used.add(t)
                if j:
                    segs.append((rng.choice(JOINERS), None))
                segs += render(gen, t)
            x = rng.random()
            if x < .04:
                segs = [(a.lower(), k2) for a, k2 in segs]
            elif x < .06:
                segs = [(a.upper(), k2) for a, k2 in segs]
            note, spans = assemble(segs)
            for (st, en, kind, val) in spans:
                truth.append({'record': i, 'event': e, 'start': st, 'end': en, 'kind': kind, 'value': val})
            events.append({'date': day.isoformat(), 'type': rng.choice(EVENT_TYPES), 'channel': rng.choice(['inPerson', 'phone', 'video']), 'note': note})
        rec['review'] = {'flagged': rng.random() < .4, 'month': (day + dt.timedelta(days=30)).strftime('%Y-%m'),
                         'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': r.intake.isoformat(), 'profile': rng.choice(PROFILES)}]
        rec['events'] = events
        ms = r.intake + dt.timedelta(days=rng.randrange(10, 90))
        rec['measures'] = [{'start': ms.isoformat(), 'end': (ms + dt.timedelta(days=rng.randrange(30, 180))).isoformat(),
                            'kind': rng.choice(MEASURES), 'outcome': rng.choice(['completed', 'aborted', 'ongoing'])}]
        ex = rng.random() < .2
        rec['caseManagement'] = {'intake': r.intake.isoformat(), 'exit': day.isoformat() if ex else None,
                                 'exitReason': rng.choice(['goalAchieved', 'employment', 'transferToPlacement', 'moved', 'incapacity', 'noCooperation']) if ex else None}
        records.append(rec)
    assert used == set(TEMPLATES), 'unused templates: %d' % (len(TEMPLATES) - len(used))
    return records, truth


NAME_KINDS = ('customerName', 'staffName', 'thirdPersonName')


def verify(records, truth):
    by = {}
    for t in truth:
        rec = records[t['record']]
        note = rec['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], t
        assert t['value'] and t['value'] == t['value'].strip(), t
        by.setdefault((t['record'], t['event']), []).append(t)
        v, k = t['value'], t['kind']
        if k == 'iban': assert iban_valid(re.sub(r'[\s.-]', '', v)), v
        if k == 'iban' and v.upper().startswith('FR'):
            c = re.sub(r'[\s.-]', '', v)[4:]
            assert fr_rib_key(c[:5], c[5:10], c[10:21]) == c[21:23], v
        if k == 'taxId': assert taxid_valid(re.sub(r'[\s./-]', '', v)), v
        if k == 'pensionNumber': assert rv_valid(v), v
        if k == 'idCard': assert id_valid(v), v
        if k == 'customerNumber': assert re.fullmatch(r'\d{3}D\d{6}', re.sub(r'[\s/.-]', '', v).upper()), v
        if k == 'householdNumber': assert re.fullmatch(r'\d{5}BG\d{7}', re.sub(r'[\s/.-]', '', v).upper()), v
    for key, ts in by.items():
        ts.sort(key=lambda t: t['start'])
        note = records[key[0]]['events'][key[1]]['note']
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (a, b)
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert note[a['end']:b['start']].strip() != '', ('adjacent names', a, b)
    for rec in records:
        assert (rec['legalDomain'] == 'SGB2') == ('jobCentre' in rec) == ('householdNumber' in rec)
        assert (rec['legalDomain'] == 'SGB3') == ('agency' in rec)
        for e in rec['events']:
            assert all(ord(ch) < 0x10000 for ch in e['note'])


def main():
    self_check()
    records, truth = build()
    verify(records, truth)
    with open(os.path.join(HERE, 'heldout5.jsonl'), 'w', encoding='utf-8') as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout5.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read and verify again
    records2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout5.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout5.truth.jsonl'), encoding='utf-8')]
    verify(records2, truth2)
    per = {}
    for t in truth:
        per[t['kind']] = per.get(t['kind'], 0) + 1
    given = set(); sur = set()
    for o, d in NAMES.items():
        if o.startswith('_'): continue
        given |= set(d.get('m', [])) | set(d.get('f', [])) | set(d.get('u', [])); sur |= set(d.get('s', []))
    counts = {'heldout5': {'records': len(records), 'recordsSGB2': sum(r['legalDomain'] == 'SGB2' for r in records),
              'events': sum(len(r['events']) for r in records), 'spans': len(truth), 'templates': len(TEMPLATES),
              'templatesUsed': len(TEMPLATES), 'distinctGivenNamesInPool': len(given), 'distinctSurnamesInPool': len(sur),
              'perKind': dict(sorted(per.items()))}}
    with open(os.path.join(HERE, 'counts-heldout5.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False); f.write('\n')
    print(json.dumps(counts, indent=1))


if __name__ == '__main__':
    main()
