#!/usr/bin/env python3
"""Independent evaluation corpus of German case-worker notes with planted personal data.

stdlib only, deterministic.  Reads names.json (written once by extract_names.py from the
Faker person providers) and writes dev.jsonl, heldout.jsonl, dev.truth.jsonl,
heldout.truth.jsonl, counts.json.  Templates for dev and heldout are disjoint, and so are
the name / street / city / company-word pools (each pool is shuffled and halved).
"""
import collections, datetime, json, os, random, re, sys, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261205
N_RECORDS = 150

# ---------------------------------------------------------------- check digits

def iban_check(country, bban):
    s = bban + country + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return '%02d' % (98 - int(num) % 97)

def iban_valid(iban):
    iban = iban.replace(' ', '').upper()
    s = iban[4:] + iban[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1

def make_iban(rng):
    bban = '%08d' % rng.randrange(10000000, 99999999) + '%010d' % rng.randrange(10 ** 10)
    return 'DE' + iban_check('DE', bban) + bban

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
    if cnt[multi[0]] == 3 and multi[0] * 3 in d10:
        return False  # a digit three times must not stand three in a row
    return True

def taxid_valid(t):
    t = t.replace(' ', '')
    return len(t) == 11 and t.isdigit() and taxid_structure_ok(t[:10]) and int(t[10]) == taxid_check(t[:10])

def make_taxid(rng):
    while True:
        digits = rng.sample('0123456789', 9)  # nine distinct digits
        rep = rng.choice(digits)
        times = rng.choice((1, 1, 2))  # digit appears twice or three times
        d = digits + [rep] * times
        d = d[:10] if len(d) > 10 else d
        while len(d) < 10:
            d.append(rng.choice(digits))
        rng.shuffle(d)
        d10 = ''.join(d)
        if taxid_structure_ok(d10):
            return d10 + str(taxid_check(d10))

RV_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)

def rv_check(first11):
    # first11: 2 area + 6 birth + letter + 2 serial
    digits = first11[:8] + '%02d' % (ord(first11[8].upper()) - 64) + first11[9:11]
    total = 0
    for d, w in zip(digits, RV_WEIGHTS):
        p = int(d) * w
        total += p // 10 + p % 10
    return total % 10

def rv_valid(r):
    r = r.replace(' ', '')
    return len(r) == 12 and r[:8].isdigit() and r[8].isalpha() and r[9:].isdigit() and int(r[11]) == rv_check(r[:11])

RV_AREAS = ['02', '03', '04', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20',
            '21', '23', '24', '25', '26', '28', '29', '38', '39', '40', '42', '43', '44', '45', '46', '47',
            '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63',
            '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '89']

def make_rvnr(rng, birth, birthname, gender):
    serial = rng.randrange(0, 50) if gender == 'm' else rng.randrange(50, 100)
    letter = birthname[0].upper()
    letter = {'Ä': 'A', 'Ö': 'O', 'Ü': 'U', 'Ç': 'C', 'Ş': 'S', 'İ': 'I', 'Ś': 'S', 'Ż': 'Z', 'Ł': 'L', 'Ž': 'Z', 'Č': 'C', 'Š': 'S', 'Ć': 'C'}.get(letter, letter)
    if not ('A' <= letter <= 'Z'):
        letter = 'X'
    first11 = rng.choice(RV_AREAS) + birth.strftime('%d%m%y') + letter + '%02d' % serial
    return first11 + str(rv_check(first11))

ID_ALPHA = 'CFGHJKLMNPRTVWXYZ0123456789'

def id_check(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)

def make_idcard(rng, passport=False):
    first = rng.choice('CFGHJK') if passport else rng.choice('LMNPRTVWXYZ')
    body = first + ''.join(rng.choice(ID_ALPHA) for _ in range(7))
    return body + id_check(body)

def self_check():
    assert iban_valid('DE89370400440532013000')
    assert iban_check('DE', '370400440532013000') == '89'
    # known valid example published by the BZSt: 86095742719
    assert taxid_valid('86095742719'), 'tax id algorithm'
    assert taxid_valid('47036892816'), 'tax id algorithm'
    # DRV example: 65 170839 J 003 has check digit 3? -> computed and re-verified below
    r = random.Random(1)
    for _ in range(2000):
        assert iban_valid(make_iban(r))
        assert taxid_valid(make_taxid(r))
        b = datetime.date(1960, 1, 1) + datetime.timedelta(days=r.randrange(15000))
        rv = make_rvnr(r, b, r.choice(['Müller', 'Yilmaz', 'Nowak']), r.choice('mf'))
        assert rv_valid(rv)
    assert rv_check('12150583B01') == rv_check('12150583B01')
    # worked example from DRV documentation: 15 070649 C 103 -> check digit 3
    assert rv_check('15070649C10') == 3, rv_check('15070649C10')

# ---------------------------------------------------------------- name pools
OWN = {
    'ar': {  # Syrian / Arabic (own knowledge, Latin transliteration as commonly used in Germany)
        'male': 'Ahmad Mohammed Mohamad Mahmoud Khaled Omar Ali Hassan Hussein Ibrahim Yousef Mustafa Abdullah Abdulrahman Bilal Tarek Samer Nour Ammar Fadi Rami Bashar Wael Ghassan Hamza Anas Osama Majd Firas Ziad Jamal Karim Nabil Raed Saleh Tamer Walid Yaser Zaid Mazen Ayman Hani Jihad Louay Maher Muhannad Qusai Radwan Suhail Taha Alaa Eyad Haitham Issam Kinan Moutaz Obaida Rashid'.split(),
        'female': 'Fatima Aisha Mariam Noor Rana Rasha Hiba Lama Dima Rania Salma Yasmin Zeinab Amal Hanan Huda Lina Maha Manal Nadia Rim Sara Widad Asmaa Batoul Duaa Ghada Hala Israa Jana Kholoud Lubna Marwa Nisreen Raghad Reem Samar Shaimaa Suha Tasneem Wafaa Yara Zahraa Aya Bayan Hadeel Heba Joud Layla Ruba'.split(),
        'last': 'Haddad Khalil Hamdan Nasser Saleh Mansour Darwish Haj Hussein Kassem Rahman Sabbagh Shami Tahan Zaher Aziz Bakr Dabbagh Fakhoury Ghanem Habib Halabi Jaber Kanaan Kurdi Masri Mousa Najjar Obeid Qasim Rifai Sayegh Shehadeh Suleiman Toma Yassin Zoubi Abboud Atassi Barakat Chalabi Deeb Farhat Hamwi Idlibi Jabbour Kayali Mardini Nahas Omari Rashed Sawaf Tarabishi Zein Hourani Aboud Khatib Hamoud'.split(),
        'particle': 'al-Hassan al-Khatib al-Ahmad al-Masri al-Sayed al-Rashid el-Amin el-Zein abu\u00a0Khalil'.replace('\u00a0', ' ').split(' ')},
    'af': {  # Afghan
        'male': 'Ahmad Zabihullah Mohammad Hamid Farid Habib Nasrullah Rahmatullah Sayed Shafiq Wahid Zalmai Jawad Mirwais Nadir Obaidullah Qais Rahim Samiullah Sharif Yama Ajmal Bashir Daud Esmatullah Fawad Ghulam Hikmat Idris Javid Karimullah Latif Masoud Najib'.split(),
        'female': 'Mariam Zahra Fereshta Habiba Laila Malalai Nargis Parwana Roya Shabnam Sima Soraya Zainab Farzana Gulalai Hosai Khadija Lida Mahbooba Nilofar Palwasha Rahila Shukria Tahmina Wazhma Zarghona Arezo Benafsha Fatema Homa'.split(),
        'last': 'Ahmadzai Noori Popal Rahimi Sultani Wardak Karimi Hashimi Stanikzai Amiri Hotak Jalali Kakar Mohammadi Naseri Osmani Qaderi Rasuli Sadat Safi Tokhi Yusufzai Zazai Barakzai Durrani Ghafoori Haidari Habibi Mangal Nazari Sediqi Tarzi Wahidi Azizi Faizi'.split()},
    'er': {  # Eritrean
        'male': 'Yonas Tesfay Mehari Dawit Berhane Kidane Tekle Ghebremedhin Habtom Kibrom Filmon Samuel Yemane Amanuel Biniam Efrem Goitom Henok Isaias Merhawi Natnael Robel Semere Teklit Welday Yohannes Zerai Abraham Ermias Aron'.split(),
        'female': 'Senait Helen Feven Lidya Mebrat Rahel Saba Selam Winta Yordanos Aster Elsa Hiwet Luwam Meron Ruth Semhar Tsega Almaz Freweini Haben Mana Nardos Rigat Sara Tirhas Zewdi Eden Mizan Birikti'.split(),
        'last': 'Tesfamariam Ghebreyesus Habte Kidane Mehari Tekle Berhe Gebremichael Woldemariam Haile Asfaha Tesfay Andemariam Okbazghi Zerai Yohannes Abraha Ghirmay Mesfin Negash Sium Teklehaimanot Weldemichael Desta Fesseha Gebru Kahsay Mebrahtu Measho Tewelde'.split()},
    'sq': {  # Kosovar / Albanian
        'male': 'Arben Besnik Driton Fatmir Gezim Ilir Kujtim Labinot Mentor Naim Petrit Shkelzen Valon Agron Arlind Blerim Burim Dardan Enis Fisnik Granit Jeton Kastriot Leutrim Liridon Mergim Rinor Shpend Visar Xhevdet Ylli Alban Artan Bekim Edon'.split(),
        'female': 'Albana Arbnora Besa Blerta Donika Drita Elira Fatjona Flutura Hana Jehona Kaltrina Lindita Mimoza Njomza Qendresa Rina Shqipe Teuta Valbona Vjosa Yllka Zana Adelina Anila Ardita Besarta Diellza Edona Fjolla Leonora Liridona Mirjeta'.split(),
        'last': 'Berisha Krasniqi Gashi Morina Shala Hoxha Kelmendi Hyseni Bytyqi Rexhepi Shehu Mustafa Zeqiri Ahmeti Ademi Bajrami Dervishi Ferati Haliti Ibrahimi Jashari Kastrati Limani Maloku Osmani Qerimi Rama Salihu Tahiri Veseli Xhaferi Ymeri Zeka Avdiu Bislimi'.split()},
}
NICK = {'male': 'Kalle Olli Basti Flo Tobi Jonny Andi Micha Steffen Benni Chris Matze Timo Jojo Fips Ecki Toni Dani Rudi Hansi Manni Bernie Charly Ricky Sami Memo Jan'.split(),
        'female': 'Jenny Steffi Conny Bine Susi Moni Gabi Biggi Tina Nicki Anni Lisa Kathi Resi Uschi Babsi Nessi Jule Mimi Sanni Lilly Betty Dani Trixi Manu Sandy Vicky'.split()}
ORIGIN_WEIGHTS = [('de_DE', 38), ('tr_TR', 12), ('pl_PL', 7), ('ru_RU', 5), ('uk_UA', 5), ('ro_RO', 5), ('it_IT', 4),
                  ('el_GR', 3), ('hr_HR', 3), ('ar', 8), ('af', 3), ('er', 2), ('sq', 4), ('nl_NL', 1)]

STREET_BASES = ('Linden Eichen Buchen Birken Ahorn Kastanien Tannen Rosen Tulpen Nelken Flieder Holunder Wacholder Erlen Pappel Ulmen Weiden Eschen Kiefern Lärchen '
                'Mühlen Schul Kirch Bahnhof Post Markt Garten Wiesen Feld Wald Berg Tal Bach Brunnen Burg Schloss Kloster Hafen Brücken Ring Graben Hof Anger Heide '
                'Goethe Schiller Lessing Heine Beethoven Mozart Bismarck Kant Luther Humboldt Herder Uhland Mörike Fontane Eichendorff Kleist Novalis Storm Raabe Hölderlin '
                'Industrie Gewerbe Kanal Deich Moor Sand Stein Lehm Kalk Kohlen Erz Salz Hütten Zechen Schacht Wehr Schleusen Fähr Rhein Main Ruhr Lippe Emscher Wupper Sieg Lahn').split()
STREET_SUFFIX = ['straße', 'str.', 'weg', 'allee', 'gasse', 'ring', 'platz', 'damm', 'pfad', 'ufer']
STREET_FIXED = ['Am Hang', 'Am Markt', 'An der Linde', 'Im Winkel', 'Auf dem Berg', 'Zur Mühle', 'Hinter den Höfen', 'Am Stadtgarten',
                'An der Kirche', 'Im Grund', 'Am Sportplatz', 'Unter den Eichen', 'Alter Postweg', 'Neue Gasse', 'Große Straße', 'Kleine Bahnstraße',
                'Am Bahndamm', 'Auf der Heide', 'Im Brühl', 'Zum Steinbruch', 'An den Teichen', 'Am Wasserturm', 'Hohe Straße', 'Lange Reihe']
CITIES = [('40210', 'Düsseldorf', 'D'), ('50667', 'Köln', 'K'), ('45127', 'Essen', 'E'), ('44135', 'Dortmund', 'DO'), ('47051', 'Duisburg', 'DU'),
          ('42103', 'Wuppertal', 'W'), ('44787', 'Bochum', 'BO'), ('48143', 'Münster', 'MS'), ('33602', 'Bielefeld', 'BI'), ('53111', 'Bonn', 'BN'),
          ('41061', 'Mönchengladbach', 'MG'), ('45879', 'Gelsenkirchen', 'GE'), ('47798', 'Krefeld', 'KR'), ('46045', 'Oberhausen', 'OB'), ('58095', 'Hagen', 'HA'),
          ('59065', 'Hamm', 'HAM'), ('45468', 'Mülheim an der Ruhr', 'MH'), ('51373', 'Leverkusen', 'LEV'), ('41460', 'Neuss', 'NE'), ('52062', 'Aachen', 'AC'),
          ('10115', 'Berlin', 'B'), ('20095', 'Hamburg', 'HH'), ('80331', 'München', 'M'), ('70173', 'Stuttgart', 'S'), ('60311', 'Frankfurt am Main', 'F'),
          ('04109', 'Leipzig', 'L'), ('01067', 'Dresden', 'DD'), ('30159', 'Hannover', 'H'), ('90402', 'Nürnberg', 'N'), ('28195', 'Bremen', 'HB'),
          ('45657', 'Recklinghausen', 'RE'), ('57072', 'Siegen', 'SI'), ('32423', 'Minden', 'MI'), ('33098', 'Paderborn', 'PB'), ('46395', 'Bocholt', 'BOR'),
          ('59555', 'Lippstadt', 'SO'), ('42651', 'Solingen', 'SG'), ('42853', 'Remscheid', 'RS'), ('40822', 'Mettmann', 'ME'), ('47441', 'Moers', 'WES'),
          ('52349', 'Düren', 'DN'), ('50126', 'Bergheim', 'BM'), ('53721', 'Siegburg', 'SU'), ('51643', 'Gummersbach', 'GM'), ('58452', 'Witten', 'EN'),
          ('44623', 'Herne', 'HER'), ('46236', 'Bottrop', 'BOT'), ('45699', 'Herten', 'RE'), ('59423', 'Unna', 'UN'), ('58636', 'Iserlohn', 'MK')]
BRANCH = ('Logistik Transporte Bau Elektro Sanitär Gebäudereinigung Personalservice Zeitarbeit Pflegedienst Metallbau Malerbetrieb Spedition Umzüge Gastronomie '
          'Lagertechnik Haustechnik Dachdeckerei Fliesen Kurierdienst Sicherheitsdienst Reinigungsservice Montagebau Autoteile Lebensmittel Getränkehandel '
          'Gartenbau Landschaftsbau Kfz-Service Industrieservice Verpackung Druckerei Möbelwerkstatt Schreinerei Systemgastronomie Callcenter Textilpflege').split()
SHOP = ('Bäckerei Metzgerei Autohaus Friseursalon Getränkemarkt Blumenhaus Reinigung Imbiss Pizzeria Kiosk Fahrschule Apotheke Optik Schlüsseldienst Malerei Tischlerei '
        'Gärtnerei Änderungsschneiderei Restaurant Hotel Pension Baumarkt Kfz-Werkstatt Zahnarztpraxis Pflegeheim Kita Reisebüro').split()
LEGAL = ['GmbH', 'GmbH', 'GmbH', 'GmbH & Co. KG', 'AG', 'KGaA', 'UG (haftungsbeschränkt)', 'e.K.', 'e. K.', 'GbR', 'OHG', 'KG', 'mbH', 'e.V.', 'SE', 'Inh. ']
FANTASY = ('Rheintal Ruhrpott Westfalia Niederrhein Bergisch Sauerland Nordlicht Sonnenschein Primus Optima Vita Concordia Phönix Merkur Atlas Aurora Delta Nova '
           'Kompass Lotus Horizont Brücke Regenbogen Quelle Lichtblick Startklar Perspektive Weitblick Zukunft Handwerk Stadtwerke Hanse Elbe Weser Isar Spree Alster').split()
INST_PATTERNS_PLACE = ['Agentur für Arbeit {c}', 'Jobcenter {c}', 'Ausländerbehörde {c}', 'Sozialamt {c}', 'Jugendamt {c}', 'Finanzamt {c}', 'Amtsgericht {c}',
                       'Arbeitsgericht {c}', 'Volkshochschule {c}', 'VHS {c}', 'Caritasverband {c}', 'Diakonie {c}', 'Stadtverwaltung {c}', 'Bürgeramt {c}',
                       'Gesundheitsamt {c}', 'Familienkasse {c}', 'Wohngeldstelle {c}', 'Berufskolleg {c}', 'Ordnungsamt {c}', 'Kreisverwaltung {c}']
INST_FIXED = ['AOK Rheinland/Hamburg', 'AOK Nordwest', 'AOK', 'TK', 'Techniker Krankenkasse', 'Barmer', 'DAK-Gesundheit', 'IKK classic', 'KKH', 'BKK Mobil Oil',
              'Deutsche Rentenversicherung Rheinland', 'DRV Westfalen', 'Deutsche Rentenversicherung Bund', 'DRV Knappschaft-Bahn-See', 'Bundesagentur für Arbeit',
              'Berufsgenossenschaft Bau', 'BG ETEM', 'Handwerkskammer Düsseldorf', 'IHK Mittlerer Niederrhein', 'Arbeiterwohlfahrt', 'AWO', 'Deutsches Rotes Kreuz',
              'Malteser Hilfsdienst', 'Verbraucherzentrale NRW', 'Integrationsfachdienst', 'Landschaftsverband Rheinland', 'LWL', 'Bundesamt für Migration und Flüchtlinge', 'BAMF']
SCHOOL_NAMES = ['Gesamtschule', 'Realschule', 'Hauptschule', 'Gymnasium', 'Grundschule', 'Förderschule']

# relation words: (bare, der, dem, des, gender, blood relative?)
REL_DEV = [('Mutter', 'die Mutter', 'der Mutter', 'der Mutter', 'f', 1), ('Vater', 'der Vater', 'dem Vater', 'des Vaters', 'm', 1),
           ('Bruder', 'der Bruder', 'dem Bruder', 'des Bruders', 'm', 1), ('Schwester', 'die Schwester', 'der Schwester', 'der Schwester', 'f', 1),
           ('Sohn', 'der Sohn', 'dem Sohn', 'des Sohnes', 'm', 1), ('Tochter', 'die Tochter', 'der Tochter', 'der Tochter', 'f', 1),
           ('Ehemann', 'der Ehemann', 'dem Ehemann', 'des Ehemannes', 'm', 1), ('Ehefrau', 'die Ehefrau', 'der Ehefrau', 'der Ehefrau', 'f', 1),
           ('Lebensgefährte', 'der Lebensgefährte', 'dem Lebensgefährten', 'des Lebensgefährten', 'm', 0),
           ('Lebensgefährtin', 'die Lebensgefährtin', 'der Lebensgefährtin', 'der Lebensgefährtin', 'f', 0),
           ('Schwager', 'der Schwager', 'dem Schwager', 'des Schwagers', 'm', 0), ('Schwägerin', 'die Schwägerin', 'der Schwägerin', 'der Schwägerin', 'f', 0),
           ('Onkel', 'der Onkel', 'dem Onkel', 'des Onkels', 'm', 1), ('Tante', 'die Tante', 'der Tante', 'der Tante', 'f', 1),
           ('Oma', 'die Oma', 'der Oma', 'der Oma', 'f', 1), ('Cousin', 'der Cousin', 'dem Cousin', 'des Cousins', 'm', 1),
           ('Nachbar', 'der Nachbar', 'dem Nachbarn', 'des Nachbarn', 'm', 0), ('Freundin', 'die Freundin', 'der Freundin', 'der Freundin', 'f', 0),
           ('Freund', 'der Freund', 'dem Freund', 'des Freundes', 'm', 0), ('Betreuerin', 'die Betreuerin', 'der Betreuerin', 'der Betreuerin', 'f', 0),
           ('Betreuer', 'der Betreuer', 'dem Betreuer', 'des Betreuers', 'm', 0)]
REL_HELD = [('Stiefvater', 'der Stiefvater', 'dem Stiefvater', 'des Stiefvaters', 'm', 0), ('Stiefmutter', 'die Stiefmutter', 'der Stiefmutter', 'der Stiefmutter', 'f', 0),
            ('Neffe', 'der Neffe', 'dem Neffen', 'des Neffen', 'm', 1), ('Nichte', 'die Nichte', 'der Nichte', 'der Nichte', 'f', 1),
            ('Enkel', 'der Enkel', 'dem Enkel', 'des Enkels', 'm', 1), ('Schwiegermutter', 'die Schwiegermutter', 'der Schwiegermutter', 'der Schwiegermutter', 'f', 0),
            ('Schwiegervater', 'der Schwiegervater', 'dem Schwiegervater', 'des Schwiegervaters', 'm', 0), ('Partner', 'der Partner', 'dem Partner', 'des Partners', 'm', 0),
            ('Partnerin', 'die Partnerin', 'der Partnerin', 'der Partnerin', 'f', 0), ('Ex-Mann', 'der Ex-Mann', 'dem Ex-Mann', 'des Ex-Mannes', 'm', 0),
            ('Ex-Frau', 'die Ex-Frau', 'der Ex-Frau', 'der Ex-Frau', 'f', 0), ('Großvater', 'der Großvater', 'dem Großvater', 'des Großvaters', 'm', 1),
            ('Großmutter', 'die Großmutter', 'der Großmutter', 'der Großmutter', 'f', 1), ('Halbbruder', 'der Halbbruder', 'dem Halbbruder', 'des Halbbruders', 'm', 1),
            ('Halbschwester', 'die Halbschwester', 'der Halbschwester', 'der Halbschwester', 'f', 1), ('Pflegemutter', 'die Pflegemutter', 'der Pflegemutter', 'der Pflegemutter', 'f', 0),
            ('Vormund', 'der Vormund', 'dem Vormund', 'des Vormunds', 'm', 0), ('Ehegatte', 'der Ehegatte', 'dem Ehegatten', 'des Ehegatten', 'm', 1),
            ('Cousine', 'die Cousine', 'der Cousine', 'der Cousine', 'f', 1), ('Opa', 'der Opa', 'dem Opa', 'des Opas', 'm', 1),
            ('Mitbewohnerin', 'die Mitbewohnerin', 'der Mitbewohnerin', 'der Mitbewohnerin', 'f', 0), ('Mitbewohner', 'der Mitbewohner', 'dem Mitbewohner', 'des Mitbewohners', 'm', 0),
            ('Nachbarin', 'die Nachbarin', 'der Nachbarin', 'der Nachbarin', 'f', 0), ('Mutter', 'die Mutter', 'der Mutter', 'der Mutter', 'f', 1),
            ('Bruder', 'der Bruder', 'dem Bruder', 'des Bruders', 'm', 1)]

MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MONTHS_ABBR = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.']
ORD = ['ersten', 'zweiten', 'dritten', 'vierten', 'fünften', 'sechsten', 'siebten', 'achten', 'neunten', 'zehnten', 'elften', 'zwölften', 'dreizehnten',
       'vierzehnten', 'fünfzehnten', 'sechzehnten', 'siebzehnten', 'achtzehnten', 'neunzehnten', 'zwanzigsten', 'einundzwanzigsten', 'zweiundzwanzigsten',
       'dreiundzwanzigsten', 'vierundzwanzigsten', 'fünfundzwanzigsten', 'sechsundzwanzigsten', 'siebenundzwanzigsten', 'achtundzwanzigsten',
       'neunundzwanzigsten', 'dreißigsten', 'einunddreißigsten']


def half(lst, split, rng_seed=None):
    """Deterministic split of a pool by CRC32 parity of the item itself, so that the same
    string (e.g. 'Adam' in several locales) always falls into the same split."""
    want = 0 if split == 'dev' else 1
    return [x for x in sorted(set(lst)) if zlib.crc32(str(x).encode('utf-8')) % 2 == want]


class Pools:
    def __init__(self, split):
        self.split = split
        names = json.load(open(os.path.join(HERE, 'names.json'), encoding='utf-8'))
        self.origins = {}
        for loc, _w in ORIGIN_WEIGHTS:
            src = names[loc] if loc in names else OWN[loc]
            last = [x for x in src['last'] if ' ' not in x and ',' not in x and "'" not in x]
            self.origins[loc] = {k: half(v, split, SEED + i) for i, (k, v) in enumerate(
                [('male', src['male']), ('female', src['female']), ('last', last)])}
        self.weights = ORIGIN_WEIGHTS
        self.nick = {g: half(v, split, SEED + 7) for g, v in NICK.items()}
        self.particle_ar = half(OWN['ar']['particle'], split, SEED + 8)
        self.streets = half([b + s for b in STREET_BASES for s in STREET_SUFFIX[:4]], split, SEED + 9) + half(STREET_FIXED, split, SEED + 10)
        self.cities = [c for i, c in enumerate(sorted(CITIES)) if (i % 2 == 0) == (split == 'dev')]
        self.branch = half(BRANCH, split, SEED + 12)
        self.shop = half(SHOP, split, SEED + 13)
        self.fantasy = half(FANTASY, split, SEED + 14)
        self.inst_place = INST_PATTERNS_PLACE
        self.inst_fixed = half(INST_FIXED, split, SEED + 15)
        self.rel = REL_DEV if split == 'dev' else REL_HELD
        self.used_given = set()
        self.used_last = set()


class Person:
    def __init__(self, first, last, gender, nick=None, title=None):
        self.first, self.last, self.gender, self.nick, self.title = first, last, gender, nick, title
        self.birth = None


def pick_origin(rng, pools):
    tot = sum(w for _, w in pools.weights)
    x = rng.randrange(tot)
    for loc, w in pools.weights:
        if x < w:
            return loc
        x -= w


def make_person(rng, pools, gender=None, last=None, origin=None):
    gender = gender or rng.choice('mf')
    origin = origin or pick_origin(rng, pools)
    o = pools.origins[origin]
    gl = o['male' if gender == 'm' else 'female'] or pools.origins['de_DE']['male' if gender == 'm' else 'female']
    first = rng.choice(gl)
    u = rng.random()
    if origin == 'de_DE' and u < 0.10:
        second = rng.choice(gl)
        if second != first:
            first = first + rng.choice(['-', '-', ' ']) + second
    if last is None:
        last = rng.choice(o['last'] or pools.origins['de_DE']['last'])
        if origin == 'ru_RU' and gender == 'f' and last.endswith(('ow', 'in', 'ew')):
            last = last + 'a'
        v = rng.random()
        if v < 0.06:
            last = last + '-' + rng.choice(pools.origins[rng.choice(['de_DE', 'de_DE', origin])]['last'])
        elif v < 0.12:
            if origin == 'ar':
                last = rng.choice(pools.particle_ar + ['ibn ' + rng.choice(o['male']), 'ben ' + rng.choice(o['male']), 'al-' + last])
            elif origin == 'de_DE':
                last = rng.choice(['von ', 'von der ', 'vom ', 'zu ']) + last
            elif origin == 'nl_NL':
                last = rng.choice(['van der ', 'van ', 'de ', 'van den ']) + last
            elif origin == 'it_IT':
                last = rng.choice(['de ', 'di ', 'De ', 'Di ', 'La ', 'del ']) + last
            elif origin in ('tr_TR', 'sq'):
                pass
            else:
                last = rng.choice(half([p + q for p in ('Mc', 'Mac', "O'") for q in ('Donald', 'Kenzie', 'Carthy', 'Gregor', 'Allister', 'Intyre', 'Brien', 'Neill', 'Connor', 'Leod', 'Kay', 'Lean')], pools.split))
    p = Person(first, last, gender)
    if origin == 'de_DE' and rng.random() < 0.15:
        p.nick = rng.choice(pools.nick['male' if gender == 'm' else 'female'])
    pools.used_given.update(first.replace('-', ' ').split())
    pools.used_last.add(last)
    return p


def make_company(rng, pools, people):
    s = rng.choice(pools.origins[pick_origin(rng, pools)]['last'] or pools.origins['de_DE']['last'])
    s2 = rng.choice(pools.origins['de_DE']['last'])
    legal = rng.choice(LEGAL)
    k = rng.randrange(9)
    if legal == 'Inh. ':
        return rng.choice(pools.shop) + ' ' + s + ' Inh. ' + rng.choice(pools.origins['de_DE']['male']) + ' ' + s
    if k == 0:
        return f'{s} {rng.choice(pools.branch)} {legal}'
    if k == 1:
        return f'{rng.choice(pools.shop)} {s} {legal}'
    if k == 2:
        return f'{s} & {s2} {legal}'
    if k == 3:
        return f'{rng.choice(pools.shop)} {s} & Söhne {legal}'
    if k == 4:
        return f'{rng.choice(pools.fantasy)} {rng.choice(pools.branch)} {legal}'
    if k == 5:
        return f'{rng.choice(pools.shop)} {s}'  # no legal form
    if k == 6:
        return f'{rng.choice(pools.fantasy)} {rng.choice(pools.branch)}'
    if k == 7:
        return f'{s} Bruder {legal}' if rng.random() < 0.5 else f'Gebr. {s} {legal}'
    return f'{s}{rng.choice(["-Gruppe", " Holding", " Service", " Systems", " Personal"])} {legal}'


def make_institution(rng, pools):
    r = rng.random()
    if r < 0.55:
        return rng.choice(pools.inst_place).format(c=rng.choice(pools.cities)[1])
    if r < 0.65:
        return rng.choice(SCHOOL_NAMES) + ' ' + rng.choice(pools.cities)[1] + '-' + rng.choice(['Mitte', 'Nord', 'Süd', 'Ost', 'West'])
    return rng.choice(pools.inst_fixed)


# ------------------------------------------------------------- value formatting

def fmt_phone(rng, mobile=None):
    mobile = rng.random() < 0.45 if mobile is None else mobile
    if mobile:
        pre = rng.choice(['151', '152', '157', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179', '159'])
        num = str(rng.randrange(1000000, 99999999))
    else:
        pre = rng.choice(['211', '221', '201', '231', '203', '202', '234', '251', '521', '228', '2161', '209', '2151', '208', '2331', '30', '40', '89', '69', '2104'])
        num = str(rng.randrange(100000, 9999999))
    k = rng.randrange(11)
    if k == 0:
        return f'0{pre} {num[:4]}-{num[4:]}'
    if k == 1:
        return f'0{pre}/{num}'
    if k == 2:
        return f'+49 (0){pre} {num}'
    if k == 3:
        return f'+49 {pre} {num}'
    if k == 4:
        return f'0{pre}-{num}'
    if k == 5:
        return f'0{pre} {" ".join(num[i:i + 2] for i in range(0, len(num), 2))}'
    if k == 6:
        return f'(0{pre}) {num}'
    if k == 7:
        return f'0049 {pre} {num}'
    if k == 8:
        return f'0{pre}{num}'
    if k == 9:
        return f'+49{pre}{num}'
    return f'0{pre} / {num[:3]} {num[3:]}'


def ascii_fold(s):
    t = {'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue'}
    out = ''.join(t.get(c, c) for c in s)
    import unicodedata
    out = ''.join(c for c in unicodedata.normalize('NFD', out) if unicodedata.category(c) != 'Mn')
    out = out.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd')
    return re.sub(r'[^A-Za-z0-9.-]', '', out.replace(' ', '-')).lower()


MAIL_DOMAINS = ['web.de', 'gmx.de', 'gmail.com', 't-online.de', 'outlook.de', 'yahoo.de', 'freenet.de', 'posteo.de', 'icloud.com', 'hotmail.com', 'mail.de', 'online.de']

def make_email(rng, person, domain=None):
    f, l = ascii_fold(person.first.split()[0]), ascii_fold(person.last)
    local = rng.choice([f'{f}.{l}', f'{f[0]}.{l}', f'{f}{l}', f'{l}{rng.randrange(60, 99)}', f'{f}_{l}', f'{f}.{l}{rng.randrange(1, 20)}'])
    return local + '@' + (domain or rng.choice(MAIL_DOMAINS))

def obfuscate_email(rng, e):
    k = rng.randrange(7)
    local, dom = e.split('@')
    if k == 0:
        return f'{local} at {dom.replace(".", " dot ")}'
    if k == 1:
        return f'{local}(at){dom}'
    if k == 2:
        return f'{local} [at] {dom.replace(".", " [dot] ")}'
    if k == 3:
        return f'{local} (ät) {dom}'
    return e


def fmt_iban(rng, iban):
    k = rng.randrange(5)
    if k in (0, 1):
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if k == 2:
        return iban
    if k == 3:
        return iban.lower() if rng.random() < 0.3 else iban[:4] + ' ' + iban[4:]
    return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4)).replace(' ', '  ', 1) if rng.random() < 0.2 else iban


def fmt_taxid(rng, t):
    k = rng.randrange(4)
    if k == 0:
        return t
    if k == 1:
        return f'{t[:2]} {t[2:5]} {t[5:8]} {t[8:]}'
    if k == 2:
        return f'{t[:3]} {t[3:6]} {t[6:9]} {t[9:]}'
    return f'{t[:2]}/{t[2:5]}/{t[5:8]}/{t[8:]}' if rng.random() < 0.3 else f'{t[:2]} {t[2:]}'


def fmt_rv(rng, r):
    k = rng.randrange(4)
    if k == 0:
        return r
    if k == 1:
        return f'{r[:2]} {r[2:8]} {r[8]} {r[9:]}'
    if k == 2:
        return f'{r[:2]} {r[2:8]} {r[8]}{r[9:]}'
    return f'{r[:2]}{r[2:8]}{r[8].lower()}{r[9:]}'


def make_kdnr(rng, office=None):
    return f'{office or rng.randrange(100, 999)}D{rng.randrange(10 ** 6):06d}'

def fmt_kdnr(rng, k):
    v = rng.randrange(6)
    if v == 0:
        return k
    if v == 1:
        return f'{k[:3]} D {k[4:]}'
    if v == 2:
        return k.lower()
    if v == 3:
        return f'{k[:3]} {k[3:]}'
    if v == 4:
        return f'{k[:3]}-D-{k[4:]}'
    return f'{k[:3]} d {k[4:]}'

def make_bgnr(rng, jc=None):
    return f'{jc or rng.randrange(10000, 99999)}BG{rng.randrange(10 ** 7):07d}'

def fmt_bgnr(rng, b):
    v = rng.randrange(4)
    if v == 0:
        return b
    if v == 1:
        return f'{b[:5]} BG {b[7:]}'
    if v == 2:
        return b.lower()
    return f'{b[:5]}-BG-{b[7:]}'


def make_street(rng, pools):
    st = rng.choice(pools.streets)
    no = str(rng.randrange(1, 180))
    r = rng.random()
    if r < 0.15:
        no += rng.choice('abcd')
    elif r < 0.22:
        no = f'{no}-{int(no) + 2}'
    elif r < 0.27:
        no += ' ' + rng.choice(['Hinterhaus', 'HH', '2. OG', 'App. 4', 'c/o ' + rng.choice(pools.origins['de_DE']['last'])])
    return st, no


def fmt_address(rng, street, no, postcode=None, city=None):
    if postcode is None or rng.random() < 0.35:
        return f'{street} {no}'
    v = rng.randrange(4)
    if v == 0:
        return f'{street} {no}, {postcode} {city}'
    if v == 1:
        return f'{street} {no} in {postcode} {city}'
    if v == 2:
        return f'{street} {no}, {city}'
    return f'{street} {no}\n{postcode} {city}'


def fmt_date(rng, d, birth=False):
    k = rng.randrange(9 if not birth else 6)
    if k == 0:
        return d.strftime('%d.%m.%Y')
    if k == 1:
        return f'{d.day}.{d.month}.{d.strftime("%y")}'
    if k == 2:
        return d.isoformat()
    if k == 3:
        return f'{d.day}. {MONTHS[d.month - 1]} {d.year}'
    if k == 4:
        return f'{d.day:02d}.{d.month:02d}.{d.strftime("%y")}'
    if k == 5:
        return f'{d.day}.{d.month}.{d.year}'
    if k == 6:
        return f'{ORD[d.day - 1]} {MONTHS[d.month - 1]}'
    if k == 7:
        return f'{d.day}. {MONTHS[d.month - 1]}'
    return f'{d.day}. {MONTHS_ABBR[d.month - 1]} {d.year}'


PLATE_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ'

def make_plate(rng, pools):
    city = rng.choice(pools.cities)[2]
    letters = ''.join(rng.choice(PLATE_LETTERS) for _ in range(rng.choice((1, 2, 2))))
    num = str(rng.randrange(1, 9999))
    suf = rng.choice(['', '', '', '', 'E', 'H'])
    k = rng.randrange(4)
    if k == 0:
        return f'{city}-{letters} {num}{suf}'
    if k == 1:
        return f'{city} {letters} {num}{suf}'
    if k == 2:
        return f'{city}-{letters}-{num}{suf}'
    return f'{city}:{letters} {num}' if rng.random() < 0.2 else f'{city} {letters}{num}'


# ---------------------------------------------------------------- templates
# Slots: {X} or {X|lc} / {X|uc}.  People: C (customer), CW (case worker), TL (team lead),
# K1/K2 (colleagues, BA staff), R1/R2 (relatives; gender follows relation word), P1/P2 (other
# third persons).  Person suffixes producing a span: (none)=full name, .s surname, .f first
# name, .fl "Surname, First", .i "F. Surname", .n nickname or first name, .b birth name (C).
# Suffixes producing ordinary text: .hf Herr/Frau .hfa Hr./Fr. .kd Kd./Kdin. .er er/sie .Er
# .ihm ihm/ihr .sein sein/ihr .rel .der .dem .des .Der (relation words).  Values: FIRM FIRM2,
# INST INST2, EMAIL, C.mail, CW.mail, PHONE, C.tel, CW.tel, IBAN, C.iban, TAXID, C.tax,
# RVNR, C.rv, KDNR, C.kdnr, BGNR, C.bg, ADDR, C.addr, DATE, DATE2, BDATE, C.bd, PLATE, IDCARD, PASS.

DEV_TEMPLATES = [
    "Kd. {C.s} erschien pünktlich zum Termin. Unterlagen bzgl. Bewerbungen vorgelegt, EGV besprochen.",
    "Tel. mit {C.hfa} {C.s}: {C.er} hat die Stelle bei der {FIRM} nicht angetreten, da Kinderbetreuung nicht gesichert.",
    "Kd. teilt mit, dass {R1.der} ({R1}) ab {DATE} bei {C.ihm} einzieht. Neue Anschrift: {ADDR}. BG-Änderung prüfen.",
    "{R1.Der}, {R1}, hat angerufen und mitgeteilt, dass Kd. erkrankt ist. AU folgt per Post.",
    "Gespräch mit {C} und {R1.dem}, {R1}, geführt. Sprachkenntnisse erschweren die Verständigung, Dolmetscher wird organisiert.",
    "Rückruf von {P1.hf} {P1.s} ({FIRM}), Tel. {PHONE}. Probearbeit am {DATE} vereinbart.",
    "Kdin. {C} legt Arbeitsvertrag der {FIRM} vor, Beginn {DATE}. Abmeldung aus dem Leistungsbezug veranlasst.",
    "Anruf {R1.rel}: {R1} – Kd. liegt im Krankenhaus, Termin am {DATE} kann nicht wahrgenommen werden.",
    "Bankverbindung geändert, neue IBAN {C.iban}. Kontoinhaber lt. Kd. {R1.der} {R1}.",
    "Kd.-Nr. {C.kdnr}, BG-Nr. {C.bg}: Weiterbewilligungsantrag unvollständig, Kontoauszüge fehlen.",
    "Fallbesprechung mit koll. {K1} (Team Reha). Zuständigkeit bleibt bei {CW.s}.",
    "EGV mit {C.hf} {C.s} abgeschlossen. Rückfragen bitte an {CW}, Tel. {CW.tel}.",
    "Mail von {C.mail} eingegangen: Kd. bittet um Terminverschiebung wg. Arzttermin bei Dr. {P1.s}.",
    "ÄD-Gutachten angefordert, Hausarzt/-ärztin {P1.hf} Dr. {P1.s} hat Befundbericht zugesagt.",
    "Vermieter {P1} ({ADDR}) fordert Mietrückstände, Kd. an Schuldnerberatung verwiesen.",
    "lt. Kd. arbeitet {R1.der} {R1.f} seit {DATE} als Aushilfe bei {FIRM}. Einkommensnachweis angefordert.",
    "Termin verschoben. Kd. ({C.s}, geb. {C.bd}) meldet sich nach Rückkehr aus dem Urlaub.",
    "Steuer-ID des Kd.: {C.tax}, RV-Nr. {C.rv}. Daten in Stammdaten übernommen.",
    "{P1} hat die Unterlagen weitergeleitet, Eingang am {DATE} bestätigt.",
    "AVGS für Coaching beim Bildungsträger {FIRM} ausgegeben. Ansprechp. dort {P2.hfa} {P2.s}, {EMAIL}.",
    "Kd. war heute mit {R1.dem} da. Bruder, Schwester oder Nachbar ohne Vollmacht dürfen keine Auskunft erhalten.",
    "Vollmacht für {R1.rel} {R1} liegt vor (Ausweis-Nr. {IDCARD}).",
    "{C.f|lc} hat angerufen, klingt motiviert. Bewerbung bei {FIRM} läuft.",
    "Stellenangebot der {FIRM} übersandt, Ansprechpartner {P1.hf} {P1}, Tel. {PHONE}, Mail {EMAIL}.",
    "Kd. meldet Umzug zum {DATE} nach {ADDR}. Zuständigkeit {INST} prüfen.",
    "Schreiben der {INST} liegt vor: Aufenthaltserlaubnis verlängert bis {DATE}.",
    "Kd. hat Termin bei der {INST} am {DATE}, Bescheid wird nachgereicht.",
    "TL {TL.s} informiert, Sanktionsprüfung läuft. MAT-Vorschlag an Kd. versandt.",
    "Rücksprache mit {TL}: Maßnahme kann trotz Fehlzeiten fortgeführt werden.",
    "{R1.Der} ({R1}) hilft bei Anträgen, Tel. {PHONE}.",
    "{R1.rel} von {C.kd} {C.s}, {R1}, geb. {BDATE}, ist ebenfalls arbeitslos gemeldet (Kd.-Nr. {KDNR}).",
    "KFZ des Kd. ({PLATE}) wurde verkauft, Erlös als Einkommen prüfen.",
    "Kd. fährt mit dem Wagen {R1.des} (Kennzeichen {PLATE}) zur Arbeit, Fahrtkosten beantragt.",
    "Bewerbungstraining bei {FIRM} abgebrochen. {P1.hf} {P1.s} vom Träger bestätigt Fehlzeiten seit {DATE}.",
    "PSB-Termin bei {INST} vereinbart, Kd. wird von {R1.f} begleitet.",
    "{K1.s} aus dem Arbeitgeberservice hat Stellenangebot der {FIRM} weitergeleitet.",
    "Nachricht an Koll. {K1}: bitte Akte {C.kdnr} übernehmen, bin ab {DATE} im Urlaub. Gruß {CW.f}",
    "Kd. legt Kontoauszüge vor. Überweisung an {R1} (IBAN {IBAN}) monatlich 200 EUR – Unterhalt?",
    "Einladung nach § 59 SGB II zum {DATE} versandt an {C.addr}.",
    "Meldeversäumnis. Kd. nicht erschienen, Anhörung eingeleitet. SB {CW.s}",
    "Dolmetscher/in {P1.hf} {P1} (Tel. {PHONE}) für nächsten Termin gebucht.",
    "Anwalt des Kd., RA {P1.s}, legt Widerspruch gegen Bescheid vom {DATE} ein.",
    "Geburtsname der Kdin. lt. Pass: {C.b}. Passnummer {PASS}.",
    "{C|uc} ERSCHIEN OHNE TERMIN, WOLLTE VORSCHUSS. ABGELEHNT, TL INFORMIERT.",
    "Kd. berichtet: Nachbar/in {P1} belästigt Familie, Polizei eingeschaltet. Wohnungswechsel angestrebt.",
    "Gespräch mit Arbeitgeber {FIRM}: {P1.hf} {P1.s} (Geschäftsführer) stellt Kd. zum {DATE} ein. EGZ beantragt.",
    "Kd. hat Minijob bei {FIRM} ({ADDR}), Verdienst 520 EUR. Nachweis folgt.",
    "Kindergeld lt. {INST} für das Kind {P2.f}, geb. {BDATE}, bewilligt.",
    "Kind {P2}: Bescheinigung der {INST} liegt vor, Kinderbetreuung ab {DATE} gesichert.",
    "{P1.f|lc} von der Schuldnerberatung ruft zurück wg. {C.s}. Tel. {PHONE}",
    "Kd. erreicht unter neuer Nr. {C.tel}, alte Nummer abgemeldet.",
    "Kd. bittet Post künftig an {R1.rel} {R1.fl} zu senden, Anschrift {ADDR}.",
    "Erstgespräch: Kd. {C.fl}, geb. am {C.bd}, ledig, 2 Kinder. Wohnt bei {R1.dem} in {ADDR}.",
    "Bescheinigung der {INST} über Integrationskurs liegt vor, Abschluss B1 am {DATE}.",
    "Hr. {K1.s} (ZAV) hat Kd. für Vermittlung nach Ausland vorgemerkt.",
    "ZAV-Kollegin {K1} meldet Interesse eines AG in den Niederlanden.",
    "Steuer-IdNr {R1.des} ({R1}): {TAXID}, für Einkommensprüfung notiert.",
    "Rentenversicherungsnr. {R1.des} {R1.s}: {RVNR}. Rentenantrag läuft bei {INST}.",
    "KdNr {KDNR} gehört zum {R1.rel}, nicht verwechseln! BG {BGNR}.",
    "{R1.rel} {R1} ({R1.n}) kümmert sich um die Kinder, daher Vollzeit möglich.",
    "Kd. hat {P1.n} aus dem Sportverein als Referenz angegeben, Tel. {PHONE}.",
    "Weiterleitung an Fallmanager {K1.fl} vereinbart. Übergabegespräch am {DATE}.",
    "Ausweis abgelaufen (Nr. {IDCARD}), Kd. soll neuen beim Bürgerbüro beantragen.",
    "E-Mail des Arbeitgebers ({EMAIL}) weitergeleitet an {CW.mail}.",
    "Kd. {C.i} meldet sich krank. Nächster Termin am {DATE}.",
    "{R1.rel} {R1.s} ist seit {DATE} pflegebedürftig, Kd. übernimmt Pflege. Verfügbarkeit eingeschränkt.",
    "Kfz-Halterabfrage: {PLATE} auf {R1.rel} {R1.s} zugelassen, nicht auf Kd.",
    "BG {C.bg} – Mitglieder: Kd. und {R1.rel} {R1.f}. Änderungsmitteilung eingegangen.",
    "StIdNr. {C.tax} fehlte im System, heute nachgetragen.",
    "RVNR {C.rv} lt. Sozialversicherungsausweis, Kopie zur Akte.",
    "Abgleich KdNr {KDNR} / BG-Nr {BGNR}: Doppelanlage, Löschung beantragt bei Koll. {K1.s}.",
    "Unfall mit Pkw {PLATE}, Kd. ohne Führerschein gefahren? Klärung mit {INST}.",
    "Steuer-ID {TAXID} auf Lohnabrechnung der {FIRM} gehört nicht zu Kd., Rückfrage beim AG.",
    "Versicherungsnr. {RVNR} auf Bescheinigung falsch, korrekt ist {C.rv}.",
    "Kd.-Nr. {KDNR} (früherer Bezug, Bruder des Kd.) bitte nicht zusammenführen.",
    "Identitätsnachweis: Personalausweis {IDCARD}, ausgestellt {DATE}. Bearb. {CW.i}",
    "Kd. zahlt Darlehen an {R1.dem} zurück, Konto {IBAN}. Rücksprache mit TL {TL.s} erfolgt.",
    "Ausweiskopie {R1.des} (Ausweis-Nr. {IDCARD}) unaufgefordert eingereicht, vernichtet.",
    "{C.hfa} {C.s} zum Gespräch: {C.f} möchte in die Pflege, Praktikum bei {FIRM} angedacht.",
    "{C.s|uc}, {C.f|uc} – Unterlagen unvollständig, Frist bis {DATE}.",
]

HELD_TEMPLATES = [
    "{C.ku|uc} {C.s|uc} TELEFONISCH NICHT ERREICHBAR, SCHRIFTL. EINLADUNG RAUS.",
    "heute vorsprache {C|lc}, hat unterlagen vom {INST} dabei.",
    "VV an {C.hf} {C.s} übergeben – Stelle Lagerhelfer bei {FIRM}; Bewerbungsfrist {DATE}.",
    "Ehegatte/Partner nicht anwesend; {R1.rel} ({R1}) ruft morgen an unter {PHONE}",
    "Laut {R1.dem} {R1} befindet sich {C.dku} derzeit in der Türkei, Rückkehr ca. {DATE}.",
    "Sachbearbeitung Leistung (Fr./Hr. {K1.s}) bittet um Rückruf; Einkommen aus Nebenjob ungeklärt.",
    "Kontaktaufnahme AG: {FIRM} / Ansprechp. {P1} / {EMAIL} / Vorstellungsgespräch am {DATE}",
    "Antrag Einstiegsgeld. {C.Dku} legt Gewerbeanmeldung vor, Firma: {FIRM}, Sitz {ADDR}.",
    "{C.Dku} gibt an, dass {R1.der}, {R1}, {C.ihn} finanziell unterstützt.",
    "{P1} (Vermieter/in) hat Mietbescheinigung ausgefüllt; Kaltmiete 430,- EUR.",
    "Zuweisung zur Maßnahme beim Träger {FIRM}. Dozentin: {P2.hf} {P2.s}.",
    "Kundenkontakt im Wartebereich – {C} wirkte aufgebracht, Security hinzugezogen.",
    "Bitte an KollegIn {K1.fl}: Vertretung am {DATE} übernehmen. Danke, {CW.n}",
    "Teamleitung ({TL}) hat Freigabe für Förderung erteilt.",
    "Betreuungsgericht bestellte {P1.hf} {P1.s} als rechtl. Betreuer/in; Beschluss vom {DATE}.",
    "Neue Wohnadresse: {ADDR} (bei {R1.rel} {R1.s}).",
    "IBAN Kunde alt: {IBAN} / neu: {C.iban}",
    "Steuer-Identifikationsnummer {C.tax} – Abgleich mit {INST} ok.",
    "SV-Nr. {C.dku2} {C.rv}; Beitragszeiten bei {INST} anfragen.",
    "Kundennr. {C.kdnr} / Bedarfsgemeinschaft {C.bg} – Akte an Widerspruchsstelle.",
    "{R1.rel}: {R1}, *{BDATE}, lebt mit in der BG.",
    "Geburtsdatum lt. Pass {C.bd}, Reisepass-Nr. {PASS}, gültig bis {DATE}.",
    "PA-Nummer {IDCARD} vorgelegt, Kopie in eAkte.",
    "Kennz. {PLATE} – Fahrzeug gehört {R1.dem} ({R1.s}), kein Vermögen {C.dku2}.",
    "Parkverstoß mit Fzg. {PLATE}, Bußgeld – keine Übernahme durch das JC.",
    "TERMIN BEI {P1.s|uc} (ARBEITSMEDIZIN) AM {DATE}, ERGEBNIS ABWARTEN.",
    "{P1|lc} vom Jugendmigrationsdienst meldet sich wegen Sprachkurs.",
    "Gutachten des ärztl. Dienstes (Dr. med. {P1.s}) liegt vor: leistungsfähig unter 3 Std.",
    "Praxis {P1.s} faxte AU-Bescheinigung bis {DATE}.",
    "Rechtsanwältin {P1} zeigt Mandat an; Akteneinsicht beantragt; Kanzlei-Tel. {PHONE}",
    "Schreiben an {C.hf} {C.fl}, {C.addr}, versandt.",
    "Rückmeldung {FIRM}: Kandidat/in {C.s} nicht eingestellt (fehlender Führerschein).",
    "Kd.in mit {R1.dem} (Sprachmittlung) da; Herr {P2.s} als Übersetzer nicht nötig.",
    "Sozialpädagogin {P1} ({INST}) berichtet von Fortschritten. Fortsetzung empfohlen.",
    "Vorschlag von {K1} (Reha-Team): Umschulung beim {INST}.",
    "{K1.s|uc} / {K2.s|uc} – Übergabe im Team erledigt.",
    "Fallkonferenz: Teilnehmer {CW}, {K1}, {P1} ({INST}), {C.ku} {C.s}.",
    "mail an {C.mail} mit Stellenliste raus; {C.ku} bestätigt Empfang per {C.tel}.",
    "{C.Dku} {C.f} hat das Zeugnis nachgereicht. Abschlussnote gut.",
    "Mitteilung der Firma {FIRM}: Beschäftigung endet zum {DATE}.",
    "Nicht über Dritte – {R1.der} {R1} hat die Kündigung persönlich übergeben.",
    "{R1.rel} {R1.f} arbeitet als Reinigungskraft ({FIRM}), Lohnabrechnungen fehlen noch.",
    "Bewerbungskosten für {C.s} erstattet; Auszahlung auf {IBAN}.",
    "Vorladung zum {DATE} bei {INST}, Aktenzeichen folgt.",
    "Arbeitsunfähig seit {DATE}. Behandelnd: {P1.hfa} Dr. {P1.s}, Orthopädie.",
    "{C.ku} wohnt jetzt {ADDR}; Umzug ohne Zusicherung!",
    "Telefonnotiz: {P1.n} (Kumpel) meldet, {C.ku} sei im Ausland. Nicht verifiziert.",
    "{R1.rel} kümmert sich um die Kinder; Name: {R1.fl}; erreichbar {PHONE}.",
    "Nachricht von {EMAIL}: {C.ku} hat Probearbeit abgebrochen.",
    "RV-Nummer {RVNR} und Steuer-ID {TAXID} stammen von {R1.dem}, nicht von {C.dku3|lc}!",
    "Übernahme der Akte von {K1.hfa} {K1.s}, Team 3. Vorgänger-BG: {BGNR}",
    "KNR alt {KDNR} (Umzug aus anderem JC-Bezirk).",
    "Im Gespräch mit dem Arbeitgeber {P1} (Inhaber {FIRM}) wurde Lohnkostenzuschuss besprochen.",
    "Schule ({INST}) meldet Fehlzeiten des Kindes {P2.f}.",
    "Bescheid vom {DATE} wurde von {INST} aufgehoben.",
    "{C.s}, {C.f}: geb. {C.bd} – Daten mit Meldebehörde abgeglichen.",
    "Familienname bei Geburt: {C.b}. Namensänderung durch Heirat.",
    "Eingliederungsvereinbarung per Post, Rücklauf bis {DATE}. Zuständig: {CW}.",
    "{C.ku} telefonisch über {C.tel} kontaktiert; {R1.rel} {R1.n} nahm ab.",
    "Im Haus wohnt auch {P1}, der laut {C.ku} als Hausmeister bei {FIRM} arbeitet.",
    "Rückfrage bei {INST} wegen Aufenthaltstitel: Sachbearbeiterin {P1.s}, Durchwahl {PHONE}.",
    "HAUSBESUCH {ADDR|uc} – NIEMAND ANGETROFFEN.",
    "{C.ku|lc} brachte {R1.dem|lc} mit, {R1.f|lc} übersetzt aus dem Arabischen.",
    "Ihre Ansprechperson beim Träger ist {P1} ({EMAIL}).",
    "Absprache TL {TL.n}/{CW.s}: {C.ku} bleibt im Profil, keine Überleitung.",
    "{C.ku} {C.i} bringt AU für {R1.rel} ({R1.f}) – Kinderkrankentage.",
    "Halter des Fahrzeugs {PLATE} ist {P1}, nicht {C.dku|lc}.",
    "Kundennummer {KDNR} wurde versehentlich verwendet, richtig ist {C.kdnr}.",
    "Bedarfsgemeinschaftsnummer {C.bg} ergänzt; Nachzahlung geprüft.",
    "IdNr. (Finanzamt) {C.tax} nachgereicht durch {R1.rel} {R1.f}.",
    "Sozialversicherungsnummer {C.rv} / Arbeitgeber meldet abweichende Nr. {RVNR}.",
    "FAHRZEUG {PLATE|uc} STEHT AUF DEM HOF – EIGENTUM KLÄREN.",
    "Altfall: KD-NR {KDNR|uc}, BG {BGNR|uc}, abgeschlossen {DATE}.",
    "Bitte Steuer-IdNr. {TAXID} des Ex-Partners nicht in die Akte {C.dku2} übernehmen.",
    "Kfz-Kennz. {PLATE} im Fahrtkostenantrag, Strecke zur Arbeitsstelle 34 km.",
    "Legitimation per Reisepass {PASS} bzw. PA {IDCARD} – Abgleich ok ({CW.s}).",
    "Aufenthaltstitel/eAT-Nr. {IDCARD} läuft am {DATE} ab; Termin bei {INST} nötig.",
    "Vertretung {K1} hat Kunden gesehen; Rückgabe an {CW}.",
    "Zahlungsempfänger KdU geändert: {P1} (Vermieter/in), Kto. {IBAN}; Abtretungserklärung {C.dku2} liegt vor.",
    "kontoverbindung {C.ku|lc}: {C.iban|lc} – bestätigt durch bank.",
    "Neu im Haushalt: Kind {P2.f}, geboren am {BDATE}; Geburtsurkunde nachreichen.",
    "Vorsprache {C.ku} {C.s|uc} ({C.n}) – wünscht Wechsel der Ansprechperson.",
    "Akte {C.fl}: Rückmeldung zum VV fehlt, Erinnerung raus; {C.s} tel. nicht erreicht.",
]


# --------------------------------------------------------------- rendering
SLOT = re.compile(r'\{([A-Za-z0-9]+)(?:\.([A-Za-z0-9]+))?(?:\|(lc|uc))?\}')


def lower_de(s):
    return s.replace('İ', 'i').lower()

def upper_de(s):
    return s.upper()


class Note:
    def __init__(self):
        self.parts = []  # (text, kind or None)

    def add(self, text, kind=None):
        self.parts.append((text, kind))


def render(template, ctx, rng, pools, casing):
    """Returns list of (text, kind)."""
    note = []
    pos = 0
    for m in SLOT.finditer(template):
        note.append((template[pos:m.start()], None))
        name, suf, mod = m.group(1), m.group(2), m.group(3)
        text, kind = resolve(name, suf, ctx, rng, pools)
        if mod == 'lc':
            text = lower_de(text)
        elif mod == 'uc':
            text = upper_de(text)
        note.append((text, kind))
        pos = m.end()
    note.append((template[pos:], None))
    if casing == 'lc':
        note = [(lower_de(t), k) for t, k in note]
    elif casing == 'uc':
        note = [(upper_de(t), k) for t, k in note]
    return note


GENDER_WORDS = {'hf': ('Herr', 'Frau'), 'hfa': ('Hr.', 'Fr.'), 'kd': ('Kd.', 'Kdin.'), 'er': ('er', 'sie'), 'Er': ('Er', 'Sie'),
                'ihm': ('ihm', 'ihr'), 'sein': ('sein', 'ihr'), 'ihn': ('ihn', 'sie'), 'ku': ('Kunde', 'Kundin'),
                'dku': ('der Kunde', 'die Kundin'), 'Dku': ('Der Kunde', 'Die Kundin'), 'dku2': ('des Kunden', 'der Kundin'), 'dku3': ('dem Kunden', 'der Kundin')}


def person_for(name, ctx, rng, pools):
    if name in ctx['people']:
        return ctx['people'][name]
    if name.startswith('R'):
        rel = rng.choice(pools.rel)
        c = ctx['people']['C']
        last = c.last if (rel[5] and rng.random() < 0.5) else None
        p = make_person(rng, pools, gender=rel[4], last=last)
        p.rel = rel
        p.kind = 'thirdPersonName'
    elif name.startswith('K'):
        p = make_person(rng, pools)
        p.kind = 'staffName'
    else:
        p = make_person(rng, pools)
        p.kind = 'thirdPersonName'
    ctx['people'][name] = p
    return p


def resolve(name, suf, ctx, rng, pools):
    rec = ctx['record']
    if name in ('C', 'CW', 'TL', 'K1', 'K2', 'R1', 'R2', 'P1', 'P2'):
        p = person_for(name, ctx, rng, pools)
        kind = p.kind
        # value-bearing suffixes of the customer / case worker
        if suf == 'mail':
            return (obfuscate_email(rng, p.email) if name == 'C' else p.email), 'email'
        if suf == 'tel':
            return p.phone, 'phone'
        if name == 'C':
            cu = rec['customer']
            if suf == 'iban':
                return fmt_iban(rng, cu['iban']), 'iban'
            if suf == 'tax':
                return fmt_taxid(rng, cu['taxId']), 'taxId'
            if suf == 'rv':
                return fmt_rv(rng, cu['pensionInsuranceNumber']), 'pensionNumber'
            if suf == 'kdnr':
                return fmt_kdnr(rng, rec['customerNumber']), 'customerNumber'
            if suf == 'bg':
                return fmt_bgnr(rng, rec['householdNumber']), 'householdNumber'
            if suf == 'addr':
                a = cu['address']
                return fmt_address(rng, ctx['street'], ctx['houseno'], a['postcode'], a['city']), 'address'
            if suf == 'bd':
                return fmt_date(rng, ctx['birth'], birth=True), 'birthDate'
            if suf == 'b':
                return p.birthname, kind
        if suf in GENDER_WORDS:
            return GENDER_WORDS[suf][0 if p.gender == 'm' else 1], None
        if suf in ('rel', 'der', 'dem', 'des', 'Der'):
            rel = getattr(p, 'rel', None)
            if rel is None:
                return '', None
            i = {'rel': 0, 'der': 1, 'dem': 2, 'des': 3, 'Der': 1}[suf]
            t = rel[i]
            return (t[0].upper() + t[1:] if suf == 'Der' else t), None
        if suf is None:
            return f'{p.first} {p.last}', kind
        if suf == 's':
            return p.last, kind
        if suf == 'f':
            return p.first, kind
        if suf == 'fl':
            return f'{p.last}, {p.first}', kind
        if suf == 'i':
            return f'{p.first[0]}. {p.last}', kind
        if suf == 'n':
            return (p.nick or p.first), kind
        raise ValueError(name + '.' + str(suf))
    if name in ('FIRM', 'FIRM2'):
        if name not in ctx['vals']:
            ctx['vals'][name] = make_company(rng, pools, ctx)
        return ctx['vals'][name], 'company'
    if name in ('INST', 'INST2'):
        if name not in ctx['vals']:
            ctx['vals'][name] = make_institution(rng, pools)
        return ctx['vals'][name], 'institution'
    if name == 'EMAIL':
        if rng.random() < 0.4:
            p = make_person(rng, pools)
            dom = ascii_fold(rng.choice(pools.origins['de_DE']['last'])) + '-' + rng.choice(['bau', 'logistik', 'service', 'personal', 'gmbh']) + '.de'
            return obfuscate_email(rng, make_email(rng, p, dom)), 'email'
        return obfuscate_email(rng, make_email(rng, make_person(rng, pools))), 'email'
    if name == 'PHONE':
        return fmt_phone(rng), 'phone'
    if name == 'IBAN':
        return fmt_iban(rng, make_iban(rng)), 'iban'
    if name == 'TAXID':
        return fmt_taxid(rng, make_taxid(rng)), 'taxId'
    if name == 'RVNR':
        b = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(20000))
        p = make_person(rng, pools)
        return fmt_rv(rng, make_rvnr(rng, b, p.last, p.gender)), 'pensionNumber'
    if name == 'KDNR':
        return fmt_kdnr(rng, make_kdnr(rng)), 'customerNumber'
    if name == 'BGNR':
        return fmt_bgnr(rng, make_bgnr(rng)), 'householdNumber'
    if name == 'ADDR':
        st, no = make_street(rng, pools)
        pc, city, _ = rng.choice(pools.cities)
        return fmt_address(rng, st, no, pc, city), 'address'
    if name in ('DATE', 'DATE2'):
        d = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(1000))
        return fmt_date(rng, d), 'date'
    if name == 'BDATE':
        d = datetime.date(1940, 1, 1) + datetime.timedelta(days=rng.randrange(30000))
        return fmt_date(rng, d, birth=True), 'birthDate'
    if name == 'PLATE':
        return make_plate(rng, pools), 'licensePlate'
    if name == 'IDCARD':
        return make_idcard(rng), 'idCard'
    if name == 'PASS':
        return make_idcard(rng, passport=True), 'idCard'
    raise ValueError(name)


# --------------------------------------------------------------- records
EVENT_TYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact', 'caseConference',
               'hearing', 'missedAppointment', 'statusUpdate']
GROUPS = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MEASURES = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']
NAT = {'de_DE': 'DE', 'tr_TR': 'TR', 'pl_PL': 'PL', 'ru_RU': 'RU', 'uk_UA': 'UA', 'ro_RO': 'RO', 'it_IT': 'IT', 'el_GR': 'GR', 'hr_HR': 'HR',
       'ar': 'SY', 'af': 'AF', 'er': 'ER', 'sq': 'XK', 'nl_NL': 'NL'}


def build_split(split, templates):
    rng = random.Random(f'{SEED}-{split}')
    pools = Pools(split)
    records, truth = [], []
    jc_ids = {}
    tpl_use = collections.Counter()
    for ri in range(N_RECORDS):
        sgb2 = rng.random() < 0.8
        pc, city, _ = rng.choice(pools.cities)
        office = jc_ids.setdefault(city, (rng.randrange(100, 999), rng.randrange(10, 99)))
        origin = pick_origin(rng, pools)
        c = make_person(rng, pools, origin=origin)
        c.kind = 'customerName'
        c.birthname = c.last if rng.random() < 0.6 else make_person(rng, pools, gender='m').last
        birth = datetime.date(1958, 1, 1) + datetime.timedelta(days=rng.randrange(17000))
        street, no = make_street(rng, pools)
        c.phone = fmt_phone(rng)
        c.email = make_email(rng, c)
        cw = make_person(rng, pools); cw.kind = 'staffName'
        tl = make_person(rng, pools); tl.kind = 'staffName'
        org_name = ('Jobcenter ' if sgb2 else 'Agentur für Arbeit ') + city
        org_id = f'{office[0]}{office[1]:02d}'
        cw.phone = fmt_phone(rng, mobile=False)
        cw.email = f'{ascii_fold(cw.first.split()[0])}.{ascii_fold(cw.last)}@' + ('jobcenter-ge.de' if sgb2 else 'arbeitsagentur.de')
        kdnr = make_kdnr(rng, office[0])
        rec = {
            'customerNumber': kdnr,
            'householdNumber': make_bgnr(rng, org_id) if sgb2 else None,
            'legalDomain': 'SGB2' if sgb2 else 'SGB3',
            'regionalDirectorate': 'NRW',
        }
        if sgb2:
            rec['jobCentre'] = {'id': org_id, 'name': org_name, 'consents16a': rng.random() < 0.3}
        else:
            rec['agency'] = {'id': str(office[0]), 'name': org_name}
            del rec['householdNumber']
        rec['team'] = f'{org_id}-T{rng.randrange(1, 12):02d}'
        rec['teamLead'] = {'id': f'TL-{rng.randrange(1000, 9999)}', 'name': f'{tl.first} {tl.last}'}
        rec['caseWorker'] = {'id': f'MA-{rng.randrange(1000, 9999):04d}', 'name': f'{cw.first} {cw.last}', 'phone': cw.phone, 'email': cw.email}
        iban = make_iban(rng)
        tax = make_taxid(rng)
        rv = make_rvnr(rng, birth, c.birthname, c.gender)
        rec['customer'] = {'firstName': c.first, 'lastName': c.last, 'birthName': c.birthname, 'birthDate': birth.isoformat(),
                           'gender': c.gender, 'nationality': NAT[origin],
                           'address': {'street': f'{street} {no}', 'postcode': pc, 'city': city},
                           'phone': c.phone, 'email': c.email, 'iban': iban, 'taxId': tax, 'pensionInsuranceNumber': rv}
        if not sgb2:
            rec['householdNumber'] = None
            del rec['householdNumber']
        rec['customerProcess'] = rng.choice(['placement', 'placement', 'placement', 'rehabilitation'])
        rec['customerGroup'] = rng.choice(GROUPS)
        rec['municipalServices16a'] = sgb2 and rng.random() < 0.2
        intake = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randrange(500))
        rec['review'] = {'flagged': rng.random() < 0.3, 'month': (intake + datetime.timedelta(days=400)).strftime('%Y-%m'),
                         'teamLeadVerdict': rng.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': intake.isoformat(), 'profile': rng.choice(PROFILES)}]
        events = []
        d = intake
        for ei in range(rng.randint(3, 8)):
            d = d + datetime.timedelta(days=rng.randrange(3, 40))
            ctx = {'record': rec, 'people': {'C': c, 'CW': cw, 'TL': tl}, 'vals': {}, 'street': street, 'houseno': no, 'birth': birth}
            if not sgb2:
                ctx['record'] = dict(rec, householdNumber=make_bgnr(rng))  # SGB3: no own BG; a BG number in text is a foreign one
            r = rng.random()
            casing = 'lc' if r < 0.07 else ('uc' if r < 0.10 else None)
            parts = []
            k = 1 if rng.random() < 0.5 else 2
            for j, t in enumerate(rng.sample(templates, k)):
                tpl_use[t] += 1
                if not sgb2 and '{C.bg}' in t:
                    t = t.replace('{C.bg}', '{BGNR}')
                if j:
                    parts.append((rng.choice([' ', '\n', ' / ', ' -- ', '\n\n', '; ']), None))
                parts.extend(render(t, ctx, rng, pools, casing))
            note, spans, pos = '', [], 0
            for text, kind in parts:
                if kind is not None and text:
                    spans.append((pos, pos + len(text), kind, text))
                note += text
                pos += len(text)
            for s, e, kind, val in spans:
                assert note[s:e] == val
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': kind, 'value': val})
            events.append({'date': d.isoformat(), 'type': rng.choice(EVENT_TYPES), 'channel': rng.choice(['inPerson', 'phone', 'video']), 'note': note})
        rec['events'] = events
        ms = intake + datetime.timedelta(days=rng.randrange(10, 200))
        rec['measures'] = [{'start': ms.isoformat(), 'end': (ms + datetime.timedelta(days=rng.randrange(30, 180))).isoformat(),
                            'kind': rng.choice(MEASURES), 'outcome': rng.choice(['completed', 'aborted', 'ongoing'])}]
        rec['caseManagement'] = {'intake': intake.isoformat(), 'exit': None, 'exitReason': None}
        records.append(rec)
    return records, truth, pools, tpl_use


def main():
    self_check()
    assert len(DEV_TEMPLATES) >= 60 and len(HELD_TEMPLATES) >= 60
    assert not set(DEV_TEMPLATES) & set(HELD_TEMPLATES)
    summary = {}
    for split, tpls in (('dev', DEV_TEMPLATES), ('heldout', HELD_TEMPLATES)):
        records, truth, pools, tpl_use = build_split(split, tpls)
        with open(os.path.join(HERE, f'{split}.jsonl'), 'w', encoding='utf-8') as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        with open(os.path.join(HERE, f'{split}.truth.jsonl'), 'w', encoding='utf-8') as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + '\n')
        # re-verify from the written files
        recs = [json.loads(l) for l in open(os.path.join(HERE, f'{split}.jsonl'), encoding='utf-8')]
        for t in (json.loads(l) for l in open(os.path.join(HERE, f'{split}.truth.jsonl'), encoding='utf-8')):
            note = recs[t['record']]['events'][t['event']]['note']
            assert note[t['start']:t['end']] == t['value'], t
            assert all(ord(ch) < 0x10000 for ch in note)
        cnt = collections.Counter(t['kind'] for t in truth)
        summary[split] = {'records': len(records), 'events': sum(len(r['events']) for r in records), 'spans': len(truth),
                          'templates': len(tpls), 'templatesUsed': len(tpl_use),
                          'distinctGivenNamesInPool': len({n for o in pools.origins.values() for g in ('male', 'female') for n in o[g]}),
                          'distinctSurnamesInPool': len({n for o in pools.origins.values() for n in o['last']}),
                          'distinctGivenNamesUsed': len(pools.used_given), 'distinctSurnamesUsed': len(pools.used_last),
                          'perKind': dict(sorted(cnt.items()))}
    json.dump(summary, open(os.path.join(HERE, 'counts.json'), 'w'), indent=1, ensure_ascii=False)
    print(json.dumps(summary, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
