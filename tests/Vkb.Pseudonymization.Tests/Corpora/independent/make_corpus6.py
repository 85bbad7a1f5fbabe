#!/usr/bin/env python3
"""heldout6: German job-centre case-worker notes with planted personal data (independent of the Vkb scrubber).
Python 3 stdlib only; deterministic (seed 20261206-6). Reads names6.json, writes heldout6.jsonl,
heldout6.truth.jsonl, counts-heldout6.json and run.log."""
import json, os, random, re, sys, hashlib, collections

SEED = '20261206-6'
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- own pools (candidates; filtered once by extract_names6.py)
TOWNS = [
    ('Bad Oeynhausen', '32545', 'MI'), ('Rahden', '32369', 'MI'), ('Espelkamp', '32339', 'MI'), ('Versmold', '33775', 'GT'),
    ('Harsewinkel', '33428', 'GT'), ('Rheda-Wiedenbrück', '33378', 'GT'), ('Delbrück', '33129', 'PB'), ('Büren', '33142', 'PB'),
    ('Brilon', '59929', 'HSK'), ('Winterberg', '59955', 'HSK'), ('Olpe', '57462', 'OE'), ('Attendorn', '57439', 'OE'),
    ('Kreuztal', '57223', 'SI'), ('Bad Berleburg', '57319', 'SI'), ('Plettenberg', '58840', 'MK'), ('Altena', '58762', 'MK'),
    ('Schwelm', '58332', 'EN'), ('Sprockhövel', '45549', 'EN'), ('Haltern am See', '45721', 'RE'), ('Dülmen', '48249', 'COE'),
    ('Coesfeld', '48653', 'COE'), ('Bocholt', '46395', 'BOR'), ('Emmerich am Rhein', '46446', 'KLE'), ('Goch', '47574', 'KLE'),
    ('Geldern', '47608', 'KLE'), ('Kempen', '47906', 'VIE'), ('Nettetal', '41334', 'VIE'), ('Erkelenz', '41812', 'HS'),
    ('Hückelhoven', '41836', 'HS'), ('Geilenkirchen', '52511', 'HS'), ('Jülich', '52428', 'DN'), ('Mechernich', '53894', 'EU'),
    ('Schleiden', '53937', 'EU'), ('Bad Münstereifel', '53902', 'EU'), ('Prüm', '54595', 'BIT'), ('Bitburg', '54634', 'BIT'),
    ('Wittlich', '54516', 'WIL'), ('Bernkastel-Kues', '54470', 'WIL'), ('Daun', '54550', 'DAU'), ('Mayen', '56727', 'MYK'),
    ('Andernach', '56626', 'MYK'), ('Cochem', '56812', 'COC'), ('Boppard', '56154', 'SIM'), ('Simmern', '55469', 'SIM'),
    ('Idar-Oberstein', '55743', 'BIR'), ('Alzey', '55232', 'AZ'), ('Pirmasens', '66953', 'PS'), ('Zweibrücken', '66482', 'ZW'),
    ('St. Wendel', '66606', 'WND'), ('Merzig', '66663', 'MZG'), ('Kehl', '77694', 'OG'), ('Achern', '77855', 'OG'),
    ('Calw', '75365', 'CW'), ('Nagold', '72202', 'CW'), ('Freudenstadt', '72250', 'FDS'), ('Horb am Neckar', '72160', 'FDS'),
    ('Balingen', '72336', 'BL'), ('Albstadt', '72458', 'BL'), ('Tuttlingen', '78532', 'TUT'), ('Donaueschingen', '78166', 'VS'),
    ('Bad Säckingen', '79713', 'WT'), ('Müllheim', '79379', 'FR'), ('Emmendingen', '79312', 'EM'), ('Ehingen (Donau)', '89584', 'UL'),
    ('Memmingen', '87700', 'MM'), ('Kaufbeuren', '87600', 'KF'), ('Füssen', '87629', 'OAL'), ('Sonthofen', '87527', 'OA'),
    ('Günzburg', '89312', 'GZ'), ('Nördlingen', '86720', 'DON'), ('Schrobenhausen', '86529', 'ND'), ('Freising', '85354', 'FS'),
    ('Erding', '85435', 'ED'), ('Mühldorf am Inn', '84453', 'MÜ'), ('Altötting', '84503', 'AÖ'), ('Eggenfelden', '84307', 'PAN'),
    ('Dingolfing', '84130', 'DGF'), ('Straubing', '94315', 'SR'), ('Deggendorf', '94469', 'DEG'), ('Zwiesel', '94227', 'REG'),
    ('Cham', '93413', 'CHA'), ('Schwandorf', '92421', 'SAD'), ('Tirschenreuth', '95643', 'TIR'), ('Marktredwitz', '95615', 'WUN'),
    ('Kulmbach', '95326', 'KU'), ('Lichtenfels', '96215', 'LIF'), ('Haßfurt', '97437', 'HAS'), ('Bad Kissingen', '97688', 'KG'),
    ('Kitzingen', '97318', 'KT'), ('Ochsenfurt', '97199', 'WÜ'), ('Miltenberg', '63897', 'MIL'), ('Bensheim', '64625', 'HP'),
    ('Dieburg', '64807', 'DA'), ('Büdingen', '63654', 'FB'), ('Alsfeld', '36304', 'VB'), ('Schlüchtern', '36381', 'MKK'),
    ('Eschwege', '37269', 'ESW'), ('Korbach', '34497', 'KB'), ('Hofgeismar', '34369', 'KS'), ('Uslar', '37170', 'NOM'),
    ('Einbeck', '37574', 'NOM'), ('Seesen', '38723', 'GS'), ('Wolfenbüttel', '38300', 'WF'), ('Helmstedt', '38350', 'HE'),
    ('Gifhorn', '38518', 'GF'), ('Uelzen', '29525', 'UE'), ('Lüchow', '29439', 'DAN'), ('Soltau', '29614', 'HK'),
    ('Walsrode', '29664', 'HK'), ('Sulingen', '27232', 'DH'), ('Vechta', '49377', 'VEC'), ('Cloppenburg', '49661', 'CLP'),
    ('Meppen', '49716', 'EL'), ('Papenburg', '26871', 'EL'), ('Aurich', '26603', 'AUR'), ('Jever', '26441', 'FRI'),
    ('Varel', '26316', 'FRI'), ('Osterholz-Scharmbeck', '27711', 'OHZ'), ('Bremervörde', '27432', 'ROW'), ('Buxtehude', '21614', 'STD'),
    ('Geesthacht', '21502', 'RZ'), ('Mölln', '23879', 'RZ'), ('Bad Oldesloe', '23843', 'OD'), ('Eutin', '23701', 'OH'),
    ('Plön', '24306', 'PLÖ'), ('Rendsburg', '24768', 'RD'), ('Eckernförde', '24340', 'RD'), ('Itzehoe', '25524', 'IZ'),
    ('Niebüll', '25899', 'NF'), ('Schleswig', '24837', 'SL'), ('Grevesmühlen', '23936', 'NWM'), ('Güstrow', '18273', 'LRO'),
    ('Neustrelitz', '17235', 'MST'), ('Pasewalk', '17309', 'VG'), ('Anklam', '17389', 'VG'), ('Prenzlau', '17291', 'UM'),
    ('Eberswalde', '16225', 'BAR'), ('Oranienburg', '16515', 'OHV'), ('Neuruppin', '16816', 'OPR'), ('Perleberg', '19348', 'PR'),
    ('Rathenow', '14712', 'HVL'), ('Luckenwalde', '14943', 'TF'), ('Finsterwalde', '03238', 'EE'), ('Guben', '03172', 'SPN'),
    ('Spremberg', '03130', 'SPN'), ('Hoyerswerda', '02977', 'BZ'), ('Kamenz', '01917', 'BZ'), ('Löbau', '02708', 'GR'),
    ('Zittau', '02763', 'GR'), ('Pirna', '01796', 'PIR'), ('Freital', '01705', 'PIR'), ('Riesa', '01587', 'MEI'),
    ('Döbeln', '04720', 'FG'), ('Grimma', '04668', 'L'), ('Borna', '04552', 'L'), ('Delitzsch', '04509', 'TDO'),
    ('Torgau', '04860', 'TDO'), ('Annaberg-Buchholz', '09456', 'ERZ'), ('Greiz', '07973', 'GRZ'), ('Schmölln', '04626', 'ABG'),
    ('Pößneck', '07381', 'SOK'), ('Sonneberg', '96515', 'SON'), ('Hildburghausen', '98646', 'HBN'), ('Meiningen', '98617', 'SM'),
    ('Bad Salzungen', '36433', 'WAK'), ('Sondershausen', '99706', 'KYF'), ('Sömmerda', '99610', 'SÖM'), ('Apolda', '99510', 'AP'),
    ('Arnstadt', '99310', 'IK'), ('Sangerhausen', '06526', 'MSH'), ('Bitterfeld-Wolfen', '06749', 'ABI'), ('Haldensleben', '39340', 'BK'),
    ('Salzwedel', '29410', 'SAW'), ('Gardelegen', '39638', 'SAW'), ('Stendal', '39576', 'SDL'), ('Halberstadt', '38820', 'HZ'),
    ('Wernigerode', '38855', 'HZ'), ('Quedlinburg', '06484', 'HZ'), ('Weißenfels', '06667', 'BLK'), ('Zeitz', '06712', 'BLK'),
]
STREET_BASES = ['Anemonen', 'Krokus', 'Lupinen', 'Rittersporn', 'Ginster', 'Wacholder', 'Mispel', 'Quitten', 'Schlehen', 'Hagebutten',
                'Fasanen', 'Wiedehopf', 'Eisvogel', 'Zaunkönig', 'Pirol', 'Kiebitz', 'Stieglitz', 'Dompfaff', 'Rotkehlchen', 'Kranich',
                'Böttcher', 'Gerber', 'Seiler', 'Färber', 'Köhler', 'Flößer', 'Tuchmacher', 'Glasbläser', 'Zinngießer', 'Drechsler',
                'Telemann', 'Pachelbel', 'Buxtehude', 'Lortzing', 'Riemenschneider', 'Cranach', 'Grünewald', 'Altdorfer', 'Kollwitz', 'Barlach',
                'Feldberg', 'Brocken', 'Wasserkuppe', 'Kahler-Asten', 'Hesselberg', 'Ochsenkopf', 'Inselsberg', 'Fichtelberg',
                'Bergmanns', 'Salinen', 'Hütten', 'Zechen', 'Stollen', 'Kalkofen', 'Ziegelhof', 'Torf', 'Flachs', 'Hopfen',
                'Heideläufer', 'Moorbirken', 'Silberweiden', 'Espen', 'Ulmen', 'Eiben', 'Kastanien', 'Platanen', 'Robinien', 'Lärchen']
STREET_SUFFIX = [('straße', 'str.'), ('weg', 'weg'), ('gasse', 'g.'), ('ring', 'ring'), ('allee', 'allee'), ('steig', 'steig'),
                 ('pfad', 'pfad'), ('stieg', 'stieg'), ('kamp', 'kamp'), ('twete', 'twete')]
FIXED_STREETS = ['Am Anger', 'Im Winkel', 'Auf der Heide', 'Zum Sportplatz', 'Im Bruch', 'An den Eichen', 'Am Hang', 'In den Wiesen',
                 'Im Grund', 'Auf dem Kamp', 'Oberdorf', 'Unterdorf', 'Am Mühlbach', 'Hinter der Schule', 'Vor dem Tore', 'Im Hagen',
                 'Am Pfarrgarten', 'Zur Schanze', 'An der Bleiche', 'Am Kalkberg', 'Im Sande', 'Auf der Höhe', 'Am Steinbruch',
                 'Straße des Friedens', 'Straße der Einheit', 'Platz der Freiheit', 'Straße der Jugend', 'Alte Dorfstraße',
                 'Obere Bachgasse', 'Untere Torstraße', 'Kleine Fischergasse', 'Große Brüdergasse', 'Alter Postweg', 'Neue Reihe',
                 'Rosenhöhe', 'Kirchsteig', 'Ausbau', 'Siedlung', 'Abbau', 'Vorwerk']
VILLAGE_A = ['Ober', 'Nieder', 'Groß', 'Klein', 'Alt', 'Neu', 'Hohen', 'Wendisch ']
VILLAGE_B = ['wiesenbach', 'hagenrode', 'kirchhausen', 'lindenau', 'eichenwalde', 'steinbrück', 'rodewitz', 'birkenfelde',
             'mühlenhagen', 'tannenried', 'espenhain', 'quellendorf', 'sandwerder', 'falkenrehde', 'rothenbeek', 'wolfsanger']
CONSULATES = ['Generalkonsulat der Republik Polen in München', 'Konsulat der Ukraine in Frankfurt am Main',
              'Botschaft des Staates Eritrea', 'Generalkonsulat der Republik Irak in Frankfurt', 'Botschaft der Islamischen Republik Afghanistan',
              'Somalische Botschaft in Berlin', 'Konsulat der Philippinen in Frankfurt', 'Indisches Generalkonsulat München',
              'Generalkonsulat von Bosnien und Herzegowina in Stuttgart', 'Konsulat der Republik Moldau', 'Botschaft von Sri Lanka',
              'Generalkonsulat der Republik Kosovo in Düsseldorf', 'Georgisches Konsulat', 'Botschaft der Republik Ghana']
NAMED_BODIES = ['IKK classic', 'IKK Südwest', 'BIG direkt gesund', 'Mobil Krankenkasse', 'pronova BKK', 'VIACTIV Krankenkasse',
                'mhplus Krankenkasse', 'Audi BKK', 'Salus BKK', 'BKK firmus', 'SECURVITA Krankenkasse', 'KKH', 'Knappschaft',
                'AOK Niedersachsen', 'AOK Plus', 'AOK Bayern', 'AOK Baden-Württemberg', 'SVLFG', 'BKK Linde', 'R+V BKK',
                'DRV Bund', 'DRV Nord', 'DRV Mitteldeutschland', 'DRV Oldenburg-Bremen', 'DRV Braunschweig-Hannover', 'DRV Rheinland',
                'DRV Baden-Württemberg', 'DRV Bayern Süd', 'DRV Nordbayern', 'DRV Schwaben', 'DRV Berlin-Brandenburg', 'DRV Saarland',
                'Deutsche Rentenversicherung Rheinland-Pfalz', 'Berufsgenossenschaft Holz und Metall', 'BG BAU', 'BGW', 'VBG',
                'Malteser Hilfsdienst', 'Johanniter-Unfall-Hilfe', 'Volkssolidarität', 'IN VIA', 'Kolpingwerk', 'Heilsarmee',
                'Weißer Ring', 'pro familia', 'Lebenshilfe', 'SkF', 'SKM', 'Bundesagentur für Arbeit', 'Familienkasse Bayern Nord',
                'Bundesamt für Justiz', 'Landesamt für Soziales und Versorgung', 'LAGeSo',
                'Bundeszentralamt für Steuern', 'IHK Ostwestfalen', 'Handwerkskammer Dortmund', 'TÜV Nord', 'DEKRA']
INST_TYPES = [  # (pattern, group)
    ('Amtsgericht {T}', 'court'), ('Sozialgericht {T}', 'court'), ('Arbeitsgericht {T}', 'court'), ('Landgericht {T}', 'court'),
    ('Familiengericht {T}', 'court'), ('Verwaltungsgericht {T}', 'court'), ('AG {T}', 'court'), ('SG {T}', 'court'),
    ('Landratsamt {T}', 'auth'), ('LRA {T}', 'auth'), ('Kreisverwaltung {T}', 'auth'), ('Stadtverwaltung {T}', 'auth'),
    ('Ausländerbehörde {T}', 'auth'), ('ABH {T}', 'auth'), ('Jugendamt {T}', 'auth'), ('Kreisjugendamt {T}', 'auth'),
    ('Sozialamt {T}', 'auth'), ('Wohngeldstelle {T}', 'auth'), ('Standesamt {T}', 'auth'), ('Gesundheitsamt {T}', 'auth'),
    ('Versorgungsamt {T}', 'auth'), ('Finanzamt {T}', 'auth'), ('Bürgerbüro {T}', 'auth'), ('Ordnungsamt {T}', 'auth'),
    ('Jobcenter {T}', 'jc'), ('Agentur für Arbeit {T}', 'jc'), ('Jobcenter Kreis {T}', 'jc'), ('JC {T}', 'jc'), ('AA {T}', 'jc'),
    ('Klinikum {T}', 'clinic'), ('Kreiskrankenhaus {T}', 'clinic'), ('Kreisklinik {T}', 'clinic'), ('Fachklinik {T}', 'clinic'),
    ('LWL-Klinik {T}', 'clinic'), ('Sozialpsychiatrischer Dienst {T}', 'clinic'), ('Suchtberatung {T}', 'counsel'),
    ('Caritasverband {T}', 'char'), ('Diakonisches Werk {T}', 'char'), ('DRK-Kreisverband {T}', 'char'), ('AWO Kreisverband {T}', 'char'),
    ('Caritas {T}', 'char'), ('Diakonie {T}', 'char'), ('Tafel {T}', 'char'), ('Frauenhaus {T}', 'counsel'),
    ('Schuldnerberatung {T}', 'counsel'), ('Migrationsberatung {T}', 'counsel'), ('Erziehungsberatungsstelle {T}', 'counsel'),
    ('VHS {T}', 'school'), ('Volkshochschule {T}', 'school'), ('Berufskolleg {T}', 'school'), ('BBS {T}', 'school'),
    ('Realschule {T}', 'school'), ('Gesamtschule {T}', 'school'), ('Förderschule {T}', 'school'), ('Musikschule {T}', 'school'),
    ('Kreismusikschule {T}', 'school'), ('Stadtbibliothek {T}', 'auth'), ('Wohnungsamt {T}', 'auth'), ('Bauamt {T}', 'auth'),
    ('Polizeiinspektion {T}', 'auth'), ('Polizeiwache {T}', 'auth'), ('JVA {T}', 'auth'), ('Bewährungshilfe {T}', 'counsel'),
]
SCHOOLS = ['Grundschule am Kalkberg', 'Grundschule Im Sande', 'Pestalozzi-Förderzentrum', 'Anne-Frank-Realschule', 'Kepler-Gymnasium',
           'Lise-Meitner-Gesamtschule', 'Carl-Benz-Schule', 'Sophie-Scholl-Berufskolleg', 'Friedrich-Fröbel-Schule', 'Maria-Montessori-Grundschule',
           'Hauptschule am Lindenplatz', 'Oberschule Mitte', 'Gemeinschaftsschule Nord', 'Freie Waldorfschule', 'Adolph-Kolping-Berufskolleg']
KITAS = ['Kita Pusteblume', 'Kita Kunterbunt', 'Kinderhaus Wirbelwind', 'Kita Zwergenland', 'Kita Arche Noah', 'Kita Villa Kunterbunt',
         'Kita St. Martin', 'Kinderkrippe Sternschnuppe', 'Kita Löwenzahn', 'AWO-Kita Sonnenblume', 'Familienzentrum Schatzkiste',
         'Kita Waldwichtel', 'Kita Glühwürmchen', 'Kita Spatzennest', 'Hort Abenteuerland']
CLINIC_BRANDS = ['Asklepios Klinik', 'Helios Klinikum', 'Sana Klinikum', 'Ameos Klinikum', 'Median Klinik', 'Schön Klinik',
                 'Alexianer Krankenhaus', 'Marienhospital', 'Evangelisches Krankenhaus', 'St. Josefs-Hospital', 'Vitos Klinik',
                 'Rehaklinik am Kurpark', 'Tagesklinik Lindenhof']
BRANDS = ['Woolworth', 'TEDi', 'Takko', "Ernsting's family", 'Action', 'Rossmann', 'Globus', 'Hornbach', 'Toom', 'Hellweg', 'Poco',
          'Roller', 'Fressnapf', 'Zooplus', 'Hermes', 'DPD', 'GLS', 'Zalando', 'Burger King', 'Nordsee', 'Ditsch', 'Backwerk', 'Lieken',
          'Haribo', 'Tönnies', 'Wiesenhof', 'Westfleisch', 'Randstad', 'Adecco', 'Manpower', 'Tempton', 'Orizon', 'Trenkwalder',
          'Dussmann', 'Piepenbrock', 'Gegenbauer', 'WISAG', 'Klüh', 'Securitas', 'Kötter', 'Sodexo', 'Apetito', 'Dachser', 'Rhenus',
          'Fiege', 'Flixbus', 'Transdev', 'Kaufland', 'Norma', 'Sonderpreis Baumarkt', 'Jysk', 'Depot', 'Mäc Geiz', 'Kodi', 'Rusta',
          'Pepco', 'Primark', 'Decathlon', 'Intersport', 'Hussel', 'Tchibo', 'Douglas', 'Thalia', 'Hugendubel', 'Expert', 'Euronics',
          'Bofrost', 'Eismann', 'Lekkerland', 'Metro', 'Selgros', 'Transgourmet', 'Chefs Culinar', 'Coca-Cola', 'Krombacher', 'Veltins']
COMPANY_WORDS = ['Nordlicht', 'Weserblick', 'Grünkraft', 'Steinbock', 'Falkenhorst', 'Ahornhof', 'Brückenwerk', 'Sternpunkt', 'Talblick',
                 'Sonnhalde', 'Rheinkiesel', 'Heidekraut', 'Lindgrün', 'Blauwal', 'Eulenspiegel', 'Kronsberg', 'Mühlstein', 'Seeadler',
                 'Wolkenlos', 'Tatkraft', 'Quellwerk', 'Kupferkanne', 'Hanseblick', 'Ostwind', 'Südhang', 'Fuchsbau', 'Regenbogenfisch']
TRADES = ['Malerbetrieb', 'Fliesenlegerei', 'Dachdeckerei', 'Tischlerei', 'Schlosserei', 'Elektro', 'Sanitär', 'Gebäudereinigung',
          'Garten- und Landschaftsbau', 'Umzüge', 'Kurierdienst', 'Pflegedienst', 'Autohaus', 'Kfz-Werkstatt', 'Getränkehandel',
          'Metzgerei', 'Bäckerei', 'Friseursalon', 'Imbiss', 'Änderungsschneiderei', 'Hausmeisterservice', 'Bauunternehmung',
          'Spedition', 'Zeitarbeit', 'Personalservice', 'Sicherheitsdienst', 'Reinigungsservice', 'Catering', 'Logistik', 'Holzbau']
FOREIGN = [  # (format, country)
    ('Kerkstraat {n}, {pc4} {L2} Utrecht', 'NL'), ('Via Garibaldi {n}, 70121 Bari', 'IT'), ('Via dei Mille {n}, 90133 Palermo', 'IT'),
    ('C/ Mayor {n}, 3º B, 30001 Murcia', 'ES'), ('Rua das Flores {n}, 4050-262 Porto', 'PT'), ('ul. Vasil Levski {n}, 4000 Plovdiv', 'BG'),
    ('Ulica kralja Zvonimira {n}, 31000 Osijek', 'HR'), ('{n} Mill Lane, Leeds LS6 2AB', 'UK'), ('Petőfi Sándor u. {n}, 6720 Szeged', 'HU'),
    ('Nádražní {n}, 602 00 Brno', 'CZ'), ('Nørregade {n}, 2. th., 8000 Aarhus C', 'DK'), ('wul. Schewtschenka {n}, kw. 5, Riwne', 'UA'),
    ('Karte Char, Street 7, House {n}, Kabul', 'AF'), ('Hay al-Jamiaa, Mahalla 612, Haus {n}, Mossul', 'IQ'),
    ('Maakhir Road {n}, Hargeisa', 'SO'), ('{n} Rizal Avenue, Barangay 4, Iloilo City', 'PH'), ('Str. Mihai Eminescu {n}, Chișinău', 'MD'),
    ('Rruga Nëna Terezë {n}, 10000 Prishtinë', 'XK'), ('Ul. Marshala Tita {n}, 71000 Sarajevo', 'BA'), ('{n}, Galle Road, Colombo 3', 'LK'),
]


def villages():
    r = random.Random('villages-6')
    out = []
    while len(out) < 40:
        v = r.choice(VILLAGE_A) + r.choice(VILLAGE_B)
        v = v[0] + v[1:] if not v.startswith('Wendisch') else v[:9] + v[9].upper() + v[10:]
        if v not in out:
            out.append(v)
    return out


def candidates():
    c = [t[0] for t in TOWNS] + [b + s[0] for b in STREET_BASES for s in STREET_SUFFIX[:1]] + list(FIXED_STREETS) + villages()
    c += CONSULATES + NAMED_BODIES + SCHOOLS + KITAS + CLINIC_BRANDS + BRANDS + COMPANY_WORDS
    c += [re.sub(r'\{n\}.*', '', f).strip(' ,') or f for f, _ in FOREIGN] + [f.split(',')[-1].strip() for f, _ in FOREIGN]
    return [x for x in c if len(x) > 2]

# ---------------------------------------------------------------- check digits
def iban_check(cc, bban):
    s = ''.join(str(int(ch, 36)) for ch in (bban + cc + '00').upper())
    return '%02d' % (98 - int(s) % 97)


def iban_ok(iban):
    iban = iban.replace(' ', '').upper()
    s = ''.join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    return int(s) % 97 == 1


def be_bban(r):
    first = '%03d%07d' % (r.randint(0, 999), r.randint(0, 9999999))
    k = int(first) % 97 or 97
    return first + '%02d' % k


def es_bban(r):
    bank, branch, acc = '%04d' % r.randint(0, 9999), '%04d' % r.randint(0, 9999), '%010d' % r.randint(0, 10**10 - 1)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        x = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(x, x)
    return bank + branch + str(d('00' + bank + branch)) + str(d(acc)) + acc


def es_ok(bban):
    return es_bban_check(bban)


def es_bban_check(b):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def d(s):
        x = 11 - sum(int(a) * c for a, c in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(x, x)
    return int(b[8]) == d('00' + b[:8]) and int(b[9]) == d(b[10:])


def taxid_check(d10):
    p = 10
    for ch in d10:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return '0' if c == 10 else str(c)


def taxid(r):
    while True:
        digs = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(9)]
        cnt = collections.Counter(digs)
        multi = [k for k, v in cnt.items() if v > 1]
        if len(multi) != 1 or cnt[multi[0]] > 3:
            continue
        s = ''.join(map(str, digs))
        if cnt[multi[0]] == 3 and str(multi[0]) * 3 in s:
            continue
        return s + taxid_check(s)


def rv_check(area, ddmmyy, letter, serial):
    digits = area + ddmmyy + '%02d' % (ord(letter.upper()) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return str(sum(sum(map(int, str(int(a) * b))) for a, b in zip(digits, w)) % 10)


ID_ALPHA = '0123456789CFGHJKLMNPRTVWXYZ'


def id_check(s):
    w = [7, 3, 1]
    return str(sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w[i % 3] for i, ch in enumerate(s)) % 10)


def self_check():
    assert taxid_check('8609574271') == '9' and taxid_check('4703689281') == '6'
    assert rv_check('15', '070649', 'C', '10') == '3'
    assert id_check('T22000129') == '3'
    assert iban_ok('DE89370400440532013000') and iban_ok('BE68539007547034') and iban_ok('NL91ABNA0417164300')
    assert iban_ok('ES9121000418450200051332') and es_bban_check('21000418450200051332')
    assert iban_ok('AT611904300234573201') and iban_ok('CH9300762011623852957')


# ---------------------------------------------------------------- names
def fold_initial(s):
    import unicodedata
    s = s.replace('ß', 'ss')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


class Pools:
    ORIGINS = [('en', 40), ('hi_IN', 10), ('mr_IN', 4), ('ne_NP', 10), ('eu_own', 7), ('mt_own', 6), ('so_own', 5),
               ('ph_own', 6), ('cy_own', 6), ('ta_own', 6)]

    def __init__(self, names):
        self.n = names
        self.orig = [o for o, w in self.ORIGINS for _ in range(w) if o in names and names[o]['s']]

    def person(self, r, gender=None, origin=None):
        o = origin or r.choice(self.orig)
        d = self.n[o]
        g = gender or r.choice('mf')
        lst = d[g] or d['m'] or d['f']
        first = r.choice(lst)
        last = r.choice(d['s']) if d['s'] else r.choice(self.n['en']['s'])
        if r.random() < 0.05 and len(lst) > 3:
            first = first + '-' + r.choice(lst)
        if r.random() < 0.05:
            last = last + '-' + r.choice(self.n[r.choice(self.orig)]['s'])
        return {'first': first, 'last': last, 'g': g, 'o': o}


def name_form(r, p, form=None):
    f, l = p['first'], p['last']
    form = form or r.choice(['full'] * 6 + ['inv', 'ini', 'LAST', 'invUP', 'lc', 'firstUP'])
    if form == 'full':
        return f + ' ' + l
    if form == 'inv':
        return l + ', ' + f
    if form == 'ini':
        return fold_initial(f)[0] + '. ' + l
    if form == 'LAST':
        return f + ' ' + l.upper()
    if form == 'invUP':
        return l.upper() + ', ' + f
    if form == 'lc':
        return (f + ' ' + l).lower()
    if form == 'firstUP':
        return f.upper() + ' ' + l.upper()
    if form == 's':
        return l
    if form == 'g':
        return f
    if form == 'sUP':
        return l.upper()
    raise ValueError(form)


# ---------------------------------------------------------------- values
MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
MON_AB = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.']
WEEKDAY_AB = ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.']


def fmt_date(r, y, m, d, birth=False, form=None):
    forms = ['dd.mm.yyyy'] * 5 + ['d.m.yy', 'd.m.yyyy', 'dd.mm.yy', 'd. Monat yyyy', 'iso', 'dd. mm. yyyy', 'd.Mon yyyy',
                                  'dd/mm/yyyy', 'd-m-yyyy', 'ddmmyyyy', 'd. Monat yy', 'Monat d, yyyy']
    if not birth:
        forms += ['d. Monat', 'dd.mm.', 'd.m.', 'dd.mm.yyyy'] * 2 + ['d.m', 'd. Mon']
    form = form or r.choice(forms)
    yy = '%02d' % (y % 100)
    return {'dd.mm.yyyy': '%02d.%02d.%d' % (d, m, y), 'd.m.yy': '%d.%d.%s' % (d, m, yy), 'd.m.yyyy': '%d.%d.%d' % (d, m, y),
            'dd.mm.yy': '%02d.%02d.%s' % (d, m, yy), 'd. Monat yyyy': '%d. %s %d' % (d, MONTHS[m - 1], y),
            'iso': '%d-%02d-%02d' % (y, m, d), 'dd. mm. yyyy': '%02d. %02d. %d' % (d, m, y),
            'd.Mon yyyy': '%d.%s %d' % (d, MON_AB[m - 1], y), 'dd/mm/yyyy': '%02d/%02d/%d' % (d, m, y),
            'd-m-yyyy': '%d-%d-%d' % (d, m, y), 'ddmmyyyy': '%02d%02d%d' % (d, m, y), 'd. Monat yy': "%d. %s '%s" % (d, MONTHS[m - 1], yy),
            'Monat d, yyyy': '%s %d, %d' % (MONTHS[m - 1], d, y),
            'd. Monat': '%d. %s' % (d, MONTHS[m - 1]), 'dd.mm.': '%02d.%02d.' % (d, m), 'd.m.': '%d.%d.' % (d, m),
            'd.m': '%d.%d' % (d, m), 'd. Mon': '%d. %s' % (d, MON_AB[m - 1])}[form]


AREA = ['030', '040', '069', '089', '0221', '0231', '0251', '0341', '0351', '0361', '0381', '0391', '0421', '0431', '0511', '0521',
        '0561', '0611', '0621', '0681', '0711', '0721', '0761', '0821', '0911', '0941', '02351', '02941', '03381', '03591', '03841',
        '04471', '04621', '05121', '05731', '06321', '06421', '07121', '07531', '08031', '08341', '09281', '09561', '03364', '05141']
MOBILE = ['0151', '0152', '0157', '0159', '0160', '0162', '0163', '0170', '0171', '0172', '0173', '0174', '0175', '0176', '0177', '0178', '0179']
FOREIGN_TEL = [('+31', 9), ('+39', 10), ('+34', 9), ('+359', 9), ('+385', 9), ('+44', 10), ('+380', 9), ('+964', 10), ('+93', 9),
               ('+252', 9), ('+63', 10), ('+91', 10), ('+356', 8), ('+373', 8), ('+383', 8)]


def grp(s, n):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))


def phone(r, kind=None):
    kind = kind or r.choice(['fix'] * 5 + ['mob'] * 4 + ['int'])
    if kind == 'int':
        cc, n = r.choice(FOREIGN_TEL)
        num = str(r.randint(1, 9)) + ''.join(str(r.randint(0, 9)) for _ in range(n - 1))
        return r.choice([cc + ' ' + num, cc + num, '00' + cc[1:] + ' ' + num, cc + ' ' + grp(num, 3), '(' + cc + ') ' + num])
    pre = r.choice(AREA if kind == 'fix' else MOBILE)
    num = ''.join(str(r.randint(0, 9)) for _ in range(r.randint(6, 8) if kind == 'fix' else 7))
    num = str(r.randint(2, 9)) + num[1:]
    p = pre[1:]
    forms = [pre + ' ' + num, pre + '/' + num, pre + ' / ' + grp(num, 2), '+49 ' + p + ' ' + num, '+49(0)' + p + '-' + num,
             pre + ' - ' + num[:3] + ' ' + num[3:], '(' + pre + ') ' + grp(num, 4), '+49 ' + p + ' ' + grp(num, 3),
             pre + '.' + num[:3] + '.' + num[3:], '0049-' + p + '-' + num, pre + '-' + num[:-2] + '-' + num[-2:],
             ' '.join(pre) if False else pre[0] + ' ' + pre[1:] + ' / ' + grp(num, 2), '+49/' + p + '/' + num, pre + num,
             '+49 (0) ' + p + ' / ' + num, pre + ' ' + num[:2] + ' ' + num[2:5] + ' ' + num[5:]]
    return r.choice(forms)


IBAN_C = {'DE': lambda r: '%08d%010d' % (r.randint(10000000, 89999999), r.randint(0, 10**10 - 1)),
          'AT': lambda r: '%05d%011d' % (r.randint(10000, 99999), r.randint(0, 10**11 - 1)),
          'NL': lambda r: r.choice(['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'KNAB']) + '%010d' % r.randint(0, 10**10 - 1),
          'BE': be_bban, 'ES': es_bban,
          'CH': lambda r: '%05d%012d' % (r.randint(0, 99999), r.randint(0, 10**12 - 1)),
          'PL': lambda r: '%024d' % r.randint(10**22, 10**24 - 1),
          'RO': lambda r: r.choice(['BTRL', 'RNCB', 'BRDE', 'INGB']) + ''.join(r.choice('0123456789ABCDEFGHJK') for _ in range(16)),
          'BG': lambda r: r.choice(['BNBG', 'UNCR', 'FINV', 'STSA']) + '%06d' % r.randint(0, 999999) + ''.join(r.choice('0123456789') for _ in range(8)),
          'HR': lambda r: '%017d' % r.randint(10**15, 10**17 - 1),
          'IT': lambda r: r.choice('ABCDEFGHJKLMNPRSTUVXYZ') + '%05d%05d' % (r.randint(0, 99999), r.randint(0, 99999)) + '%012d' % r.randint(0, 10**12 - 1),
          'PT': lambda r: '%021d' % r.randint(10**19, 10**21 - 1),
          'MT': lambda r: r.choice(['MALT', 'VALL', 'APSB']) + '%05d' % r.randint(0, 99999) + ''.join(r.choice('0123456789') for _ in range(18)),
          'DK': lambda r: '%014d' % r.randint(10**12, 10**14 - 1)}


def iban(r, cc=None):
    cc = cc or r.choice(['DE'] * 10 + [k for k in IBAN_C if k != 'DE'])
    b = IBAN_C[cc](r)
    v = cc + iban_check(cc, b) + b
    assert iban_ok(v)
    if cc == 'ES':
        assert es_bban_check(b)
    if cc == 'BE':
        assert int(b[:10]) % 97 == (int(b[10:]) % 97 if int(b[10:]) != 97 else 0) or int(b[10:]) == 97
    return v


def iban_spell(r, v):
    g = grp(v, 4)
    forms = [v, g, g, g.lower(), v.lower(), v[:4] + ' ' + v[4:], '-'.join(v[i:i + 4] for i in range(0, len(v), 4)),
             '.'.join(v[i:i + 4] for i in range(0, len(v), 4)), g.replace(' ', '  ', 2)]
    if v.startswith('DE'):
        forms += [v[:4] + ' ' + v[4:12] + ' ' + v[12:], v[:2] + ' ' + v[2:4] + ' ' + ' '.join(v[i:i + 3] for i in range(4, 22, 3)),
                  g[:14] + '\n' + g[15:]]
    else:
        forms += [g[:9] + '\n' + g[10:]]
    return r.choice(forms)


def cnr(r, agency=None):
    return (agency or '%03d' % r.randint(100, 999)) + 'D' + '%06d' % r.randint(0, 999999)


def cnr_spell(r, v):
    return r.choice([v, v, v[:3] + ' ' + v[3] + ' ' + v[4:], v.lower(), v[:3] + '.' + v[3] + '.' + v[4:], v[:3] + v[3] + ' ' + v[4:7] + ' ' + v[7:],
                     v[:3] + ' - ' + v[3] + ' - ' + v[4:], v[:4] + '-' + v[4:], v[:3] + ' ' + v[3:]])


def bg(r, jc=None):
    return (jc or '%05d' % r.randint(10000, 99999)) + 'BG' + '%07d' % r.randint(0, 9999999)


def bg_spell(r, v):
    return r.choice([v, v, v[:5] + ' BG ' + v[7:], v.lower(), v[:5] + '.BG.' + v[7:], v[:5] + ' - BG - ' + v[7:], v[:7] + ' ' + v[7:],
                     v[:5] + ' BG ' + v[7:10] + ' ' + v[10:], v[:5] + 'bg' + v[7:]])


def tax_spell(r, v):
    return r.choice([v, v, v[:2] + ' ' + v[2:5] + ' ' + v[5:8] + ' ' + v[8:], v[:3] + '.' + v[3:6] + '.' + v[6:9] + '.' + v[9:],
                     v[:2] + '-' + v[2:5] + '-' + v[5:8] + '-' + v[8:], grp(v, 4), v[:5] + ' ' + v[5:], v[:2] + ' ' + v[2:]])


def rv(r, p, bdate):
    y, m, d = bdate
    area = r.choice(['02', '04', '08', '09', '10', '11', '12', '13', '14', '16', '17', '18', '19', '20', '21', '23', '24', '25', '26', '28', '29'])
    letter = fold_initial(p.get('birth', p['last']))[0].upper()
    if not letter.isalpha():
        letter = 'X'
    ser = '%02d' % (r.randint(0, 49) if p['g'] == 'm' else r.randint(50, 99))
    dd = '%02d%02d%02d' % (d, m, y % 100)
    c = rv_check(area, dd, letter, ser)
    return area + dd + letter + ser + c


def rv_spell(r, v):
    return r.choice([v, v[:2] + ' ' + v[2:8] + ' ' + v[8] + ' ' + v[9:], v[:2] + ' ' + v[2:8] + ' ' + v[8:], v.lower(),
                     v[:2] + '/' + v[2:8] + '/' + v[8] + '/' + v[9:], v[:2] + ' ' + v[2:4] + ' ' + v[4:6] + ' ' + v[6:8] + ' ' + v[8:9] + ' ' + v[9:],
                     v[:2] + v[2:8] + ' ' + v[8] + v[9:]])


def idcard(r, kind=None):
    kind = kind or r.choice('PPR')
    first = r.choice('LMNPRTVWXYZ' if kind == 'P' else 'CFGHJK')
    body = first + ''.join(r.choice(ID_ALPHA) for _ in range(8))
    return body + id_check(body)


def id_spell(r, v):
    return r.choice([v, v, v.lower(), v[:4] + ' ' + v[4:], v[:9] + ' ' + v[9], v[:3] + ' ' + v[3:6] + ' ' + v[6:], v[:5] + '-' + v[5:],
                     ' '.join(v[:9]) + ' ' + v[9] if False else v[:9] + '-' + v[9]])


PLATE_L = 'ABCDEFGHIJKLMNOPRSTUVWXYZ'


def plate(r, code):
    letters = ''.join(r.choice(PLATE_L) for _ in range(r.randint(1, 2)))
    num = str(r.randint(1, 9999 if len(code) + len(letters) < 4 else 999))
    suf = r.choice([''] * 8 + ['E', 'H'])
    forms = [f'{code}-{letters} {num}{suf}', f'{code} {letters} {num}{suf}', f'{code}-{letters}-{num}{suf}', f'{code} {letters}{num}{suf}',
             f'{code}{letters}{num}{suf}', f'{code} - {letters} - {num}{suf}', f'{code}.{letters}.{num}{suf}', f'{code}/{letters} {num}{suf}']
    v = r.choice(forms)
    return v.lower() if r.random() < 0.08 else v


FOREIGN_PLATES = [lambda r: 'KR %d%s' % (r.randint(10000, 99999), r.choice('ABCEFG')),  # PL Kraków
                  lambda r: 'B %d %s' % (r.randint(10, 999), ''.join(r.choice('ABCDEFGHKLMNPRSTVXYZ') for _ in range(3))),  # RO Bukarest
                  lambda r: 'GD-%d%s' % (r.randint(100, 999), ''.join(r.choice('BCDFGHJKLMNPRSTVXZ') for _ in range(2))),  # NL-like
                  lambda r: 'CB %04d %s' % (r.randint(0, 9999), ''.join(r.choice('ABEHKMPTX') for _ in range(2))),  # BG
                  lambda r: 'ZG %d-%s' % (r.randint(100, 9999), ''.join(r.choice('ABCDEFGHJKLMNPRSTUVZ') for _ in range(2))),  # HR
                  lambda r: '%s %s %d' % (r.choice(['GD', 'WW', 'FI', 'OL']), 'AB', r.randint(10000, 99999)) if False else 'BA %03d%s' % (r.randint(0, 999), ''.join(r.choice('ABCDEFGHJKLMNPRSTV') for _ in range(2)))]


def email(r, p, dom=None):
    f, l = fold_initial(p['first']).lower().replace(' ', ''), fold_initial(p['last']).lower().replace(' ', '')
    dom = dom or r.choice(['gmx.de', 'web.de', 'gmail.com', 'outlook.de', 'posteo.de', 'mailbox.org', 'freenet.de', 'icloud.com',
                           'yahoo.de', 't-online.de', 'aol.com', 'proton.me', 'email.de'])
    local = r.choice([f + '.' + l, f[0] + '.' + l, f + l + str(r.randint(1, 99)), l + '_' + f, f + '-' + l, f + str(r.randint(70, 2005)),
                      l + f[0], f[:3] + l[:4] + str(r.randint(1, 9))])
    return local + '@' + dom


def email_spell(r, v):
    loc, dom = v.split('@')
    return r.choice([v, v, v, loc + ' (at) ' + dom, loc + '[at]' + dom.replace('.', '[punkt]'), loc + ' ät ' + dom, v.upper(),
                     loc + '@ ' + dom, loc + ' at ' + dom.replace('.', ' punkt '), 'mailto:' + v if False else loc + '＠'.replace('＠', '@') + dom])

# ---------------------------------------------------------------- record context and slot rendering
LEGAL = ['GmbH'] * 6 + ['UG (haftungsbeschränkt)', 'GmbH & Co. KG', 'GmbH & Co. KG', 'e.K.', 'e. K.', 'AG', 'SE', 'eG', 'Ltd.', 'OHG',
                        'KG', 'gGmbH', 'mbH', 'GbR', 'PartG mbB', 'UG', 'Inh.']
SHOPS = ['Kiosk', 'Spätkauf', 'Blumenladen', 'Handyshop', 'Nagelstudio', 'Barbershop', 'Döner', 'Pizzeria', 'Asia-Markt', 'Copyshop',
         'Second-Hand-Laden', 'Waschsalon', 'Teestube', 'Kosmetikstudio']


class Ctx:
    def __init__(self, r, pools, towns, villages_, fixed, bases):
        self.r, self.P, self.towns, self.villages, self.fixed, self.bases = r, pools, towns, villages_, fixed, bases

    # ---- people
    def new_record(self, sgb2):
        r = self.r
        c = self.P.person(r)
        c['birth'] = c['last'] if r.random() < 0.75 else self.P.person(r)['last']
        y = r.randint(1962, 2005)
        c['bdate'] = (y, r.randint(1, 12), r.randint(1, 28))
        self.cust = c
        self.r1 = self.P.person(r, 'f', c['o'])
        self.r2 = self.P.person(r, 'm', c['o'])
        for rel in (self.r1, self.r2):
            if r.random() < 0.5:
                rel['last'] = c['last']
        self.cw = self.P.person(r)
        self.tl = self.P.person(r)
        self.town = r.choice(self.towns)
        self.street = self.street_name() + ' ' + self.house_nr(simple=True)
        self.sgb2 = sgb2
        self.agency = '%03d' % r.randint(100, 999)
        self.jc = self.agency + '%02d' % r.randint(1, 99)
        self.knr = cnr(r, self.agency)
        self.bg = bg(r, self.jc) if sgb2 else None
        self.iban = iban(r, 'DE' if r.random() < 0.85 else None)
        self.tax = taxid(r)
        self.rv = rv(r, c, c['bdate'])
        self.tel = phone(r)
        self.mail = email(r, c)
        self.cw_tel = phone(r, 'fix')
        self.cw_mail = email(r, self.cw, r.choice(['jobcenter-ge.de', 'arbeitsagentur.de']) if sgb2 else 'arbeitsagentur.de')

    # ---- address pieces
    def street_name(self, abbr=None):
        r = self.r
        if r.random() < 0.3:
            return r.choice(self.fixed)
        b = r.choice(self.bases)
        full, ab = r.choice(STREET_SUFFIX)
        return b + (ab if (abbr if abbr is not None else r.random() < 0.3) else full)

    def house_nr(self, simple=False):
        r = self.r
        n = r.randint(1, 148)
        if simple or r.random() < 0.45:
            return str(n) + r.choice([''] * 5 + ['a', 'b', 'c'])
        return r.choice([f'{n}–{n + 2}', f'{n} - {n + 4}', f'{n}/1', f'{n}/{r.randint(2, 5)}', f'{n} a-c', f'{n}a+b', f'{n} A', f'{n} 1/2',
                         f'{n}½', f'{n}-{n + 1}a', f'{n} B', f'{n}, Nr. {n + 1}' if False else f'{n}e'])

    def town_tail(self, town=None):
        r = self.r
        t = town or r.choice(self.towns)
        return r.choice([f', {t[1]} {t[0]}', f', {t[1]} {t[0]}', f' in {t[1]} {t[0]}', f'\n{t[1]} {t[0]}', f' - {t[1]} {t[0]}',
                         f', {t[0]}', f', D-{t[1]} {t[0]}', f' {t[1]} {t[0]}', f',\n{t[1]} {t[0]}'])

    def address(self, shape=None, town=None):
        r = self.r
        t = town or r.choice(self.towns)
        st = self.street_name()
        shape = shape or r.choice(['std'] * 4 + ['unit'] * 3 + ['hsnr', 'hsnr', 'pf', 'pf', 'ot', 'ot', 'ot', 'village', 'village', 'br', 'br', 'bei', 'bei', 'nospace', 'dplz', 'foreign', 'foreign'])
        nr = self.house_nr()
        if shape == 'std':
            return st + ' ' + nr + (self.town_tail(t) if r.random() < 0.6 else '')
        if shape == 'unit':
            u = r.choice([', 3. Etage', ', DG', ', Souterrain', f', Zi. {r.randint(1, 240)}', ', Haus B', ', Aufgang 2', ', Block C',
                          ', Gebäude 4', ', Hof links', ', 1. OG Mitte', f', Zimmer {r.randint(1, 60)}', ', Rückgebäude', ', Vorderhaus 2. Stock',
                          f', WE {r.randint(1, 30)}', ' (Gartenhaus)', ', Dachgeschoss rechts'])
            return st + ' ' + nr + u + (self.town_tail(t) if r.random() < 0.5 else '')
        if shape == 'hsnr':
            return st + r.choice([', Hs.-Nr. ', ' Hs.-Nr. ', ' Hausnr. ', ', Haus-Nr. ', ' Nr. ', ' Nr.']) + nr + (self.town_tail(t) if r.random() < 0.5 else '')
        if shape == 'pf':
            n = str(r.randint(10, 999999))
            n = grp(n, 2) if len(n) > 4 and r.random() < 0.6 else n
            return r.choice(['Postfach ', 'Postfach ', 'PF ', 'Postf. ']) + n + r.choice([f', {t[1]} {t[0]}', f', {t[1]} {t[0]}', f'\n{t[1]} {t[0]}', f' in {t[1]} {t[0]}'])
        if shape == 'ot':
            v = r.choice(self.villages)
            return r.choice([f'OT {v}, {st} {nr}, {t[1]} {t[0]}', f'{st} {nr}, {t[1]} {t[0]} OT {v}', f'{st} {nr}, Ortsteil {v}, {t[1]} {t[0]}',
                             f'{st} {nr}, {t[1]} {t[0]}-{v}', f'{t[1]} {t[0]}/OT {v}, {st} {nr}', f'{st} {nr} (OT {v})'])
        if shape == 'village':
            v = r.choice(self.villages)
            return r.choice([f'{v} Nr. {r.randint(1, 80)}, {t[1]} {t[0]}', f'{v} {r.randint(1, 80)}, {t[1]} {t[0]}', f'{v} {r.randint(1, 80)}\n{t[1]} {t[0]}'])
        if shape == 'br':
            return r.choice([f'{st}\n{nr}', f'{st} {nr},\n{t[1]} {t[0]}', f'{st}\n{nr}, {t[1]} {t[0]}'])
        if shape == 'bei':
            s = self.P.person(r)['last']
            return r.choice([f'{st} {nr} bei {s}', f'bei {s}, {st} {nr}', f'{st} {nr}, bei {s}, {t[1]} {t[0]}', f'{st} {nr} (bei {s})'])
        if shape == 'nospace':
            b = r.choice(self.bases)
            return r.choice([f'{b}str.{nr}', f'{b.lower()}str.{nr}', f'{b}weg{nr}', f'{b}-Str.{nr}'])
        if shape == 'dplz':
            return f'{st} {nr}, D-{t[1]} {t[0]}'
        if shape == 'foreign':
            f, cc = r.choice(FOREIGN)
            return f.format(n=r.randint(1, 90), pc4=r.randint(1000, 9999), L2=''.join(r.choice('ABCDEFGHJKLMNPRSTVWXZ') for _ in range(2)))
        raise ValueError(shape)

    def cust_address(self):
        r = self.r
        st = self.street
        t = self.town
        return st + r.choice(['', '', f', {t[1]} {t[0]}', f' in {t[1]} {t[0]}', f'\n{t[1]} {t[0]}', f', {t[0]}'])

    # ---- institutions / companies
    def inst(self, group=None):
        r = self.r
        t = r.choice(self.towns)[0]
        if group is None:
            group = r.choice(['type'] * 7 + ['body'] * 3 + ['school', 'kita', 'clinic', 'cons', 'kk', 'rv'])
        if group in ('type', 'court', 'auth', 'jc', 'counsel', 'char', 'schooltype', 'clinictype'):
            g = {'schooltype': 'school', 'clinictype': 'clinic'}.get(group, group)
            lst = [p for p, gg in INST_TYPES if group == 'type' or gg == g]
            return r.choice(lst).replace('{T}', t)
        if group == 'body':
            return r.choice(self.bodies)
        if group == 'kk':
            return r.choice([b for b in self.bodies if 'BKK' in b or 'Kranken' in b or b.startswith(('AOK', 'IKK', 'KKH', 'SECUR', 'pronova', 'SVLFG'))] or self.bodies)
        if group == 'rv':
            return r.choice([b for b in self.bodies if b.startswith(('DRV', 'Deutsche Renten', 'Berufsgen', 'BG ', 'VBG'))] or self.bodies)
        if group == 'school':
            return r.choice(self.schools) + (' ' + t if r.random() < 0.4 else '')
        if group == 'kita':
            return r.choice(self.kitas) + (' ' + t if r.random() < 0.3 else '')
        if group == 'clinic':
            return r.choice(self.clinics) + (' ' + t if r.random() < 0.7 else '')
        if group == 'cons':
            return r.choice(self.consulates)
        raise ValueError(group)

    def company(self, typ=None):
        r = self.r
        typ = typ or r.choice(['legal'] * 4 + ['owner'] * 3 + ['brand'] * 2 + ['za', 'inh', 'shop'])
        w = r.choice(self.words)
        tr = r.choice(TRADES)
        s = self.P.person(r)
        if typ == 'legal':
            lf = r.choice(LEGAL)
            if lf == 'Inh.':
                return f'{w} {tr}, Inh. {s["first"]} {s["last"]}'
            return r.choice([f'{w} {tr} {lf}', f'{tr} {w} {lf}', f'{w} {lf}', f'{w}-{tr} {lf}'])
        if typ == 'owner':
            s2 = self.P.person(r)['last']
            return r.choice([f'{tr} {s["last"]}', f'{s["last"]} & Söhne', f'{s["last"]} & {s2} GbR', f'{s["last"]} {tr} e.K.',
                             f'{tr} {s["first"]} {s["last"]}', f'{s["last"]} & Partner', f'{s["last"]} & Co. KG', f'Gebr. {s["last"]}',
                             f'{tr} {s["last"]} GmbH', f'{s["last"]} & Tochter', f'{s["last"]}-{s2} OHG'])
        if typ == 'brand':
            return r.choice(self.brands)
        if typ == 'za':
            return r.choice([f'{w} Personalservice GmbH', f'{w} Zeitarbeit GmbH & Co. KG', f'{w} Personaldienste AG',
                             f'{w} Personalpartner UG (haftungsbeschränkt)', f'{w} Arbeitnehmerüberlassung GmbH', f'{w} Staffing Ltd.'])
        if typ == 'inh':
            return f'{r.choice(SHOPS)} {w}, Inh. {s["first"]} {s["last"]}'
        if typ == 'shop':
            return r.choice([f'{r.choice(SHOPS)} {s["last"]}', f'{r.choice(SHOPS)} „{w}"', f'{r.choice(SHOPS)} {w}'])
        raise ValueError(typ)

# ---------------------------------------------------------------- templates (written for heldout6)
# Slots: C customer (form), C:b birth name; R1 (female) / R2 (male) relatives; P / P1 / P2 third persons [gender:form];
# S / S1 staff, CW case worker, TL team lead; A address [shape], A:c customer's; I institution [group]; F company [type];
# IBAN [c|f|CC]; TEL [c|m|fix|int|cw]; D date [form]; BD birth date [c|k]; MAIL [c|cw|P1|S1]; KNR [c]; BG [c]; TAX [c];
# RV [c]; ID; KFZ [f]. Not planted: TOWN, N, EUR, UHR.  |lc / |uc change the case of one slot.
TEMPLATES = [
    # --- institutions
    'Kd. bringt Bescheid vom {I:auth} mit, datiert {D}; Kopie an die Leistungsabteilung.',
    'Ladung zum Gütetermin beim {I:court} am {D}. Kd. bittet um Freistellung vom Kurs.',
    'Sohn besucht seit {D} die {I:school}, Schulbescheinigung liegt bei.',
    'Platz in der {I:kita} zugesagt ab {D} – damit wäre Vollzeit möglich.',
    'Schreiben an die {I:kk} raus: Anfrage zur Mitgliedschaft seit {D}.',
    'Reha-Antrag läuft über die {I:rv}; ein Aktenzeichen hat Kd. noch nicht.',
    'Termin beim {I:cons} zur Passverlängerung am {D}, Kd. fragt nach Reisekosten.',
    'rückmeldung {I:counsel|lc}: kd. nimmt die termine dort regelmäßig wahr.',
    'lt. {I:clinic} weiterhin arbeitsunfähig bis {D}',
    'Zusammenarbeit mit dem {I:char} – Sozialberatung dort dienstags ab 9.',
    'Anfrage der {I:auth} zum Wohngeld beantwortet, kein Doppelbezug.',
    'Kd. war bis {D} beim {I:jc} gemeldet; Akte dort angefordert.',
    'ÜBERGABE AN {I:jc|uc} WEGEN WOHNORTWECHSEL',
    'Nachweis der {I:body} über Beitragsrückstände vorgelegt.',
    'Kontakt läuft über die {I:counsel}; dortige Ansprechperson Fr. {P:f:s}, Tel. {TEL}.',
    '[{I}] bittet um Rückruf bis {D}.',
    'Tochter ist in der Kita ({I:kita}), Betreuung nur bis 14 Uhr.',
    'Klage beim {I:court} anhängig; mündliche Verhandlung angesetzt auf {D}.',
    'Anmeldung an der {I:schooltype} für den B1-Kurs ist erfolgt, Start {D}.',
    'An das {I:auth} übersandt: Meldebestätigung und Mietvertrag.',
    'Entlassung aus dem {I:clinic} am {D}; Anschlussheilbehandlung über {I:rv} beantragt.',
    'Über die {I:char} wurde eine Möbelspende organisiert (Bett, Schrank).',
    'Mitteilung {I:body}: Versicherungsverlauf ist jetzt geklärt.',
    'Einladung zum Elterngespräch in der {I:school} am {D}, Kd. nimmt Tochter {R1:g} mit.',
    'Vorsprache zusammen mit Sprachmittlerin von der {I:counsel}, Frau {P:f:full}.',
    'Bescheinigung von {I:kk|lc} fehlt immer noch!!',
    'Anhörung: Kd. erklärt, sie sei beim {I:auth} gewesen und habe dort warten müssen.',
    'Kd. hat Termin im {I:clinic} (Ambulanz) und kann deshalb nicht zum Coaching.',
    'Auskunft der {I:kk} vom {D}: Krankengeld endet, Aussteuerung.',
    'bitte Unterlagen an {I:auth} schicken (Antrag auf Kinderzuschlag ist abgelehnt)',
    'Kd. ist Mitglied der {I:kk}; Versichertennummer liegt nicht vor.',
    'Sachstandsanfrage an {I:rv} gestellt – Eingang dort am {D} bestätigt.',
    'Die Beratungsstelle ({I:counsel}) begleitet Kd. beim Insolvenzantrag.',
    'Kd. hat Kontakt zur {I:char} aufgenommen, Kleiderkammer genutzt.',
    'Vorladung der {I:auth} als Zeugin, Datum {D}.',
    'Tochter wechselt von der {I:school} an die {I:school}.',
    'Kd. pflegt Kontakt zum {I:cons}, Geburtsurkunde wird dort beglaubigt.',
    'KOSTENZUSAGE VON DER {I:rv|uc} LIEGT VOR',
    'Übernahme der Unterkunftskosten durch {I:auth} bis {D}.',
    'Widerspruchsbescheid; Kd. will mit RA {P:_:s} vor das {I:court}.',
    'Die Kita-Leitung der {I:kita} ({P:f:full}) bestätigt die Betreuungszeiten schriftlich.',
    'Entlassungsbericht {I:clinic} liegt dem ÄD vor.',
    '{I:jc} fragt nach Erstattung; Zeitraum {D} bis {D}.',
    'Der psychosoziale Dienst beim {I:clinic} hat Kd. angebunden.',
    'Überweisung vom {I:auth} (Unterhaltsvorschuss) kommt auf das Konto der Mutter.',
    'Schulden bei der {I:kk} – Ratenplan über {I:counsel}.',
    'Rentenauskunft der {I:rv}: Anspruch ab {D} möglich.',
    'Begleitung zur Botschaft: {I:cons}, Kd. braucht ein Identitätspapier.',
    'Zuweisung durch {I:jc}, Ansprechpartner dort Hr. {P:m:full}.',
    # --- e-mail headers / signatures
    'Von: {S1:_:full} <{MAIL:S1}>\nGesendet: {D}\nBetreff: AW: Schulbescheinigung {I:school}\n\nbitte zur Akte.',
    '_____ weitergeleitet _____\nAbsender: {P1:_:full} [{MAIL:P1}]\nAn: Postfach Team 3\nBetreff: Teilnahme Kurs {I:schooltype}',
    'Viele Grüße aus dem Fachdienst\n{P1:_:full}\nSachbearbeitung Eingliederungshilfe\n{I:auth}\nTel. {TEL:fix}',
    'Von: {MAIL:P1}\nDatum: {D}\nBetreff: Ihr Kunde {C:full}\n> Frau/Herr {C:s} war heute nicht im Unterricht.',
    'Weitergeleitete Nachricht der {I:counsel}:\n„Wir begleiten {C:full} seit {D}.“\nGruß {P:_:full}',
    'Mail an {MAIL:cw} (cc TL {TL:full}): Rückmeldung Kurs steht aus.',
    'Betreff: Anmeldung {C:LAST}, geb. {BD:c}\nSehr geehrte Damen und Herren der {I:schooltype}, anbei die Unterlagen.',
    'Freundliche Grüße aus der Personalabteilung\n{P1:_:full}\n{F:legal}\n{A:std}\nFon {TEL:fix}',
    'Von: "{S1:_:full}" <{MAIL:S1}>\nKurze Info: Kd. ist bei mir in der Reha-Beratung angekommen.',
    'Signatur:\n{P1:f:full} | Teamleitung Wohnhilfen | {I:char}\n{A:std} | {TEL}',
    'from: {MAIL:P1}\nsubject: bewerbung {C:lc}\n„hiermit sage ich ab“',
    'Antwort auf Anfrage vom {D}:\ni. A. {P1:_:full}, {I:body}',
    # --- companies
    'Probearbeit bei {F} am {D}, Ansprechpartner Hr. {P:m:s}.',
    'Arbeitsvertrag mit der {F:legal} ab {D}, 30 Std./Woche, befristet auf ein Jahr.',
    'VV: Lagerhelfer (m/w/d) über {F:za}, Einsatzbetrieb {F:brand}.',
    'Eigenkündigung bei {F:owner}; Sperrzeit bitte prüfen.',
    'Minijob im {F:inh}, 520 Euro, seit {D}.',
    'Rückmeldung {F:za}: Kd. ist zum Vorstellungsgespräch nicht erschienen.',
    'bewerbung an {F:brand|lc} (filiale {TOWN}) rausgeschickt',
    'Arbeitgeber: {F:legal}\nAnsprechpartnerin: {P1:f:full}\nTel.: {TEL}\nMail: {MAIL:P1}',
    'EGZ-Antrag Fa. {F:owner}: Vollzeit, Beginn {D}, Förderdauer 6 Monate.',
    'anonymer Hinweis: Kd. soll im {F:shop} aushelfen. Nicht belegt.',
    'Verdienstbescheinigungen {F} für Mai bis Juli liegen vor.',
    'Arbeitgeber insolvent ({F:legal}), Insolvenzgeldantrag gestellt.',
    'Betriebspraktikum bei {F:owner} verabredet, {D} bis {D}.',
    'Stelle über {F:za}, entliehen an {F:brand}.',
    'Kündigung durch {F} zum {D}, noch in der Probezeit.',
    'Ausbildung bei {F:owner} in Aussicht, Vorstellung am {D}.',
    'Nebenjob als Zusteller für {F:legal}, Einkommen schwankt.',
    'Das Unternehmen {F:legal} sucht Fahrer mit Klasse CE, Kd. interessiert.',
    'FIRMA {F:owner|uc} RUFT NICHT ZURÜCK',
    'Jobbörse – drei Vorschläge ausgedruckt ({F:brand}, {F:legal}, {F:owner}).',
    'Einstellung durch {F} bestätigt, erster Arbeitstag {D}.',
    'Kd. hat bei {F:brand} an der Kasse gejobbt, Zeugnis fehlt.',
    'Gespräch mit dem Inhaber von {F:owner}, Herrn {P:m:s}: braucht jemanden für den Winterdienst.',
    'Stellenangebot {F:za} – Helfer Produktion, Schicht, Tarif iGZ.',
    'Kd. war drei Jahre bei der {F:legal} im Versand.',
    'Aushilfe beim {F:shop}; Lohn bar, keine Abrechnung.',
    'Arbeitsbescheinigung von {F:owner|lc} angefordert.',
    'Werkvertrag mit {F:legal}?? Scheinselbstständigkeit prüfen.',
    'Bewerbungen: {F:brand}, {F:brand}, {F:za} – alle abgelehnt.',
    'Gewerbeanmeldung Kd.: "{F:legal}", Beginn der Tätigkeit {D}.',
    'Kd. möchte bei {F:owner} ein Langzeitpraktikum machen.',
    'Beschäftigung bei {F:legal} endete am {D} durch Aufhebungsvertrag.',
    'AG-Service meldet: {F:legal} stellt 5 Helfer ein, Kd. vorgeschlagen.',
    'Firma {F:inh} bietet Teilzeit.',
    'Kd. lieferte für {F:brand} Pakete aus (Subunternehmer {F:legal}).',
    'Maßnahmeträger ist die {F:legal}, Kursort {A:hsnr}.',
    # --- addresses
    'Neue Anschrift seit {D}: {A}',
    'Postanschrift ab sofort: {A:bei}',
    'Unterkunft: {A:unit}',
    'Wohnungsangebot {A:std}, 54 qm, Vermieter {P:_:full}.',
    'Kd. wohnt ländlich ({A:ot}), Bus fährt erst ab 7 Uhr.',
    'Schriftverkehr bitte über {A:pf} (Betreuungsverein).',
    'Ummeldung vom {D}:\nalt: {A:c}\nneu: {A}',
    'Kinder wohnen getrennt:\n- {R1:full}, {A}\n- {R2:full}, {A}',
    'Bruder {R2:full} lebt im Ausland: {A:foreign}.',
    'Letzte Wohnadresse vor der Einreise: {A:foreign}',
    'Mutter wohnt {A:village}, Kd. fährt zur Pflege hin.',
    'Hausbesuch {A:br} – niemand da, Karte eingeworfen.',
    'kd. gibt an, jetzt in der {A:nospace} zu wohnen',
    'Kursort: {A:hsnr}, Raum 2.12',
    'Rechnungsanschrift: {A:dplz}',
    'Meldeadresse {A:c}, tatsächlich wohnhaft {A}',
    'Zur Untermiete bei Bekannten, {A:unit}.',
    'Frau {P:f:s} vermietet ein Zimmer in der {A:std}.',
    'Eltern wohnen in {A:foreign}, Kontakt per WhatsApp {TEL:int}.',
    'Arbeitsort {A}, Fahrzeit ca. 40 min.',
    'Anschriften der Geschwister (für Unterhalt):\n1) {A}\n2) {A}',
    'Kd. ist obdachlos, postalisch erreichbar {A:pf}.',
    'Postzustellung scheitert: Name fehlt am Briefkasten, {A:c}.',
    'Wohnung der Lebensgefährtin: {A:ot}',
    'Kd. zieht zum {D} in die {A:std}, Mietangebot liegt vor.',
    'adresse neu: {A|lc}',
    'ANSCHRIFT: {A:std|uc}',
    'Umzug in die Nähe der Arbeitsstelle, {A:hsnr}.',
    'Wohnt seit Trennung {A:bei}.',
    'Kd. bei der Schwester untergekommen ({A:unit}).',
    'Gemeinschaftsunterkunft {A:unit}, Zimmer geteilt.',
    'Kd. hat Haus der Großeltern geerbt, {A:village}; Verwertbarkeit prüfen.',
    'Lt. Mietvertrag Objekt {A}, Beginn {D}.',
    'Kd. nennt als Anschrift nur "{A:br}".',
    'Ehemann lebt weiterhin in {A:foreign}, kein Kontakt.',
    'Geschäftsadresse der Firma {F:owner}: {A:std}',
    'Der Vater {R2:full} ist nach {A:foreign} zurückgekehrt.',
    'Ersatzzustellung an Nachbarn {P:_:full}, {A:std}.',
    # --- third persons
    'Vermieterin {P:f:full} fordert Mietrückstand, Kd. legt Schreiben vor.',
    'Telefonat mit Hrn. {P:m:s} (Bewährungshelfer): Auflagen werden erfüllt.',
    'Schwiegermutter {P:f:full} betreut das Kind vormittags.',
    'Lebensgefährte {P:m:full}, geb. {BD}, zieht ein – BG-Änderung.',
    'Kd. kommt mit Cousin {P:m:g} als Übersetzer.',
    'Tochter {R1:g} (* {BD:k}) geht jetzt zur Schule.',
    'Sohn {R2:full} hat Ausbildung begonnen, Einkommen anrechnen.',
    'Betreuerin Fr. {P:f:full} bittet um Kopie des Bescheids.',
    'Hausarzt Dr. {P:_:s} bescheinigt Einschränkungen beim Heben.',
    'Ex-Partner {P:m:LAST} zahlt keinen Unterhalt.',
    'Nachbar ({P:m:full}) hat Post angenommen.',
    'Pflegekind {P:_:g} lebt seit {D} im Haushalt.',
    'Patenonkel {P:m:inv} unterstützt finanziell (Darlehen).',
    'Kd. möchte, dass Schwester {R1:full} Auskunft bekommt; Vollmacht liegt vor.',
    'Mitbewohnerin {P:f:full} – keine BG, getrennte Kasse.',
    'RAin {P:f:full} zeigt Mandat an.',
    'Ehegatte {R2:full} (geb. {BD}) arbeitet in Teilzeit.',
    'Großmutter {R1:ini} ist verstorben, Kd. fährt zur Beerdigung.',
    'Kd. erzählt von Streit mit dem Vermieter, Herrn {P:m:s}.',
    'Zeugin: {P:f:full}, Nachbarin.',
    'Sozialarbeiter {P:m:full} begleitet Kd. heute.',
    'Onkel {P:m:full} bietet Arbeit in seiner Werkstatt an.',
    'Halbbruder {P:m:full}, * {BD}, in Haft.',
    'der sohn {R2:lc} braucht nachhilfe',
    'Schwiegersohn {P:m:full} bringt Kd. zum Termin.',
    'SCHWESTER {R1:firstUP} HAT NEUE TELEFONNUMMER: {TEL:m}',
    'Tagesmutter {P:f:full} betreut ab {D} drei Tage die Woche.',
    'Kd. nennt als Notfallkontakt {P:_:full}, Tel. {TEL:m}.',
    'Familienhelferin {P:f:inv} kommt wöchentlich.',
    'Vater {R2:full} ist pflegebedürftig (PG 3).',
    'Ansprechpartnerin beim Träger: {P:f:full}',
    'Der Dolmetscher, Hr. {P:m:full}, war bestellt, kam aber nicht.',
    'Kd. heißt jetzt {C:full}, Geburtsname {C:b}.',
    'Gespräch mit {C:full} und Ehemann {R2:g}.',
    # --- staff
    'Vertretung durch {S:_:full}, ich bin ab {D} im Urlaub.',
    'Rücksprache mit Koll. {S:_:s} aus dem Arbeitgeberservice.',
    'Fallübergabe {CW:full} → {S:_:full}',
    'i. A. {S:_:full}',
    'gez. {CW:ini}',
    'TL {TL:s} informiert, Prüfung Minderung.',
    'Kollegin {S:f:full} (Reha/SB) übernimmt ab {D}.',
    'abgestimmt mit Fallmanager {S:m:full}',
    'Eingangszone ({S:_:full}) hat die Unterlagen angenommen.',
    'Vermerk {CW:inv}: Kd. unentschuldigt gefehlt.',
    'Psychologischer Dienst – Termin bei Fr. {S:f:s} am {D}.',
    'Rückfrage an Leistungssachbearbeitung ({S:_:full}), Antwort steht aus.',
    'Bearbeiter: {CW:full}, Durchwahl {TEL:cw}',
    'Kd. möchte lieber von Herrn {S:m:s} beraten werden.',
    'TL-Freigabe: {TL:full}, {D}',
    'für {TL:inv}: bitte Vorlage zur Fallkonferenz',
    'Berufsberaterin {S:f:full} hat Testung angeregt.',
    'Teamleitung ({TL:LAST}) stimmt Förderung zu.',
    # --- identifiers
    'Bankverbindung geändert: {IBAN:c}',
    'Miete direkt an Vermieter {P:_:full}, IBAN {IBAN}.',
    'Kaution an {F:legal} überweisen, Konto {IBAN}.',
    'Kd. hat nur ein Konto im Ausland: {IBAN:f}',
    'kontoverbindung alt {IBAN} neu {IBAN:c}',
    'Zahlung Heizkostennachforderung an Stadtwerke, IBAN:\n{IBAN:DE}',
    'Erstattung bitte auf das Konto der Schwester {R1:full} ({IBAN}).',
    'IBAN laut Kontoauszug {IBAN:c}, Kontoinhaber {C:full}.',
    'Rückbuchung! Konto {IBAN:c} aufgelöst.',
    'Kd. überweist Raten an Inkasso, Empfängerkonto {IBAN}.',
    'Lohn geht auf {IBAN:f} (Heimatbank).',
    'Steuer-ID {TAX:c} laut Lohnsteuerbescheinigung.',
    'IdNr der Tochter {R1:g}: {TAX}',
    'RV-Nr. {RV:c} – Versicherungsverlauf angefordert.',
    'SV-Ausweis vorgelegt: {RV:c}',
    'Personalausweis Nr. {ID}, gültig bis {D}.',
    'Reisepass {ID} abgelaufen, neuer beantragt.',
    'Ausweisdaten: {ID|lc}',
    'KNr. {KNR:c}, BG {BG:c}',
    'Verwechslung: Unterlagen gehören zu KNr. {KNR}, nicht zu diesem Fall.',
    'Mitbewohner hat eigene BG ({BG}).',
    'Doppelakte! Alte Nummer {KNR}, führend ist {KNR:c}.',
    'bg-nr. {BG:c|lc} im Bescheid falsch angegeben',
    'Fahrzeug: {KFZ}, Zeitwert unter 7.500 €.',
    'PKW des Kd. ({KFZ}) ist abgemeldet.',
    'Kd. fährt Transporter der Firma, amtl. Kennz. {KFZ}',
    'Auto mit ausländischem Kennzeichen {KFZ:f} auf Kd. zugelassen?',
    'Halter lt. Anfrage: {C:full}, Kennzeichen {KFZ}',
    'Parkausweis beantragt für {KFZ}.',
    'Kd. verkauft seinen Wagen ({KFZ}), Erlös anrechnen.',
    # --- phone / email / dates
    'Kd. neue Handynummer: {TEL:m}',
    'Rückruf unter {TEL:c} vereinbart für {D}.',
    'Festnetz {TEL:fix}, mobil {TEL:m}',
    'Kontakt Praxis: {TEL:fix} (nur vormittags)',
    'Kd. erreichbar über Nachbarin, Tel. {TEL}',
    'Tel. AG {TEL:fix}, Fax {TEL:fix}',
    'ruft an von {TEL:int}, ist bei Familie im Ausland',
    'E-Mail-Adresse Kd.: {MAIL:c}',
    'Bewerbungsunterlagen per Mail von {MAIL:c} erhalten.',
    'Kd. hat keinen Zugang mehr zu {MAIL:c}, neue Adresse folgt.',
    'Schreibt aus dem Urlaub an {MAIL:cw}.',
    'Anfrage an {MAIL:P1} ({P1:_:full}, Träger) gestellt.',
    'Termine: {D}, {D} und {D} – alle wahrgenommen.',
    'Nächster Termin {D} um 9:30 Uhr, danach {D}.',
    'Kurs läuft vom {D} bis {D}.',
    'AU vom {D} bis einschl. {D} liegt vor.',
    'Kd. hat am {D} geheiratet, Nachweis folgt.',
    'Sperrzeit vom {D} – {D}',
    'WV {D}',
    'Eingang Unterlagen {D}, Bearbeitung {D}.',
    'Geburt des Kindes am {BD:k}, Elterngeld beantragt.',
    'Kd. geb. {BD:c}, damit ab nächstem Jahr U25 vorbei.',
    'Alter laut Pass: * {BD:c}; laut Kd. stimmt das Datum nicht.',
    'Geburtsdaten der Kinder: {BD:k}, {BD:k}',
    # --- combined data blocks
    'Personalien:\nName: {C:inv}\nGeb.: {BD:c}\nAnschrift: {A:c}\nTel.: {TEL:c}',
    'Daten Partner:\n{P1:m:full} | * {BD} | {TEL:m} | {MAIL:P1}',
    'Neuer Mitbewohner: {P1:_:full}, geb. {BD}, Ausweis {ID}',
    'Bewerberprofil: {C:full}, {A:c}, {MAIL:c}, {TEL:c}',
    'Stammdatenänderung {D}: Konto {IBAN:c}, Tel. {TEL:c}',
    'Für den Arbeitgeber: {C:full}, Steuer-ID {TAX:c}, SV-Nr. {RV:c}',
    'Kind: {R1:full}, * {BD:k}, Kita: {I:kita}',
    'AG-Daten: {F:legal}, {A:std}, Tel {TEL:fix}, Ansprechp. {P:_:full}',
    'Anlage KdU: Vermieter {P:_:inv}, {A:std}, IBAN {IBAN}',
    'Schule: {I:school} | Klassenlehrerin: {P:f:full} | Tel.: {TEL:fix}',
    'Unterhaltsschuldner: {P1:m:full}, {A}, beschäftigt bei {F}',
    'Gläubiger: {F:legal}, Az. 2024/117, Konto {IBAN}',
    # --- telegram / dialogue / lowercase / caps
    'TE mit Kd. ({C:s}): kommt morgen, bringt Kontoauszüge.',
    'Kd. {C:full|lc} war pünktlich, motiviert.',
    'KD {C:sUP} NICHT ERSCHIENEN, EINLADUNG ERNEUT ZUM {D}',
    'SB: Haben Sie sich bei {F} beworben?\nKd.: Ja, per Mail, aber keine Antwort.',
    'Kd. sagt: "Mein Schwager {P:m:full} kann mir Arbeit geben."',
    'Hr. {C:s} kam mit Sohn {R2:g}.',
    'Fr. {C:s} erschien ohne Unterlagen.',
    'Termin mit {C:ini} verschoben, neuer Termin am {D}.',
    'Kd. ({C:full}) stellt sich bei {I:jc} vor.',
    '{C:inv} – Aktenvermerk zum Gespräch vom {D}',
    'Kd. {C:s} hat Einwände gegen die EGV.',
    'Anruf der Ehefrau {R1:g} wg. Auszahlung.',
    'Kd. nennt Bruder {R2:full} als Bürgen.',
    'Gespräch mit {C:g}: Ziel ist eine Helfertätigkeit im Lager.',
    'kd {C:s|lc} ruft an: bus verpasst',
    'Kd. meldet Namensänderung: vorher {C:b}.',
    'Anwesend: Kd. {C:full}, Tochter {R1:full}, Dolmetscherin {P:f:full}.',
    '{C:LAST} ist ab {D} in Arbeit',
    # --- more identifiers (added after the first count)
    'Kundennummer der Ehefrau: {KNR}',
    'Antrag unter KdNr {KNR:c} erfasst, Partner läuft unter {KNR}.',
    'Bescheid zu BG {BG:c} vom {D} ist raus.',
    'Bedarfsgem. {BG|lc} gehört zum Vormieter – nicht verwechseln!',
    'aus anderer BG übernommen: {BG} → jetzt {BG:c}',
    'steuerliche IdNr. {TAX:c} fehlt in der Anmeldung beim AG',
    'Lohnsteuerbescheinigung mit falscher Identifikationsnummer ({TAX}), korrekt wäre {TAX:c}.',
    'Steuer-ID des Partners: {TAX}',
    'Rentenversicherungsnummer der Mutter: {RV}',
    'Versicherungsnummer {RV:c} wurde vom Arbeitgeber abgefragt.',
    'eAT-Nummer {ID}, Aufenthaltstitel gültig bis {D}',
    'Ausweiskopie (Nr. {ID}) zur Akte genommen – Kd. {C:full}.',
    'Pass der Tochter {R1:g}: {ID}',
    'Kennzeichen {KFZ|uc} wurde geblitzt, Bußgeld 80 €.',
    'Fahrtenbuch vorgelegt: {KFZ} und {KFZ}',
    'Anhänger {KFZ} gehört dem Vater.',
    'Kennz. des Firmenwagens: {KFZ}',
    'Kindergeld für {R1:g} (geb. {BD:k}) und {R2:g} (geb. {BD:k}).',
    'Schwanger, errechneter Termin {D}.',
    'Geburtsdatum {BD:c} – Kd. fällt in die Zielgruppe 50+? Nein.',
    'Einladung an {C:full}, {A:c}, versandt.',
    'Kd. {C:inv} erscheint mit Rechtsbeistand.',
    '{C:s}: Bewerbungsnachweise vollständig.',
    'Kd. {C:LAST} meldet sich telefonisch krank.',
    'Handy aus, Rückruf über Festnetz {TEL:fix}.',
    'Tel. Kd. geändert von {TEL} auf {TEL:m}.',
    'Abtretungserklärung zugunsten {F:legal}, Konto {IBAN}.',
    'Vermieterkonto (Hausverwaltung {F:legal}): {IBAN}',
    'Zeitraum {D} – {D}, danach erneute Prüfung.',
    'Frist bis {D}, Erinnerung am {D}.',
    'Bescheid vom {D}, laut Kd. zugestellt am {D}.',
    'Gesprächsführung {CW:full}, Protokoll {S:_:full}.',
    'vertretungsweise bearbeitet: {S:_:inv}',
    'Mutter {R1:full}, geb. am {BD}, Pflegegeld.',
    'Kunde hat KNR {KNR:c} und fragt nach der seines Bruders ({KNR}).',
    'Neues Kfz ({KFZ}) finanziert über Kredit, Rate 180 €.',
    'Sozialversicherungsnr. {RV|lc}',
    'ID-Dokument: {ID}, ausgestellt am {D}',
    'Kd. {C:full} (geb. {BD:c}) wird Vater, Termin Geburt {D}.',
    'Nachweis für Sohn {R2:g}, * {BD:k}, Schülerausweis liegt vor.',
    'Kd. {C:full} meldet sich aus {A:foreign}, Rückkehr geplant zum {D}.',
    'IdNr {TAX:c|lc} nachgereicht',
    'Steuer-Identifikationsnr. Kd.: {TAX:c}, Kind: {TAX}',
    'Ausweis {ID} und Pass {ID} eingesehen, Kopien gefertigt.',
    'PA-Nr. von {C:s}: {ID}',
    'Neue Adresse der Tochter {R1:g}: {A}',
    'Zugewiesene Wohnung: {A:unit}',
    '{C:full} / {A:c} / Tel. {TEL:c}',
    'Briefe an {C:inv} kommen zurück, Empfänger unter {A:c} unbekannt.',
    'Ausweis verloren, Verlustanzeige erstattet; alte Nr. {ID}.',
    'Abstimmung mit {S:f:full} (AGS) und {S:m:full} (Reha) zum Vermittlungsvorschlag.',
    'Fall übernommen von Kollegin {S:f:inv}.',
    'Kd. beschwert sich über Herrn {S:m:s} aus der Eingangszone.',
    'Bitte an {S:_:full}: Bescheid korrigieren, Einkommen doppelt angerechnet.',
    'Die Kollegin vom Inkasso-Service, {S:f:full}, hat Ratenzahlung bewilligt.',
    'Kd. pendelt zwischen zwei Jobs: {F:brand} (vormittags) und {F:owner} (abends).',
    'Vorstellungstermin bei der Personalagentur {F:za} am {D}.',
    'Subunternehmer {F:legal} zahlt den Lohn verspätet.',
    'zusage von {F:owner|lc} per sms',
    # --- no personal data (retention)
    'Kd. möchte als Koch arbeiten, Gesundheitszeugnis fehlt noch.',
    'Die Krankenkasse hat noch nicht geantwortet, Kd. ruft dort selbst an.',
    'Das Jobcenter übernimmt die Fahrtkosten nur anteilig.',
    'Polizei war wegen Ruhestörung im Haus, Kd. selbst nicht beteiligt.',
    'Ziel Berufskraftfahrer; Führerschein Klasse C fehlt noch.',
    'Beim Hausarzt gewesen, Attest folgt.',
    'Gericht hat noch nicht entschieden, Kd. wartet ab.',
    'Schule meldet Fehlzeiten beim Sohn.',
    'Kitaplatz weiter offen, die Stadt führt eine Warteliste.',
    'Weiterbildung Maler und Lackierer angedacht, Kd. hat Bedenken wegen der Knie.',
    'Die Rentenversicherung prüft eine Erwerbsminderung.',
    'Wohnung ist zu teuer; Angemessenheit nach der KdU-Richtlinie prüfen.',
    'Sommerjob im Freibad als Kassierer, befristet.',
    'Berufsberatung empfiehlt Fachkraft für Lagerlogistik.',
    'Schulden beim Stromanbieter, Ratenzahlung vereinbart.',
    'Bewerbungstraining: Anschreiben überarbeitet, Lebenslauf ohne Lücken.',
    'Zuschuss für Sicherheitsschuhe beantragt.',
    'Die Kirche bietet einen kostenlosen Deutschkurs an.',
    'Stadtwerke drohen mit Sperre, Kd. bringt die Mahnung mit.',
    'Der Zahnarzt hat mit der Behandlung begonnen.',
    'Kd. kocht gern und möchte in eine Großküche; Hygieneschulung nötig.',
    'Amt für Wohnen meldet sich nicht, Kd. frustriert.',
    'Meister im Betrieb sei streng, aber fair, sagt Kd.',
    'Die Tafel hat diese Woche geschlossen.',
    'Winter ist schwierig wegen Glätte; Kd. fährt Fahrrad.',
    'Frühschicht in der Bäckerei wäre möglich, Kinderbetreuung klären.',
    'Ausländerbehörde hat Fiktionsbescheinigung verlängert.',
    'Kd. hat Angst vor dem Amtsgericht, Begleitung angeboten.',
]

# ---------------------------------------------------------------- rendering
SLOT = re.compile(r'\{([A-Z][A-Z0-9]*)(?::([^{}|]*))?(?:\|(lc|uc))?\}')
NAME_KINDS = ('customerName', 'staffName', 'thirdPersonName')
KINDS = ['address', 'birthDate', 'company', 'customerName', 'customerNumber', 'date', 'email', 'householdNumber', 'iban', 'idCard',
         'institution', 'licensePlate', 'pensionNumber', 'phone', 'staffName', 'taxId', 'thirdPersonName']


def ymd(d):
    return tuple(int(x) for x in d.split('-'))


def near(r, day, lo=-40, hi=90):
    import datetime
    d = datetime.date(*ymd(day)) + datetime.timedelta(days=r.randint(lo, hi))
    return (d.year, d.month, d.day)


def render_slot(ctx, name, arg, cache, ev_day):
    r = ctx.r
    a = arg.split(':') if arg else []
    if name in ('C', 'R1', 'R2', 'CW', 'TL'):
        p = {'C': ctx.cust, 'R1': ctx.r1, 'R2': ctx.r2, 'CW': ctx.cw, 'TL': ctx.tl}[name]
        kind = {'C': 'customerName', 'CW': 'staffName', 'TL': 'staffName'}.get(name, 'thirdPersonName')
        form = a[0] if a else None
        if form == 'b':
            return ctx.cust['birth'], kind
        return name_form(r, p, form), kind
    if name in ('P', 'P1', 'P2', 'S', 'S1'):
        g = a[0] if a and a[0] in ('m', 'f') else None
        form = a[1] if len(a) > 1 else None
        if name in cache:
            p = cache[name]
        else:
            p = ctx.P.person(r, g)
            if name != 'P' and name != 'S':
                cache[name] = p
        return name_form(r, p, form), ('staffName' if name.startswith('S') else 'thirdPersonName')
    if name == 'A':
        if a and a[0] == 'c':
            return ctx.cust_address(), 'address'
        return ctx.address(a[0] if a else None), 'address'
    if name == 'I':
        return ctx.inst(a[0] if a else None), 'institution'
    if name == 'F':
        return ctx.company(a[0] if a else None), 'company'
    if name == 'IBAN':
        if a and a[0] == 'c':
            v = ctx.iban
        elif a and a[0] == 'f':
            v = iban(r, r.choice([k for k in IBAN_C if k != 'DE']))
        elif a:
            v = iban(r, a[0])
        else:
            v = iban(r)
        return iban_spell(r, v), 'iban'
    if name == 'TEL':
        k = a[0] if a else None
        if k == 'c':
            return ctx.tel, 'phone'
        if k == 'cw':
            return ctx.cw_tel + r.choice(['', '', '-' + str(r.randint(10, 399))]), 'phone'
        return phone(r, {'m': 'mob', 'fix': 'fix', 'int': 'int'}.get(k)), 'phone'
    if name == 'D':
        if '_lastD' in cache:  # a second date in the same template comes later (ranges, deadlines)
            y, m, d = near(r, '%04d-%02d-%02d' % cache['_lastD'], 1, 75)
        else:
            y, m, d = near(r, ev_day)
        cache['_lastD'] = (y, m, d)
        return fmt_date(r, y, m, d, form=a[0] if a else None), 'date'
    if name == 'BD':
        if a and a[0] == 'c':
            y, m, d = ctx.cust['bdate']
        elif a and a[0] == 'k':
            y, m, d = r.randint(2006, 2024), r.randint(1, 12), r.randint(1, 28)
        else:
            y, m, d = r.randint(1945, 2004), r.randint(1, 12), r.randint(1, 28)
        return fmt_date(r, y, m, d, birth=True), 'birthDate'
    if name == 'MAIL':
        k = a[0] if a else 'c'
        if k == 'c':
            v = ctx.mail
        elif k == 'cw':
            v = ctx.cw_mail
        else:
            if k not in cache:
                cache[k] = ctx.P.person(r)
            dom = 'arbeitsagentur.de' if k.startswith('S') else None
            v = email(r, cache[k], dom)
        return email_spell(r, v), 'email'
    if name == 'KNR':
        return cnr_spell(r, ctx.knr if a and a[0] == 'c' else cnr(r)), 'customerNumber'
    if name == 'BG':
        return bg_spell(r, ctx.bg if (a and a[0] == 'c' and ctx.bg) else bg(r)), 'householdNumber'
    if name == 'TAX':
        return tax_spell(r, ctx.tax if a and a[0] == 'c' else taxid(r)), 'taxId'
    if name == 'RV':
        if a and a[0] == 'c':
            v = ctx.rv
        else:
            p = ctx.P.person(r)
            v = rv(r, p, (r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)))
        return rv_spell(r, v), 'pensionNumber'
    if name == 'ID':
        return id_spell(r, idcard(r)), 'idCard'
    if name == 'KFZ':
        if a and a[0] == 'f':
            return r.choice(FOREIGN_PLATES)(r), 'licensePlate'
        return plate(r, r.choice([ctx.town[2]] * 2 + [t[2] for t in ctx.towns])), 'licensePlate'
    if name == 'TOWN':
        return r.choice(ctx.towns)[0], None
    raise ValueError(name)


def render(ctx, tpl, ev_day, case=None):
    """returns text, [(start, end, kind, value)]"""
    out, spans, pos, cache = [], [], 0, {}
    last = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        last = m.end()
        lit = lit.lower() if case == 'lc' else lit.upper() if case == 'uc' else lit
        out.append(lit)
        pos += len(lit)
        v, kind = render_slot(ctx, m.group(1), m.group(2), cache, ev_day)
        c = m.group(3) or case
        v = v.lower() if c == 'lc' else v.upper() if c == 'uc' else v
        out.append(v)
        if kind:
            spans.append((pos, pos + len(v), kind, v))
        pos += len(v)
    lit = tpl[last:]
    lit = lit.lower() if case == 'lc' else lit.upper() if case == 'uc' else lit
    out.append(lit)
    return ''.join(out), spans


JOINERS = [' ', '\n', '\n\n', ' // ', '; ', ' + ', '\n- ', ' || ', ' – ']
GROUPS = ['customerGroup']
CG = ['general', 'longTermUnemployed', 'youngAdults', 'olderWorkers', 'singleParents', 'returners', 'disabledPersons', 'refugees']
ETYPES = ['counselling', 'invitation', 'cooperationPlan', 'placementProposal', 'applicationReview', 'employerContact', 'caseConference',
          'hearing', 'missedAppointment', 'statusUpdate']
PROFILES = ['market', 'activation', 'support', 'development', 'stabilisation', 'assistance']
MKINDS = ['activation', 'qualification', 'languageCourse', 'coaching', 'jobApplicationTraining', 'workOpportunity', 'wageSubsidy', 'rehabilitation']
RD = ['NRW', 'NSB', 'BY', 'BW', 'HE', 'RPS', 'SAT', 'BB', 'NORD']


SLOT_KIND = {'C': 'customerName', 'R1': 'thirdPersonName', 'R2': 'thirdPersonName', 'P': 'thirdPersonName', 'P1': 'thirdPersonName',
             'P2': 'thirdPersonName', 'S': 'staffName', 'S1': 'staffName', 'CW': 'staffName', 'TL': 'staffName', 'A': 'address',
             'I': 'institution', 'F': 'company', 'IBAN': 'iban', 'TEL': 'phone', 'D': 'date', 'BD': 'birthDate', 'MAIL': 'email',
             'KNR': 'customerNumber', 'BG': 'householdNumber', 'TAX': 'taxId', 'RV': 'pensionNumber', 'ID': 'idCard', 'KFZ': 'licensePlate'}
TARGET = {'institution': 240, 'company': 218, 'address': 258, 'thirdPersonName': 268, 'staffName': 118, 'iban': 96, 'phone': 132,
          'date': 320, 'customerName': 150, 'birthDate': 82, 'email': 50, 'customerNumber': 45, 'householdNumber': 30, 'taxId': 30,
          'pensionNumber': 24, 'idCard': 52, 'licensePlate': 70}


def tpl_kinds(tpl):
    return [SLOT_KIND[m.group(1)] for m in SLOT.finditer(tpl) if m.group(1) in SLOT_KIND]


def make_plan(r, n_slots):
    """every template once, then a deterministic deficit-weighted draw towards TARGET"""
    plan = list(range(len(TEMPLATES)))
    kinds = [tpl_kinds(t) for t in TEMPLATES]
    cur = collections.Counter(k for i in plan for k in kinds[i])
    uses = collections.Counter(plan)
    while len(plan) < n_slots:
        ws = []
        for i, ks in enumerate(kinds):
            w = 0.25 + sum(max(0.0, (TARGET[k] - cur[k]) / TARGET[k]) for k in ks) * 3
            ws.append(w / (1 + 0.15 * uses[i]))
        i = r.choices(range(len(TEMPLATES)), weights=ws)[0]
        plan.append(i)
        uses[i] += 1
        cur.update(kinds[i])
    r.shuffle(plan)
    return plan


def iso(t):
    return '%04d-%02d-%02d' % t


def build(names, n_records=165):
    import datetime
    r = random.Random(SEED)
    drop = set(names.get('_droppedPoolCandidates', []))
    towns = [t for t in TOWNS if t[0] not in drop]
    fixed = [f for f in FIXED_STREETS if f not in drop]
    bases = [b for b in STREET_BASES if b not in drop and b + 'straße' not in drop]
    vill = [v for v in villages() if v not in drop]
    pools = Pools({k: v for k, v in names.items() if not k.startswith('_')})
    ctx = Ctx(r, pools, towns, vill, fixed, bases)
    ctx.bodies = [b for b in NAMED_BODIES if b not in drop]
    ctx.schools = [b for b in SCHOOLS if b not in drop]
    ctx.kitas = [b for b in KITAS if b not in drop]
    ctx.clinics = [b for b in CLINIC_BRANDS if b not in drop]
    ctx.consulates = [b for b in CONSULATES if b not in drop]
    ctx.brands = [b for b in BRANDS if b not in drop]
    ctx.words = [b for b in COMPANY_WORDS if b not in drop]
    global FOREIGN
    FOREIGN = [f for f in FOREIGN if (re.sub(r'\{n\}.*', '', f[0]).strip(' ,') or f[0]) not in drop and f[0].split(',')[-1].strip() not in drop]
    info = {'towns': len(towns), 'fixedStreets': len(fixed), 'streetBases': len(bases), 'villages': len(vill), 'namedBodies': len(ctx.bodies),
            'schools': len(ctx.schools), 'kitas': len(ctx.kitas), 'clinicBrands': len(ctx.clinics), 'consulates': len(ctx.consulates),
            'brands': len(ctx.brands), 'companyWords': len(ctx.words), 'foreignAddressFormats': len(FOREIGN),
            'instTypes': len(INST_TYPES)}

    # event counts and template plan
    n_events = [r.choice([3, 4, 5, 5, 6, 6, 7]) for _ in range(n_records)]
    total_notes = sum(n_events)
    n_tpl = [1 if r.random() < 0.47 else 2 for _ in range(total_notes)]
    slots = sum(n_tpl)
    plan = make_plan(r, slots)
    assert set(plan) == set(range(len(TEMPLATES))), 'every template used'
    records, truth = [], []
    k = 0
    for ri in range(n_records):
        sgb2 = r.random() < 0.75
        ctx.new_record(sgb2)
        c = ctx.cust
        start = datetime.date(2023, 1, 2) + datetime.timedelta(days=r.randint(0, 700))
        days = sorted(r.sample(range(0, 420), n_events[ri]))
        evs = []
        for ei, dd in enumerate(days):
            day = iso(((start + datetime.timedelta(days=dd)).timetuple()[:3]))
            parts, spans_all, text = [], [], ''
            case = 'lc' if r.random() < 0.04 else 'uc' if r.random() < 0.02 else None
            for j in range(n_tpl[k]):
                tpl = TEMPLATES[plan[k + j] if False else plan.pop()]
                t, sp = render(ctx, tpl, day, case)
                if text:
                    text += r.choice(JOINERS)
                off = len(text)
                text += t
                spans_all += [(s + off, e + off, kd, v) for s, e, kd, v in sp]
            k += 1
            evs.append({'date': day, 'type': r.choice(ETYPES), 'channel': r.choice(['inPerson', 'phone', 'video']), 'note': text})
            for s, e, kd, v in spans_all:
                truth.append({'record': ri, 'event': ei, 'start': s, 'end': e, 'kind': kd, 'value': v})
        intake = iso(start.timetuple()[:3])
        rec = {'customerNumber': ctx.knr}
        if sgb2:
            rec['householdNumber'] = ctx.bg
        rec['legalDomain'] = 'SGB2' if sgb2 else 'SGB3'
        rec['regionalDirectorate'] = r.choice(RD)
        if sgb2:
            rec['jobCentre'] = {'id': ctx.jc, 'name': 'Jobcenter ' + ctx.town[0], 'consents16a': r.random() < 0.5}
        else:
            rec['agency'] = {'id': ctx.agency, 'name': 'Agentur für Arbeit ' + ctx.town[0]}
        rec['team'] = ctx.jc + '-T%02d' % r.randint(1, 9)
        rec['teamLead'] = {'id': 'TL-%04d' % r.randint(0, 9999), 'name': ctx.tl['first'] + ' ' + ctx.tl['last']}
        rec['caseWorker'] = {'id': 'MA-%04d' % r.randint(0, 9999), 'name': ctx.cw['first'] + ' ' + ctx.cw['last'], 'phone': ctx.cw_tel,
                             'email': ctx.cw_mail}
        rec['customer'] = {'firstName': c['first'], 'lastName': c['last'], 'birthName': c['birth'], 'birthDate': iso(c['bdate']),
                           'gender': c['g'], 'nationality': r.choice(['DE', 'DE', 'IN', 'NP', 'ES', 'MT', 'SO', 'PH', 'GB', 'LK', 'US']),
                           'address': {'street': ctx.street, 'postcode': ctx.town[1], 'city': ctx.town[0]},
                           'phone': ctx.tel, 'email': ctx.mail, 'iban': ctx.iban, 'taxId': ctx.tax, 'pensionInsuranceNumber': ctx.rv}
        rec['customerProcess'] = r.choice(['placement'] * 4 + ['rehabilitation', 'employerService'])
        rec['customerGroup'] = r.choice(CG)
        rec['municipalServices16a'] = sgb2 and r.random() < 0.3
        rec['review'] = {'flagged': r.random() < 0.5, 'month': evs[-1]['date'][:7], 'teamLeadVerdict': r.choice(['goalOriented', 'notGoalOriented'])}
        rec['profileHistory'] = [{'from': intake, 'profile': r.choice(PROFILES)}]
        rec['events'] = evs
        ms = start + datetime.timedelta(days=r.randint(10, 60))
        rec['measures'] = [{'start': iso(ms.timetuple()[:3]), 'end': iso((ms + datetime.timedelta(days=r.randint(30, 180))).timetuple()[:3]),
                            'kind': r.choice(MKINDS), 'outcome': r.choice(['completed', 'aborted', 'ongoing'])}]
        rec['caseManagement'] = {'intake': intake, 'exit': None, 'exitReason': None}
        records.append(rec)
    assert not plan
    return records, truth, info


def check(records, truth):
    used = set()
    by_ev = collections.defaultdict(list)
    for t in truth:
        note = records[t['record']]['events'][t['event']]['note']
        assert note[t['start']:t['end']] == t['value'], t
        assert t['value'] == t['value'].strip() and t['value'], t
        assert t['kind'] in KINDS
        by_ev[(t['record'], t['event'])].append(t)
    for key, ts in by_ev.items():
        ts.sort(key=lambda x: x['start'])
        note = records[key[0]]['events'][key[1]]['note']
        for a, b in zip(ts, ts[1:]):
            assert a['end'] <= b['start'], (a, b)
            if a['kind'] in NAME_KINDS and b['kind'] in NAME_KINDS:
                assert note[a['end']:b['start']].strip() != '', (a, b)
    for rec in records:
        assert all(ord(ch) < 0x10000 for e in rec['events'] for ch in e['note'])
        assert re.fullmatch(r'\d{3}D\d{6}', rec['customerNumber'])
        if rec['legalDomain'] == 'SGB2':
            assert 'jobCentre' in rec and re.fullmatch(r'\d{5}BG\d{7}', rec['householdNumber']) and 'agency' not in rec
        else:
            assert 'agency' in rec and 'householdNumber' not in rec and 'jobCentre' not in rec
        cu = rec['customer']
        assert iban_ok(cu['iban']) and taxid_check(cu['taxId'][:10]) == cu['taxId'][10]
        v = cu['pensionInsuranceNumber']
        assert rv_check(v[:2], v[2:8], v[8], v[9:11]) == v[11]
    # identifiers in truth: re-validate compact forms
    for t in truth:
        v = re.sub(r'[\s.\-/]', '', t['value']).upper()
        if t['kind'] == 'iban':
            assert iban_ok(v), t
        elif t['kind'] == 'taxId':
            assert len(v) == 11 and taxid_check(v[:10]) == v[10], t
        elif t['kind'] == 'pensionNumber':
            assert rv_check(v[:2], v[2:8], v[8], v[9:11]) == v[11], t
        elif t['kind'] == 'idCard':
            assert len(v) == 10 and id_check(v[:9]) == v[9], t
        elif t['kind'] == 'customerNumber':
            assert re.fullmatch(r'\d{3}D\d{6}', v), t
        elif t['kind'] == 'householdNumber':
            assert re.fullmatch(r'\d{5}BG\d{7}', v), t


def main():
    self_check()
    names = json.load(open(os.path.join(HERE, 'names6.json'), encoding='utf-8'))
    assert len(set(TEMPLATES)) == len(TEMPLATES), 'duplicate template'
    records, truth, info = build(names)
    check(records, truth)
    with open(os.path.join(HERE, 'heldout6.jsonl'), 'w', encoding='utf-8') as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'heldout6.truth.jsonl'), 'w', encoding='utf-8') as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + '\n')
    # re-read check
    records2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout6.jsonl'), encoding='utf-8')]
    truth2 = [json.loads(l) for l in open(os.path.join(HERE, 'heldout6.truth.jsonl'), encoding='utf-8')]
    check(records2, truth2)
    per = collections.Counter(t['kind'] for t in truth)
    given = set(x for k, v in names.items() if not k.startswith('_') for g in ('m', 'f') for x in v[g])
    sur = set(x for k, v in names.items() if not k.startswith('_') for x in v['s'])
    counts = {'heldout6': {'records': len(records), 'recordsSGB2': sum(1 for x in records if x['legalDomain'] == 'SGB2'),
                           'events': sum(len(x['events']) for x in records), 'spans': len(truth), 'templates': len(TEMPLATES),
                           'templatesUsed': len(TEMPLATES), 'templatesWithoutSlots': sum(1 for t in TEMPLATES if not SLOT.search(t)),
                           'distinctGivenNamesInPool': len(given), 'distinctSurnamesInPool': len(sur),
                           'perKind': {k: per.get(k, 0) for k in KINDS}, 'ownPools': info}}
    with open(os.path.join(HERE, 'counts-heldout6.json'), 'w', encoding='utf-8') as f:
        json.dump(counts, f, indent=1, ensure_ascii=False)
        f.write('\n')
    log = json.dumps(counts, ensure_ascii=False)
    with open(os.path.join(HERE, 'run.log'), 'w', encoding='utf-8') as f:
        f.write(log + '\n')
    print(json.dumps(counts, indent=1, ensure_ascii=False))


if __name__ == '__main__':
    main()
